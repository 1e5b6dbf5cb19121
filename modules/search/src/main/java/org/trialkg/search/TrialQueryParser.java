package org.trialkg.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Reads the user's query syntax: words, {@code "phrases"}, {@code camreli*}, {@code toripalimb~}, AND/OR/NOT, and
 * fields such as {@code drug:} or {@code phase:}. Words without a field search the weighted default fields, and
 * all words must match (AND), as in a registry's search box.
 */
final class TrialQueryParser {
    private final Analyzer analyzer;

    TrialQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.equals("*")) {
            return new org.apache.lucene.search.MatchAllDocsQuery();
        }
        // A parser is cheap and not thread-safe: one per query.
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                TrialFields.DEFAULT_FIELDS.keySet().toArray(String[]::new), analyzer, TrialFields.DEFAULT_FIELDS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Each word is matched in any field (cross-field AND); a word that analyses to several tokens (JS-001)
        // becomes a phrase of them or their joined form.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(normaliseFields(q));
        } catch (ParseException | IllegalArgumentException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidQueryException("cannot read the query '" + q + "': " + msg.replaceFirst("^Cannot parse '.*?': ", "")
                    + " (quote phrases with \"...\", and escape + - ! ( ) : ^ [ ] { } ~ * ? with \\)", e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query '" + q + "' expands to too many terms; use a longer prefix", e);
        }
    }

    // Field names are case-insensitive for the user: "Drug:x" is "drug:x".
    private static String normaliseFields(String q) {
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile("(?<![\\w\\\\])([A-Za-z]+):").matcher(q);
        int last = 0;
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (TrialFields.DEFAULT_FIELDS.containsKey(name) || TrialFields.FACETS.contains(name)) {
                out.append(q, last, m.start(1)).append(name);
                last = m.end(1);
            } else {
                throw new InvalidQueryException("unknown field '" + m.group(1) + ":' in the query '" + q
                        + "'; fields are " + String.join(", ", TrialFields.DEFAULT_FIELDS.keySet()) + ", "
                        + String.join(", ", TrialFields.FACETS) + " (escape a colon with \\: to search for it)", null);
            }
        }
        return out.append(q.substring(last)).toString();
    }
}
