package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.regimen.RegimenEnricher;
import org.trialkg.enrich.regimen.RegimenParser;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.document.DocumentReader;
import org.trialkg.model.Range;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.TrialRecord;

/** Seed 000's regimen, read from the prose's dosage passage by the document reader and the regimen enricher. */
class SeedRegimenTest {

    private static TrialRecord readSeed000() throws Exception {
        Path seed;
        try (var files = Files.list(Shared.dir("seeds"))) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(seed)) {
            head = in.readNBytes(8192);
        }
        Path file = seed;
        SourceInput input = new SourceInput(seed.toString(), Files.size(seed), head, () -> Files.newInputStream(file),
                false);
        CollectingSink read = new CollectingSink();
        new DocumentReader().read(input, read);
        assertEquals(List.of(), read.problems);
        assertEquals(1, read.records.size());
        return read.records.get(0);
    }

    @Test
    void seed000ExperimentalArmsGetToripalimabWithTheFullDosageOfTheProse() throws Exception {
        TrialRecord r = new RegimenEnricher(new RegimenParser(SkosDrugLexicon.shipped())).enrich(readSeed000());
        assertEquals(List.of("Toripalimab monotherapy maintenance group (Group A1)",
                "Toripalimab monotherapy maintenance group (Group B1)"),
                r.regimens().stream().map(RegimenComponent::arm).toList(), "one component per experimental arm");
        for (RegimenComponent c : r.regimens()) {
            assertEquals(RegimenComponent.DRUG, c.kind());
            assertEquals("toripalimab", c.drug().toLowerCase(java.util.Locale.ROOT));
            assertEquals(Range.of(240), c.dose());
            assertEquals("mg", c.unit());
            assertEquals("IV", c.route());
            assertEquals("d1", c.days());
            assertEquals("P3W", c.interval());
            assertNull(c.timesPerDay());
            assertEquals(Range.of(3), c.cycles());
            assertEquals("P1Y", c.maxDuration());
            assertEquals("maintenance", c.treatmentPhase());
            assertNull(c.alternativeGroup());
        }
    }
}
