package org.trialkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @Test
    void walksFoldersInNameOrderAndSkipsHiddenFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "A");
        Files.writeString(dir.resolve(".hidden"), "x");
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new SourceWalker(problems::add).walk(List.of(dir), in -> names.add(dir.relativize(Path.of(in.name())).toString()));
        assertEquals(List.of("b.txt", "sub/a.txt"), names);
        assertTrue(problems.isEmpty());
    }

    @Test
    void readsZipEntriesAsStreamsAndRefusesEscapingPaths(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("records.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("ok/NCT00000001.json", "../evil.json", "/abs.json")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        List<String> contents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new SourceWalker(problems::add).walk(List.of(zip), in -> {
            try (InputStream s = in.open()) {
                contents.add(new String(s.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("content of ok/NCT00000001.json"), contents);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).oneLine().contains("escapes the archive"), problems.get(0).oneLine());
    }

    @Test
    void reportsMissingAndUnreadableFilesAndGoesOn(@TempDir Path dir) throws IOException {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "secret");
        boolean lockedOk = locked.toFile().setReadable(false) && !Files.isReadable(locked);
        Files.writeString(dir.resolve("open.txt"), "fine");
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new SourceWalker(problems::add).walk(List.of(dir.resolve("missing.txt"), dir), in -> names.add(in.fileName()));
        assertTrue(problems.get(0).oneLine().endsWith("read: no such file or folder"), problems.get(0).oneLine());
        if (lockedOk) { // root can read anything; then only the missing file is a problem
            assertEquals(List.of("open.txt"), names);
            assertTrue(problems.get(1).oneLine().contains("permission denied"));
        } else {
            assertTrue(names.contains("open.txt"));
        }
    }

    private static List<String> walk(Path root, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        new SourceWalker(problems::add).walk(List.of(root), in -> names.add(root.relativize(Path.of(in.name())).toString()));
        return names;
    }

    @Test
    void skipsAFifoWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("a-pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        Files.writeString(dir.resolve("z.json"), "{}");
        List<Problem> problems = new ArrayList<>();
        // Opening the FIFO would block this thread for ever; the timeout turns that into a failure.
        List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walk(dir, problems));
        assertEquals(List.of("z.json"), names);
        assertEquals(1, problems.size());
        assertEquals(fifo + ": read: not a regular file (a named pipe (FIFO)); skipped", problems.get(0).oneLine());
    }

    @Test
    void symlinkLoopIsWalkedOnceAndReported(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("NCT00000001.json"), "{}");
        Files.writeString(data.resolve("NCT00000002.json"), "{}");
        try {
            Files.createSymbolicLink(data.resolve("loop"), data);
            Files.createSymbolicLink(dir.resolve("z-again.json"), data.resolve("NCT00000001.json"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        List<Problem> problems = new ArrayList<>();
        List<String> names = walk(dir, problems);
        assertEquals(List.of("data/NCT00000001.json", "data/NCT00000002.json"), names, "each file once");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).oneLine().contains("loop: read: folder already read as"), problems.get(0).oneLine());
    }

    @Test
    void randomBytesAfterAZipHeaderAreABrokenArchiveWithAClearMessage(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        Path zip = Files.write(dir.resolve("random.zip"), bytes);
        List<Problem> problems = new ArrayList<>();
        List<String> names = walk(dir, problems);
        assertEquals(List.of(), names);
        assertEquals(1, problems.size());
        String line = problems.get(0).oneLine();
        assertTrue(line.startsWith(zip + ": read: broken zip archive: "), line);
        assertFalse(line.contains("null"), line);
    }

    @Test
    void readsAGzipFileThroughItsDecompressedStreamAndReportsABrokenOne(@TempDir Path dir) throws IOException {
        String json = "{\"studies\":[{\"protocolSection\":{}}]}";
        Path gz = dir.resolve("page-00001.json.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Files.write(dir.resolve("page-00002.json.gz"), java.util.Arrays.copyOf(whole, 12));
        List<String> heads = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new SourceWalker(problems::add).walk(List.of(dir), in -> {
            heads.add(new String(in.head(), StandardCharsets.UTF_8));
            try (InputStream s = in.open()) {
                contents.add(new String(s.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of(json), heads);
        assertEquals(List.of(json), contents);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).file().endsWith("page-00002.json.gz"), problems.toString());
        assertTrue(problems.get(0).message().contains("broken gzip"), problems.toString());
    }
}
