package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.ctgov.CtgovCsvReader;

/**
 * Failures that are not one input's fault (an Error in a reader, a full disk under the writer) stop the run with
 * one line naming the file or store and the cause, and never leave a thread waiting for ever.
 */
class IngestFailureTest {
    /** Reads the CSV files as ClinicalTrials.gov CSV, and fails with an Error on a file named {@code boom.csv}. */
    private static final class FailingReader implements SourceReader {
        private final CtgovCsvReader csv = new CtgovCsvReader();

        @Override
        public String format() {
            return CtgovCsvReader.FORMAT;
        }

        @Override
        public Claim confidence(SourceInput input) {
            return input.fileName().endsWith(".csv") ? Claim.SIGNATURE : Claim.NONE;
        }

        @Override
        public void read(SourceInput input, RecordSink sink) throws IOException {
            if (input.fileName().equals("boom.csv")) {
                throw new StackOverflowError("made by the test");
            }
            csv.read(input, sink);
        }
    }

    private static void writeCsv(Path file, int from, int rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("NCT Number,Study Title,Study URL,Conditions,Sponsor\n");
            for (int i = from; i < from + rows; i++) {
                w.write(String.format("NCT%08d,Trial %d of toripalimab and capecitabine in esophageal cancer,"
                        + "https://clinicaltrials.gov/study/NCT%08d,Cancer %d,Sponsor %d%n", i, i, i, i % 50, i % 30));
            }
        }
    }

    @Test
    void errorInAReaderStopsTheRunNamingTheFile(@TempDir Path dir) throws IOException {
        writeCsv(dir.resolve("a.csv"), 1, 20);
        writeCsv(dir.resolve("boom.csv"), 100, 20);
        writeCsv(dir.resolve("c.csv"), 200, 20);
        try (Workspace ws = Workspace.inMemory()) {
            Ingest ingest = new Ingest(ws, IngestOptions.DEFAULT, s -> { },
                    new FormatDetector(List.of(new FailingReader())));
            IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(IllegalStateException.class, () -> ingest.run(List.of(dir))));
            assertEquals("ingest stopped while reading " + dir.toAbsolutePath().resolve("boom.csv")
                    + ": StackOverflowError: made by the test", e.getMessage());
        }
    }

    @Test
    void fullDiskStopsTheRunWithOneLineInsteadOfHanging(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        // A real full disk: a 20 MB tmpfs, where the machine lets this user mount one (root on Linux).
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "cannot mount a tmpfs here (needs root): " + new String(mount.getInputStream().readAllBytes()));
        try {
            // 30,000 trials need about 100 MB of store: the writer runs out of disk after a few batches.
            Path data = Files.createDirectories(dir.resolve("data"));
            writeCsv(data.resolve("many.csv"), 1, 30_000);
            List<String> progress = new ArrayList<>();
            IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
                Workspace ws = Workspace.open(disk.resolve("store"), true);
                try {
                    return assertThrows(IllegalStateException.class,
                            () -> new Ingest(ws, IngestOptions.DEFAULT, progress::add).run(List.of(data)));
                } finally {
                    try {
                        ws.close();
                    } catch (RuntimeException indexCannotFlush) {
                        // expected on a full disk; the index journal lists what the next open re-derives
                    }
                }
            });
            assertTrue(e.getMessage().startsWith("ingest stopped: cannot write the store in " + disk.resolve("store")),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        } finally {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRecordThatCannotBeMappedIsReportedWithWhatWentWrong() {
        assertEquals("arm label", Ingest.failure(new NullPointerException("arm label")));
        // a fault with no message (a null where a value was expected) says what it is and where, not "null"
        String line = Ingest.failure(new NullPointerException());
        assertTrue(line.startsWith("internal error, NullPointerException at IngestFailureTest."), line);
    }
}
