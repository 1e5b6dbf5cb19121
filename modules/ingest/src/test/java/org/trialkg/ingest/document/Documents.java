package org.trialkg.ingest.document;

import org.trialkg.ingest.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.model.TrialRecord;

/** Test inputs for the document reader: seed files from the shared folder, files and byte arrays as inputs. */
final class Documents {
    static final DocumentReader READER = new DocumentReader();
    private static final int HEAD = 8192;

    private Documents() {
    }

    /** What a reader pushed for one input. */
    record Read(List<TrialRecord> records, List<Problem> problems) {
        TrialRecord only() {
            assertEquals(List.of(), problems, "problems");
            assertEquals(1, records.size(), "records");
            return records.get(0);
        }

        Problem onlyProblem() {
            assertEquals(List.of(), records, "records");
            assertEquals(1, problems.size(), "problems: " + problems);
            return problems.get(0);
        }
    }

    static Path shared() {
        String prop = System.getProperty("trialkg.shared");
        Path dir = prop != null && !prop.isBlank() && !prop.startsWith("${") ? Path.of(prop) : Path.of("../../../shared");
        return dir;
    }

    static Path seed(String prefix) throws IOException {
        Path seeds = shared().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "the shared seeds folder is absent: " + seeds.toAbsolutePath());
        try (var files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IOException("no seed " + prefix + "* in " + seeds));
        }
    }

    static SourceInput file(Path p) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(HEAD);
        }
        return new SourceInput(p.toString(), Files.size(p), head, () -> Files.newInputStream(p));
    }

    static SourceInput bytes(String name, byte[] content) {
        return new SourceInput(name, content.length, Arrays.copyOf(content, Math.min(HEAD, content.length)),
                () -> new ByteArrayInputStream(content));
    }

    static Read read(DocumentReader reader, SourceInput input) throws IOException {
        CollectingSink sink = new CollectingSink();
        reader.read(input, sink);
        return new Read(sink.records, sink.problems);
    }

    static Read read(SourceInput input) throws IOException {
        return read(READER, input);
    }
}
