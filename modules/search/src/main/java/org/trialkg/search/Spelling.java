package org.trialkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the index nearest to a word it does not hold: fewest edits first, then the word most trials use. They
 * stand for the misspelt word in the search, and the first is its "did you mean".
 */
final class Spelling {
    // The fields whose words a user types; identifiers and codes are not corrected. Not the summary: its dictionary
    // is the largest to walk, while the names people misspell (drugs, conditions, sponsors) are in these.
    private static final String[] FIELDS = {TrialFields.TITLE, TrialFields.DRUG, TrialFields.CONDITION,
        TrialFields.INTERVENTION, TrialFields.SPONSOR};

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final IndexReader reader;

    Spelling(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * The nearest words within the given edits that share the first letter, nearest first and, among equally near,
     * the one most trials use first; at most {@code limit}.
     */
    List<String> nearest(String word, int maxEdits, int limit) {
        Map<String, long[]> found = new HashMap<>();   // word -> {distance, trials}
        try {
            for (String field : FIELDS) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, 1, true);
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    String candidate = t.utf8ToString();
                    if (!WORD.matcher(candidate).matches()) {
                        continue;   // a name kept whole with its punctuation ("ritonavir,"): its clean form is a term too
                    }
                    long[] v = found.computeIfAbsent(candidate, c -> new long[] {distance(word, c), 0});
                    v[1] += e.docFreq();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return found.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(x -> x.getValue()[0])
                        .thenComparing(x -> -x.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
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
