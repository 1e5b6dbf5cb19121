package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.model.TrialRecord;

/** Inputs for the reader tests: the shared real samples, and texts written in a test. */
final class Inputs {
    private Inputs() {
    }

    /** A file under the shared data folder; the test is skipped when the folder is absent. */
    static Path shared(String relative) {
        String prop = System.getProperty("trialkg.shared");
        Path base = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../../shared");
        Path p = base.resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared sample data absent: " + p);
        return p;
    }

    static SourceInput file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new SourceInput(path.toString(), Files.size(path), in.readNBytes(8192),
                    () -> Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file under another name, to show that detection reads the content. */
    static SourceInput renamed(Path path, String name) {
        try {
            return text(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceInput text(String name, String content) {
        return text(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static SourceInput text(String name, byte[] bytes) {
        return new SourceInput(name, bytes.length, Arrays.copyOf(bytes, Math.min(8192, bytes.length)),
                () -> new ByteArrayInputStream(bytes));
    }

    static SourceInput resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/ctgov/" + name)) {
            assertTrue(in != null, "test resource missing: " + name);
            return text(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink read(SourceReader reader, SourceInput input) {
        CollectingSink c = new CollectingSink();
        try {
            reader.read(input, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

}
