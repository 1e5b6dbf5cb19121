package org.trialkg.ingest.document;

import java.nio.file.Files;
import org.trialkg.enrich.Enricher;
import org.trialkg.enrich.drug.DrugEnricher;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.regimen.RegimenEnricher;
import org.trialkg.enrich.regimen.RegimenParser;

/**
 * The drug lexicon and enrichers an ingest uses, for tests that measure documents end to end: the shipped
 * vocabulary, plus the DrugBank open vocabulary from the shared data folder when it is there (as a user who ran
 * {@code trialkg vocab load} has it).
 */
final class Lexicons {
    private static SkosDrugLexicon shipped;
    private static SkosDrugLexicon withDrugBank;

    private Lexicons() {
    }

    static synchronized SkosDrugLexicon shipped() {
        if (shipped == null) {
            shipped = SkosDrugLexicon.shipped();
        }
        return shipped;
    }

    /**
     * The lexicon with the DrugBank names: since trialkg ships them (generated, with the names that match ordinary
     * text kept for whole intervention names), that is the shipped lexicon; null when the shared data is absent,
     * as before, so that the tests that measure against it still skip without it.
     */
    static synchronized SkosDrugLexicon withDrugBank() {
        if (withDrugBank == null && Files.isRegularFile(
                Documents.shared().resolve("data/vocab/drugbank-open-vocabulary.csv"))) {
            withDrugBank = shipped();
        }
        return withDrugBank;
    }

    static DrugNames names(SkosDrugLexicon lexicon) {
        return text -> lexicon.scan(text).stream()
                .map(h -> new DrugNames.Found(h.start(), h.end(), h.conceptIri(),
                        h.label() == null ? h.text() : h.label(), h.classLevel()))
                .toList();
    }

    static Enricher enrichers(SkosDrugLexicon lexicon) {
        return new DrugEnricher(lexicon).andThen(new RegimenEnricher(new RegimenParser(lexicon)));
    }
}
