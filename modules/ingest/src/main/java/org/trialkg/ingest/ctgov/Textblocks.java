package org.trialkg.ingest.ctgov;

/**
 * Text as the legacy XML writes it: indented and hard-wrapped at about 100 characters, paragraphs separated by
 * blank lines.
 */
final class Textblocks {
    private Textblocks() {
    }

    /**
     * Joins the wrapped lines of each paragraph with single spaces and keeps paragraphs apart with a blank line,
     * so that a criterion or a sentence is one line again; null stays null.
     */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\s*\\n\\s*\\n\\s*")) {
            String p = paragraph.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(p);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
