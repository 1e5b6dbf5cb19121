package org.trialkg.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.Workspace;

/**
 * The store the server tests serve: the repository's examples (fictional trials) and {@link #XSS_ID}, a fixture
 * whose title and summary hold markup and CT.gov's markdown escapes. Built once per test class: a few seconds.
 */
final class ExampleStore {
    /** The fixture trial whose text holds {@code <script>} and {@code \>=}. */
    static final String XSS_ID = "NCT09000099";

    private ExampleStore() {
    }

    /** Builds the store in {@code store} and opens it read-only, as {@code trialkg serve} does. */
    static Workspace build(Path store) {
        // The module runs its tests from modules/server; the examples folder is at the repository's root.
        Path examples = Path.of("../../examples");
        assumeTrue(Files.isDirectory(examples), "the repository's examples/ folder is not at " + examples.toAbsolutePath());
        URL fixture = ExampleStore.class.getResource("xss-study.json");
        if (fixture == null) {
            throw new IllegalStateException("xss-study.json is missing from the test resources");
        }
        try (Workspace writable = Workspace.open(store, true)) {
            writable.ensureVocabularies();
            new Ingest(writable, IngestOptions.DEFAULT, s -> { }).run(List.of(examples, Path.of(fixture.toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the fixture's location is not a path: " + fixture, e);
        }
        return Workspace.open(store, false);
    }
}
