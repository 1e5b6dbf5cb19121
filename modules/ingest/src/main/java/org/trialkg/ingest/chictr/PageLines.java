package org.trialkg.ingest.chictr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a saved HTML page as its non-blank lines, one per text node, with label lookup: a label is a line
 * ending in a colon ({@code Public title：}), its value the lines up to the next label.
 */
final class PageLines {
    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final List<String> lines = new ArrayList<>();

    PageLines(String html) {
        String text = TAG.matcher(SCRIPTS.matcher(html).replaceAll("\n")).replaceAll("\n");
        for (String l : org.jsoup.parser.Parser.unescapeEntities(text, false).split("\\R")) {
            String t = l.replace('\u00A0', ' ').strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
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
