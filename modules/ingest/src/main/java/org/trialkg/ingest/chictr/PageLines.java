package org.trialkg.ingest.chictr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a saved HTML page as its non-blank lines, one per text node, with label lookup: a label is a line
 * ending in a colon ({@code Public title：}), its value the lines up to the next label.
 */
final class PageLines {
    private final List<String> lines = new ArrayList<>();

    PageLines(String html) {
        // jsoup parses the page as a browser would (unclosed tags, '>' in attributes, entities); scripts, styles
        // and comments are not text.
        Document doc = Jsoup.parse(html);
        doc.select("script, style").remove();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                for (String l : t.getWholeText().split("\\R")) {
                    String s = l.replace('\u00A0', ' ').strip();
                    if (!s.isEmpty()) {
                        lines.add(s);
                    }
                }
            }
        }, doc);
    }

    List<String> lines() {
        return lines;
    }

    static boolean isLabel(String line) {
        return line.endsWith("：") || line.endsWith(":");
    }

    /** The index of the first line from {@code from} that is the label, or -1. */
    int find(String label, int from) {
        String want = norm(label);
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (isLabel(lines.get(i)) && norm(lines.get(i)).equals(want)) {
                return i;
            }
        }
        return -1;
    }

    /** The value lines after the label at {@code index}, up to the next label. */
    List<String> valueAt(int index) {
        List<String> out = new ArrayList<>();
        for (int i = index + 1; index >= 0 && i < lines.size() && !isLabel(lines.get(i)); i++) {
            out.add(lines.get(i));
        }
        return out;
    }

    /** The first value line of the first such label, or null. */
    String value(String label) {
        List<String> v = valueAt(find(label, 0));
        return v.isEmpty() ? null : v.get(0);
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String norm(String s) {
        return s.replaceAll("[：:]\\s*$", "").strip().toLowerCase(Locale.ROOT);
    }
}
