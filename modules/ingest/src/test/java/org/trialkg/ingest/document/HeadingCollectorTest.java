package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadingCollectorTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body>"
            + "<h1>A Phase 3 Trial of Pembrolizumab</h1><h2>5.1 Study Medication</h2>"
            + "<p>Pembrolizumab 200 mg every 3 weeks.</p><h3>Treatment of Patients</h3>"
            + "<p>Ondansetron 8 mg before each infusion.</p><ul><li>not a heading</li></ul></body></html>";

    @Test
    void notesTheHeadingsAnHtmlPageMarks() throws Exception {
        TextExtractor.Extracted e = new TextExtractor(100_000, Duration.ofSeconds(10))
                .extract(Documents.bytes("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("a phase 3 trial of pembrolizumab", "study medication", "treatment of patients"),
                e.headings(), "folded as HeadingField folds them; a list item outside a PDF outline is no heading");
    }

    @Test
    void endsASectionAtALineTheDocumentMarksAsAHeading() {
        String text = String.join("\n", "Study Drug", "Pembrolizumab 200 mg every 3 weeks.", "Treatment of Patients",
                "Ondansetron 8 mg before each infusion.", "");
        int ondansetron = text.indexOf("Ondansetron");
        assertEquals(HeadingField.PRODUCT, DocumentSections.parse(text).fieldAt(ondansetron),
                "without the mark the product section runs on");
        DocumentSections marked = DocumentSections.parse(text, Set.of("treatment of patients"));
        assertEquals(null, marked.fieldAt(ondansetron));
        assertTrue(marked.fieldAt(text.indexOf("Pembrolizumab")) == HeadingField.PRODUCT);
    }
}
