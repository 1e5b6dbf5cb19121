package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialkg.model.TrialRecord;

/** Every document in the repository's examples folder reads to a record with an ID and a title. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("../../examples");
    private static final Map<String, String> LAYOUTS = Map.of(
            "ctgov-page-toripalimab-consolidation.txt", "ctgov-page",
            "medpath-capecitabine-maintenance.txt", "medpath-page",
            "pembrolizumab-gastric-page.html", "ctgov-page",
            "xeloda-rectal-summary.pdf", "generic",
            "js001-nasopharyngeal-page.docx", "ctgov-page");

    static Stream<Path> examples() throws IOException {
        assertTrue(Files.isDirectory(EXAMPLES), "examples folder at " + EXAMPLES.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertEquals(LAYOUTS.size(), files.size(), "examples: " + files);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsToARecordWithIdAndTitle(Path file) throws IOException {
        assertTrue(Files.size(file) < 100_000, "small: " + file);
        TrialRecord r = Documents.read(Documents.file(file)).only();
        assertTrue(r.primaryId().orElseThrow().value().startsWith("NCT0900000"), "id " + r.ids());
        assertNotNull(r.title());
        assertTrue(r.title().contains("(FICTIONAL)"), r.title());
        assertEquals(LAYOUTS.get(file.getFileName().toString()), r.source().layout());
        assertTrue(r.phases().size() >= 1, "phase of " + file);
    }
}
