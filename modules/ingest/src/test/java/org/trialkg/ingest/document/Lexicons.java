package org.trialkg.ingest.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.trialkg.enrich.Enricher;
import org.trialkg.enrich.drug.DrugEnricher;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.drug.vocab.KnownDrugs;
import org.trialkg.enrich.drug.vocab.VocabularyFile;
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

    /** The shipped vocabulary plus DrugBank's open vocabulary, or null when the shared folder lacks it. */
    static synchronized SkosDrugLexicon withDrugBank() {
        if (withDrugBank == null) {
            Path csv = Documents.shared().resolve("data/vocab/drugbank-open-vocabulary.csv");
            if (!Files.isRegularFile(csv)) {
                return null;
            }
            Model ship = ModelFactory.createDefaultModel();
            try (var in = SkosDrugLexicon.class.getResourceAsStream(SkosDrugLexicon.SHIPPED_RESOURCE)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(ship);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Model bank = VocabularyFile.read(csv, KnownDrugs.of(ship));
            withDrugBank = SkosDrugLexicon.builder().add(ship).add(bank).build();
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
