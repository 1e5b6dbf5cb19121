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

    static int distance(String a, String b) {
        return org.trialkg.model.EditDistance.osa(a, b);
    }
}
