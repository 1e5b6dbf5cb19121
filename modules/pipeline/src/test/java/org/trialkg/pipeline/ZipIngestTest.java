package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.query.Stats;

/** A zip of real legacy XML records, with one entry whose path escapes the archive, through the whole pipeline. */
class ZipIngestTest {
    @TempDir
    Path tmp;

    @Test
    void ingestsZipEntriesAndRefusesEscapingOnes() throws IOException {
        Path xml = Shared.dir("data/ctgov-xml/sample-2023");
        List<Path> files;
        try (Stream<Path> s = Files.list(xml)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(5).toList();
        }
        Path zip = tmp.resolve("studies.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry("AllPublicXML/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("../outside.xml"));
            z.write(Files.readAllBytes(files.get(0)));
            z.closeEntry();
        }
        try (Workspace ws = Workspace.inMemory()) {
            IngestReport r = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(zip));
            assertEquals(Map.of("ctgov-xml", 5L), r.byFormat());
            assertEquals(5, Stats.of(ws).trials());
            assertEquals(1, r.problems().size());
            assertTrue(r.problems().get(0).oneLine().contains("../outside.xml"), r.problems().get(0).oneLine());
            assertEquals(5, ws.index().size());
        }
    }
}
