package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.Problem;

/** Each broken input gives exactly one problem that says what is wrong, and no record. */
class BadDocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void reportsEmptyFile() throws IOException {
        Problem p = Documents.read(Documents.bytes("empty.txt", new byte[0])).onlyProblem();
        assertEquals("empty.txt", p.file());
        assertEquals("empty file", p.message());
    }

    @Test
    void reportsBinaryGarbageEvenWithATextName() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Problem p = Documents.read(Documents.bytes("garbage.txt", garbage)).onlyProblem();
        assertEquals("not a text, HTML, PDF or DOCX document (detected application/octet-stream)", p.message());
        assertEquals(Problem.Stage.DETECT, p.stage());
    }

    @Test
    void reportsTruncatedPdf() throws IOException {
        byte[] pdf = pdf("Trial ID: NCT09000009 A phase 2 study of pembrolizumab");
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
        Problem p = Documents.read(Documents.bytes("cut.pdf", cut)).onlyProblem();
        assertTrue(p.message().startsWith("damaged or truncated PDF") || p.message().startsWith("no text in the PDF"),
                p.message());
    }

    @Test
    void readsTheSamePdfWhole() throws IOException {
        byte[] pdf = pdf("Trial ID: NCT09000009 A phase 2 study of pembrolizumab");
        var r = Documents.read(Documents.bytes("whole.pdf", pdf)).only();
        assertEquals("NCT09000009", r.primaryId().orElseThrow().value());
        assertEquals("generic", r.source().layout());
    }

    @Test
    void reportsTextWithNoTrial() throws IOException {
        String text = "Pancake recipe\n\nMix 200 g flour, two eggs and 300 ml milk.\nFry in butter until golden.\n";
        Problem p = Documents.read(Documents.bytes("recipe.txt", text.getBytes(StandardCharsets.UTF_8)))
                .onlyProblem();
        assertEquals("no trial found in the text (layout not recognised)", p.message());
    }

    @Test
    void reportsTextLongerThanTheLimitInsteadOfTruncating() throws IOException {
        Path big = tmp.resolve("big.txt");
        String line = "NCT09000001 phase 3 trial of toripalimab in esophageal squamous cell carcinoma, line padding.\n";
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        Problem p = Documents.read(Documents.file(big)).onlyProblem();
        assertEquals("text longer than 5000000 characters; split the file or raise --max-text", p.message());
    }

    @Test
    void honoursASmallerLimit() throws IOException {
        byte[] text = "NCT09000001 A phase 3 study\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        Problem p = Documents.read(new DocumentReader(100), Documents.bytes("small.txt", text)).onlyProblem();
        assertEquals("text longer than 100 characters; split the file or raise --max-text", p.message());
    }

    @Test
    void claimsDocumentsWithLowConfidenceOnly() {
        DocumentReader reader = new DocumentReader();
        Claim txt = reader.confidence(Documents.bytes("a.txt", "x".getBytes(StandardCharsets.UTF_8)));
        Claim pdf = reader.confidence(Documents.bytes("noext", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)));
        Claim json = reader.confidence(Documents.bytes("a.json", "[{}]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Claim.ANY_DOCUMENT, txt);
        assertEquals(Claim.ANY_DOCUMENT, pdf);
        assertEquals(Claim.NONE, json);
        assertEquals("document", reader.format());
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
