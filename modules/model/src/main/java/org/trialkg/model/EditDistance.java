package org.trialkg.model;

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with a swap of neighbours counted as one edit, as Lucene's
 * FuzzyQuery counts them), for drug names written with a typo and search words that no trial holds.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between two strings, or {@code max + 1} as soon as it is known to be greater than {@code max}. */
    public static int osa(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        // three rows (two back, one back, this one) instead of the whole table: the swap looks two rows back
        int[] back2 = new int[b.length() + 1];
        int[] back = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            back[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, back2[j - 2] + 1);
                }
                row[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = back2;
            back2 = back;
            back = row;
            row = t;
        }
        return Math.min(back[b.length()], max + 1);
    }

    /** The distance between two strings, uncapped. */
    public static int osa(String a, String b) {
        return osa(a, b, Math.max(a.length(), b.length()));
    }
}
