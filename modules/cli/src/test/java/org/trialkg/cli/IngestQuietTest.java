package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trialkg ingest} of a workbook that POI refuses (a DOCTYPE in its package XML) prints the ingest's own report
 * only: POI's log4j line ({@code FATAL XMLHelper ...} and a stack trace) used to come first. In a child JVM, since
 * log4j picks its output once per JVM.
 */
class IngestQuietTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusedWorkbookIsOneProblemLineAndNoLogOutput() throws Exception {
        Path xlsx = tmp.resolve("hostile.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x \"x\">]>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--store", tmp.resolve("store").toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the ingest did not finish");
        assertTrue(output.contains("not a readable XLSX workbook"), output);
        assertFalse(output.contains("FATAL"), output);
        assertFalse(output.contains("SAXParseException"), output);
        assertEquals(0, output.lines().filter(l -> l.startsWith("\tat ")).count(), "no stack trace:\n" + output);
    }
}
