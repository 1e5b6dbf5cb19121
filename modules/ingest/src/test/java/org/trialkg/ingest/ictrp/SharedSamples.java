package org.trialkg.ingest.ictrp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.model.TrialRecord;

/** Test access to the real registry samples in the shared data folder, and a sink that keeps what it gets. */
public final class SharedSamples {
    private SharedSamples() {
    }

    /** The file under {@code shared/data}; the calling test is skipped when it is absent. */
    public static Path data(String relative) {
        String prop = System.getProperty("trialkg.shared");
        Path root = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../../shared");
        Path p = root.resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared sample absent: " + p);
        return p;
    }

    public static SourceInput input(Path p) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(8192);
        }
        return new SourceInput(p.toString(), Files.size(p), head, () -> Files.newInputStream(p));
    }

    /** An input named {@code name} whose content is the text. */
    public static SourceInput text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8192));
        return new SourceInput(name, bytes.length, head, () -> new java.io.ByteArrayInputStream(bytes));
    }

    public static CollectingSink read(SourceReader reader, SourceInput input) throws IOException {
        CollectingSink c = new CollectingSink();
        reader.read(input, c);
        return c;
    }
}
