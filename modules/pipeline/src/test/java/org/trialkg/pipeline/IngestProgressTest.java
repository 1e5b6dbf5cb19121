package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest tells its listener of every record as it is read, within a file, for a progress display. */
class IngestProgressTest {
    @TempDir
    Path tmp;

    @Test
    void listenerHearsEachRecordOfOneFile() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in")).resolve("two-studies.json");
        try (InputStream s = getClass().getResourceAsStream("/ctgov/two-studies.json")) {
            Files.copy(s, in);
        }
        List<Long> heard = Collections.synchronizedList(new ArrayList<>());
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        IngestReport r;
        try (Workspace ws = Workspace.inMemory()) {
            r = new Ingest(ws, IngestOptions.DEFAULT, lines::add, heard::add).run(List.of(in));
        }
        assertEquals(1, r.inputs());
        assertEquals(2, r.records());
        assertEquals(List.of(1L, 2L), heard, "one call per record of the one file, with the running count");
        assertTrue(lines.stream().noneMatch(l -> l.contains("records read")), "the listener replaces the lines: " + lines);
    }
}
