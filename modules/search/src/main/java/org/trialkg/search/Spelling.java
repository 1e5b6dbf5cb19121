package org.trialkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The word of the index nearest to a word it does not hold: fewest edits first, then the word most trials use. This
 * is the "did you mean" of a search, and says which word a fuzzy match stood for.
 */
final class Spelling {
    // The fields whose words a user types; identifiers and codes are not corrected.
    private static final String[] FIELDS = {TrialFields.TITLE, TrialFields.DRUG, TrialFields.CONDITION,
        TrialFields.INTERVENTION, TrialFields.SPONSOR, TrialFields.SUMMARY};

    private final IndexReader reader;

    Spelling(IndexReader reader) {
        this.reader = reader;
    }

    /** The nearest word within the given edits that shares the first letter, or empty when there is none. */
    Optional<String> suggest(String word, int maxEdits) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        long bestFreq = -1;
        try {
            for (String field : FIELDS) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, 1, true);
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    String candidate = t.utf8ToString();
                    int d = distance(word, candidate);
                    long freq = reader.docFreq(new Term(field, t));
                    if (d < bestDistance || d == bestDistance && freq > bestFreq) {
                        best = candidate;
                        bestDistance = d;
                        bestFreq = freq;
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Optional.ofNullable(best);
    }

    // Optimal string alignment distance: edits, with a swap of neighbours counted as one, as FuzzyQuery counts them.
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
