package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trialkg.pipeline.ExamplePages.page;
import static org.trialkg.pipeline.ExamplePages.trialsOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.query.DrugReport;

/**
 * A trial of a fixed-dose combination or a named regimen (Kaletra, FOLFOX) is a trial of each of its ingredients:
 * {@code trialkg drug} and {@code queries/trials-of-drug.rq} find it under each, with the name the record used.
 */
class CombinationDrugsTest {
    @TempDir
    Path tmp;

    @Test
    void aCombinationsTrialIsATrialOfEachIngredient() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(page(tmp, "NCT09000021", "Kaletra"),
                    page(tmp, "NCT09000022", "ritonavir"), page(tmp, "NCT09000023", "FOLFOX")));

            assertEquals(List.of("NCT09000021", "NCT09000022"), trialsOf(ws, "ritonavir"));
            assertEquals(List.of("NCT09000021"), trialsOf(ws, "lopinavir"));
            assertEquals(List.of("NCT09000021"), trialsOf(ws, "kaletra"));
            assertEquals(List.of("NCT09000023"), trialsOf(ws, "oxaliplatin"));

            DrugReport report = DrugReport.of(ws, "lopinavir").orElseThrow();
            assertEquals(1, report.trialCount());
            assertTrue(report.trialsByRegistry().values().stream().flatMap(List::stream)
                    .anyMatch(t -> t.namesUsed().contains("Kaletra")), "the name the record used: " + report);
            assertEquals(List.of("lopinavir", "ritonavir"), DrugReport.of(ws, "Kaletra").orElseThrow().ingredients()
                    .stream().sorted().toList());
            // a class finds the trials of the combinations that hold one of its drugs (FOLFOX's fluorouracil)
            DrugReport fluoropyrimidines = DrugReport.of(ws, "fluoropyrimidine").orElseThrow();
            assertTrue(fluoropyrimidines.trialsByRegistry().values().stream().flatMap(List::stream)
                    .anyMatch(t -> t.ids().contains("NCT09000023")), "FOLFOX's trial: " + fluoropyrimidines);
        }
    }
}
