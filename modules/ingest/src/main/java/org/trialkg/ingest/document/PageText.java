package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;

/** The text of a document as lines: each stripped, blank ones kept so that paragraphs can be told apart. */
final class PageText {
    private final String text;
    private final List<String> rawLines;
    private final List<String> lines;
    private final java.util.Set<String> headings;

    PageText(String text) {
        this(text, java.util.Set.of());
    }

    /** A text with the headings its document marked as such (folded as {@link HeadingField#fold} folds them). */
    PageText(String text, java.util.Set<String> headings) {
        this.text = text;
        this.headings = java.util.Set.copyOf(headings);
        List<String> raw = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (String l : text.split("\\R", -1)) {
            String s = strip(l);
            raw.add(s);
            if (!s.isEmpty()) {
                full.add(s);
            }
        }
        this.rawLines = List.copyOf(raw);
        this.lines = List.copyOf(full);
    }

    String text() {
        return text;
    }

    /** The headings the document's structure marks (HTML and DOCX headings, a PDF's outline), folded. */
    java.util.Set<String> headings() {
        return headings;
    }

    /** Every line, stripped, blank ones included. */
    List<String> rawLines() {
        return rawLines;
    }

    /** The lines that are not blank, stripped. */
    List<String> lines() {
        return lines;
    }

    /** Strips spaces including the no-break and zero-width ones that HTML and PDF text carry. */
    static String strip(String s) {
        return s.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "").strip();
    }

    /**
     * Joins lines into text: lines in one paragraph with a line break, paragraphs (runs separated by blank lines)
     * with an empty line between; leading and trailing blank lines are dropped.
     */
    static String join(List<String> raw) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (String l : raw) {
            if (l.isEmpty()) {
                gap = true;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(gap ? "\n\n" : "\n");
            }
            sb.append(l);
            gap = false;
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
