package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.query.DrugReport;

/**
 * A trial of a fixed-dose combination or a named regimen (Kaletra, FOLFOX) is a trial of each of its ingredients:
 * {@code trialkg drug} and {@code queries/trials-of-drug.rq} find it under each, with the name the record used.
 */
class CombinationDrugsTest {
    private static final Path PAGE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."),
            "examples", "ctgov-page-toripalimab-consolidation.txt");

    @TempDir
    Path tmp;

    /** The example page as another trial whose second drug is written {@code as}. */
    private Path page(String id, String as) throws IOException {
        String text = Files.readString(PAGE);
        assertTrue(text.contains("NCT09000001") && text.contains("capecitabine"), "the example changed");
        Path p = Files.createDirectories(tmp.resolve("in")).resolve(id + ".txt");
        Files.writeString(p, text.replace("NCT09000001", id).replace("Capecitabine", as).replace("capecitabine", as)
                .replace("(Xeloda)", ""));
        return p;
    }

    private static List<String> trialsOf(Workspace ws, String name) throws Exception {
        return QueryRows.rows(ws, "trials-of-drug.rq", Map.of("\"js001\"", "\"" + name + "\""), r -> r.get("ids"))
                .stream().sorted().toList();
    }

    @Test
    void aCombinationsTrialIsATrialOfEachIngredient() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(page("NCT09000021", "Kaletra"),
                    page("NCT09000022", "ritonavir"), page("NCT09000023", "FOLFOX")));

            assertEquals(List.of("NCT09000021", "NCT09000022"), trialsOf(ws, "ritonavir"));
            assertEquals(List.of("NCT09000021"), trialsOf(ws, "lopinavir"));
            assertEquals(List.of("NCT09000021"), trialsOf(ws, "kaletra"));
            assertEquals(List.of("NCT09000023"), trialsOf(ws, "oxaliplatin"));

            DrugReport report = DrugReport.of(ws, "lopinavir").orElseThrow();
            assertEquals(1, report.trialCount());
            assertTrue(report.trialsByRegistry().values().stream().flatMap(List::stream)
                    .anyMatch(t -> t.namesUsed().contains("Kaletra")), "the name the record used: " + report);
        }
    }
}
