package org.trialkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
