package org.trialkg.enrich.regimen;

/**
 * Letter case folded beyond ASCII, char for char, so that a text keeps its length and every position in it. The
 * regimen patterns match ASCII letters without regard to case by themselves; text and patterns both folded this way
 * match the other letters so too ("INTRAVENÖS", "VÍA ORAL", "500 ΜG"), which Java's {@code UNICODE_CASE} does at a
 * cost on every character of every text, ASCII or not.
 */
final class CaseFold {
    private CaseFold() {
    }

    /** The text with every char from U+0080 up folded as {@code UNICODE_CASE} compares it; ASCII left as it is. */
    static String beyondAscii(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                chars[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return new String(chars);
    }
}
