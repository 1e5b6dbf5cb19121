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
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }

    /** The distance between two strings, uncapped. */
    public static int osa(String a, String b) {
        return osa(a, b, Math.max(a.length(), b.length()));
    }
}
