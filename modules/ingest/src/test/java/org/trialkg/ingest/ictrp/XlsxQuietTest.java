package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.ingest.CollectingSink;

/**
 * A workbook whose package XML declares a DOCTYPE is refused by POI (entities are off, so no XXE), and POI logs the
 * parser's fatal error through log4j before it throws. With no log4j backend, log4j's fallback printed
 * {@code FATAL XMLHelper ...} and a stack trace on stderr, in the middle of the ingest's own report. The reader's
 * problem line is the whole report: log4j is routed to slf4j, which prints nothing.
 *
 * <p>Run in a child JVM: log4j binds its output stream once per JVM, so only a fresh JVM shows what a user sees.
 */
class XlsxQuietTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkbookWithADoctypeIsReportedOnceAndPrintsNoFatalLine() throws Exception {
        Path xlsx = tmp.resolve("hostile.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x \"x\">]>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            entry(zip, "xl/workbook.xml", "<workbook/>");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadOne.class.getName(), xlsx.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the reader did not finish");
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), "one problem line and nothing else, was:\n" + output);
        assertTrue(lines.get(0).startsWith("problem: not a readable XLSX workbook"), output);
        assertFalse(output.contains("FATAL"), output);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Reads one workbook as the ingest does and prints each problem on one line. */
    public static final class ReadOne {
        public static void main(String[] args) throws IOException {
            CollectingSink sink = SharedSamples.read(new IctrpXlsxReader(), SharedSamples.input(Path.of(args[0])));
            sink.problems.forEach(pr -> System.out.println("problem: " + pr.message()));
            sink.records.forEach(r -> System.out.println("record: " + r.source().recordKey()));
        }
    }
}
