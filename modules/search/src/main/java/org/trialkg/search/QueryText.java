package org.trialkg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A query as the user typed it, cut into its top-level parts: plain words, {@code "phrases"}, {@code (groups)},
 * {@code field:values}, operators and anything else in the query syntax. Only plain words are free text: stopwords
 * are dropped from them and lay names of conditions widened; phrases, groups and fields are kept as written.
 *
 * <pre>{@code
 * QueryText.of("can semaglutide slow alzheimer's disease").withoutStopwords().text()
 *     // "semaglutide slow alzheimer's disease"
 * }</pre>
 */
final class QueryText {
    /** What a part of the query is. */
    enum Kind { WORD, PHRASE, GROUP, FIELD, OPERATOR, OTHER }

    /** One top-level part of the query. */
    record Part(String text, Kind kind) {}

    // Lucene's English stopwords, and the words a question or a request wraps around what it asks for: a search box
    // that requires "can", "which" and "trials" to occur finds nothing for "can X improve Y".
    private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with",
            "can", "could", "does", "do", "did", "what", "which", "who", "how", "why", "when", "where", "were", "been",
            "has", "have", "had", "any", "about", "from", "i", "me", "my", "we", "our", "you", "your", "should", "would",
            "may", "might", "trial", "trials", "study", "studies", "find", "show", "list", "give", "given", "help");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private final List<Part> parts;

    private QueryText(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Cuts a query into its top-level parts. */
    static QueryText of(String query) {
        List<Part> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = c == '"' ? closeQuote(query, i) : c == '(' ? closeParen(query, i) : token(query, i);
            String t = query.substring(i, end);
            out.add(new Part(t, kind(t)));
            i = end;
        }
        return new QueryText(out);
    }

    List<Part> parts() {
        return parts;
    }

    /** Whether the user wrote boolean syntax ({@code AND}, {@code OR}, {@code NOT}, {@code +word}, {@code -word}). */
    boolean hasOperators() {
        return parts.stream().anyMatch(p -> p.kind() == Kind.OPERATOR
                || p.kind() != Kind.PHRASE && (p.text().startsWith("+") || p.text().startsWith("-") || p.text().startsWith("!")));
    }

    /**
     * The query without stopwords among its plain words; unchanged when it uses boolean syntax (an operator would be
     * left without its operand) or when every word is a stopword (the user meant them).
     */
    QueryText withoutStopwords() {
        if (hasOperators()) {
            return this;
        }
        List<Part> kept = parts.stream().filter(p -> !isStopword(p)).toList();
        return kept.isEmpty() ? this : new QueryText(kept);
    }

    /** The query with each lay name of a condition among its plain words widened to a group of it and its medical names. */
    QueryText withLaySynonyms() {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int matched = 0;
            for (int len = Math.min(LaySynonyms.MAX_WORDS, parts.size() - i); len >= 1 && matched == 0; len--) {
                List<Part> run = parts.subList(i, i + len);
                if (run.stream().allMatch(p -> p.kind() == Kind.WORD)) {
                    String words = run.stream().map(Part::text).collect(Collectors.joining(" "));
                    List<String> medical = LaySynonyms.of(words);
                    if (!medical.isEmpty()) {
                        // The medical names are looked for where registries write them (conditions with their MeSH
                        // headings, titles): across every field, a handful of phrases cost more than the search.
                        String group = "(" + quote(words) + " OR " + medical.stream()
                                .map(m -> TrialFields.CONDITION + ":" + quote(m) + " OR " + TrialFields.TITLE + ":" + quote(m))
                                .collect(Collectors.joining(" OR ")) + ")";
                        out.add(new Part(group, Kind.GROUP));
                        matched = len;
                    }
                }
            }
            if (matched == 0) {
                out.add(parts.get(i));
                matched = 1;
            }
            i += matched;
        }
        return new QueryText(out);
    }

    /** The query with the part at an index replaced. */
    QueryText with(int index, Part part) {
        List<Part> out = new ArrayList<>(parts);
        out.set(index, part);
        return new QueryText(out);
    }

    String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining(" "));
    }

    private static boolean isStopword(Part p) {
        return p.kind() == Kind.WORD && STOPWORDS.contains(p.text().toLowerCase(Locale.ROOT));
    }

    private static String quote(String words) {
        return words.indexOf(' ') < 0 && words.indexOf('-') < 0 ? words : "\"" + words + "\"";
    }

    private static Kind kind(String t) {
        if (t.startsWith("\"")) {
            return Kind.PHRASE;
        }
        if (t.startsWith("(")) {
            return Kind.GROUP;
        }
        if (OPERATORS.contains(t)) {
            return Kind.OPERATOR;
        }
        if (t.matches("[A-Za-z]+:.*")) {
            return Kind.FIELD;
        }
        return WORD.matcher(t).matches() ? Kind.WORD : Kind.OTHER;
    }

    // A token runs to the next space; a field's quoted or bracketed value belongs to it (drug:"a b", drug:(a OR b)).
    private static int token(String q, int i) {
        int j = i;
        while (j < q.length() && !Character.isWhitespace(q.charAt(j))) {
            char c = q.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if ((c == '"' || c == '(') && j > i && q.charAt(j - 1) == ':') {
                return c == '"' ? closeQuote(q, j) : closeParen(q, j);
            }
            j++;
        }
        return Math.min(j, q.length());
    }

    // Past the closing quote and any ~N or ^N after it; to the end when the quote is not closed (the parser says so).
    private static int closeQuote(String q, int open) {
        int j = open + 1;
        while (j < q.length() && q.charAt(j) != '"') {
            j += q.charAt(j) == '\\' ? 2 : 1;
        }
        return j >= q.length() ? q.length() : token(q, j + 1);
    }

    private static int closeParen(String q, int open) {
        int depth = 0;
        boolean inQuote = false;
        for (int j = open; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                depth++;
            } else if (!inQuote && c == ')' && --depth == 0) {
                return token(q, j + 1);
            }
        }
        return q.length();
    }
}
