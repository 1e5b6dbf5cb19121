package org.trialkg.pipeline;

import java.util.List;
import org.trialkg.enrich.Enricher;
import org.trialkg.enrich.drug.DrugEnricher;
import org.trialkg.enrich.drug.DrugLexicon;
import org.trialkg.enrich.place.CountryEnricher;
import org.trialkg.enrich.regimen.RegimenEnricher;
import org.trialkg.enrich.regimen.RegimenParser;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.chictr.ChictrPageReader;
import org.trialkg.ingest.chictr.ChictrXmlReader;
import org.trialkg.ingest.ctgov.CtgovCsvReader;
import org.trialkg.ingest.ctgov.CtgovJsonReader;
import org.trialkg.ingest.ctgov.CtgovXmlReader;
import org.trialkg.ingest.ctrdata.CtrdataJsonReader;
import org.trialkg.ingest.document.DocumentReader;
import org.trialkg.ingest.document.DrugNames;
import org.trialkg.ingest.ictrp.IctrpCsvReader;
import org.trialkg.ingest.ictrp.IctrpXlsxReader;
import org.trialkg.ingest.ictrp.IctrpXmlReader;

/** The readers and enrichers an ingest uses, in one place. */
final class Components {
    private Components() {
    }

    /**
     * Every reader trialkg has; structured formats first, documents (the fallback) last. Documents find their drugs
     * with the same lexicon the drug enricher uses.
     */
    static FormatDetector detector(DrugLexicon lexicon) {
        DrugNames names = text -> lexicon.scan(text).stream()
                .map(h -> new DrugNames.Found(h.start(), h.end(), h.conceptIri(), h.label() == null ? h.text()
                        : h.label(), h.classLevel()))
                .toList();
        List<SourceReader> readers = List.of(new CtgovJsonReader(), new CtgovCsvReader(), new CtgovXmlReader(),
                new IctrpXmlReader(), new IctrpCsvReader(), new IctrpXlsxReader(),
                new ChictrXmlReader(), new ChictrPageReader(), new CtrdataJsonReader(), new DocumentReader(names));
        return new FormatDetector(readers);
    }

    /** Countries to ISO codes, then drug mentions, then regimens (which link to the drugs). */
    static Enricher enrichers(DrugLexicon lexicon) {
        return new CountryEnricher().andThen(new DrugEnricher(lexicon))
                .andThen(new RegimenEnricher(new RegimenParser(lexicon)));
    }
}
