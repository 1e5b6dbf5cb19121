package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The example ClinicalTrials.gov page made into other trials, for the tests of how a drug's names are found. */
final class ExamplePages {
    private static final Path PAGE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."),
            "examples", "ctgov-page-toripalimab-consolidation.txt");

    private ExamplePages() {
    }

    /** The example page as trial {@code id} whose second drug (capecitabine) is written {@code as}, in {@code dir}. */
    static Path page(Path dir, String id, String as) throws IOException {
        String text = Files.readString(PAGE);
        assertTrue(text.contains("NCT09000001") && text.contains("capecitabine"), "the example changed");
        Path p = Files.createDirectories(dir.resolve("in")).resolve(id + ".txt");
        Files.writeString(p, text.replace("NCT09000001", id).replace("Capecitabine", as).replace("capecitabine", as)
                .replace("(Xeloda)", ""));
        return p;
    }

    /** The registry IDs that {@code queries/trials-of-drug.rq} gives for a name, sorted. */
    static List<String> trialsOf(Workspace ws, String name) throws Exception {
        return QueryRows.rows(ws, "trials-of-drug.rq", Map.of("\"js001\"", "\"" + name + "\""), r -> r.get("ids"))
                .stream().sorted().toList();
    }
}
