package org.trialkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads the user's query syntax: words, {@code "phrases"}, {@code camreli*}, {@code toripalimb~}, AND/OR/NOT, and
 * fields such as {@code drug:} or {@code phase:}. Words without a field search the weighted default fields, and
 * all words must match (AND), as in a registry's search box. Before that, the plain words are read as a person meant
 * them: stopwords dropped, lay names of conditions widened to their medical names, and a word the index does not hold
 * matched fuzzily. Besides the strict query it gives a relaxed one, in which most of the words suffice, for when the
 * strict one finds too little; and a query that is one registry ID however written is read as that ID.
 */
final class TrialQueryParser {
    // Measured by RankingAblationTest (see TrialFields.DEFAULT_FIELDS for the figures as shipped). The eight judged
    // misspellings typed without ~ all fell in the held-out half, so the tuning half cannot choose the fuzzy numbers;
    // each stands on its reason, and the held-out figures below show only that guessing a word at all is worth it.
    //
    // A word the index does not hold is matched within this many edits. 0, no word guessed: the tuning half does not
    // move, held-out 0.822 / 0.839 / 0.744 (pembrolizumub, tislelizumap, semaglutid, donepezel, remdesivr and
    // osimertnib find nothing). 1: no judged query moves, as each of them is one edit from its word; 2 is kept for a
    // word typed with two slips, which no judged query has.
    static final int FUZZY_EDITS = 2;
    // A word of at most this many letters is matched within one edit, as two edits of a four- or five-letter word
    // reach too many unrelated words. No judged query moves at 3 (every word two edits), 4, 6 or 10: no judged
    // misspelling is that short. The data cannot tell the values apart.
    static final int SHORT_WORD = 5;
    // A guessed word counts for half of a typed one, so that trials matching the words as typed come first. 0.25 or 1:
    // no judged query moves; 0: held-out P@10 0.867 ("osimertnib" loses a relevant trial from its first ten). The data
    // cannot tell 0.25 from 1 apart.
    static final float FUZZY_BOOST = 0.5f;
    // A misspelt word stands for its three nearest words in the index (the fuzzy expansion's bound): searched as
    // words, they cost a few term lookups where a fuzzy query walks every field's dictionary again. 1, 2 or 6: no
    // judged query moves (0 is no word guessed, as FUZZY_EDITS 0). The data cannot tell the values apart.
    static final int FUZZY_TERMS = 3;
    // A word in capitals that is a trial's acronym, as written, names that trial: a constant added to its score, above
    // what the word earns in every field of another trial (BM25 sums of a few words stay well under it). Constant,
    // as the acronym field is held by few trials and its idf says little. 1 or 0: tuning within rank 0.974, MRR
    // 0.982 ("STORY" finds its trial third; held-out "ATTACK" second); 10, 50, 200: no judged query moves. The
    // judged acronyms need a boost of 10 or more and cannot tell 10 from 200 apart; 100 keeps the margin the reason
    // asks for on queries of more words.
    static final float ACRONYM_BOOST = 100f;
    private static final Pattern FUZZY_CANDIDATE = Pattern.compile("\\p{L}{4,}");
    private static final Pattern CAPITALS = Pattern.compile("(?=(?:.*\\p{Lu}){3})[\\p{Lu}\\p{N}-]+");

    private final Analyzer analyzer;
    private final IndexReader reader;
    private final Spelling spelling;
    private final Ranking ranking;

    /** The queries read from one query text. */
    record Parsed(Query strict, Optional<Query> relaxed, Optional<String> didYouMean) {}

    TrialQueryParser(Analyzer analyzer, IndexReader reader, Ranking ranking) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.spelling = new Spelling(reader);
        this.ranking = ranking;
    }

    /** The query that finds the trial whose ID (registry or secondary) the whole text spells, if it spells one. */
    static Optional<Query> idQuery(String text) {
        return IdQuery.registryId(text == null ? "" : text).map(key -> new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TrialFields.ID, key)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TrialFields.OTHER_ID, key)), BooleanClause.Occur.SHOULD)
                .build());
    }

    Parsed parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.equals("*")) {
            return new Parsed(new org.apache.lucene.search.MatchAllDocsQuery(), Optional.empty(), Optional.empty());
        }
        QueryText typed = QueryText.of(normaliseFields(q));
        QueryText meant = typed.withoutStopwords().withLaySynonyms();
        Map<String, String> corrections = new LinkedHashMap<>();
        List<QueryText.Part> parts = meant.parts();
        for (int i = 0; i < parts.size(); i++) {
            QueryText.Part p = parts.get(i);
            if (p.kind() == QueryText.Kind.WORD && FUZZY_CANDIDATE.matcher(p.text()).matches() && !known(p.text())) {
                Ranking.Fuzzy fuzzy = ranking.fuzzy();
                int edits = Math.min(fuzzy.edits(), p.text().length() <= fuzzy.shortWord() ? 1 : fuzzy.edits());
                List<String> nearest = edits == 0 || fuzzy.terms() == 0 ? List.of()
                        : spelling.nearest(p.text().toLowerCase(Locale.ROOT), edits, fuzzy.terms());
                if (!nearest.isEmpty()) {
                    corrections.put(p.text(), nearest.get(0));
                    meant = meant.with(i, new QueryText.Part("(" + nearest.stream().map(QueryParser::escape)
                            .collect(java.util.stream.Collectors.joining(" OR ")) + ")^" + fuzzy.boost(),
                            QueryText.Kind.GROUP));
                }
            }
        }
        Query strict = read(q, meant.text());
        Optional<Query> relaxed = meant.hasOperators() ? Optional.empty() : Relaxed.of(strict, ranking.relax().share());
        List<String> acronyms = new ArrayList<>();
        for (QueryText.Part p : typed.parts()) {
            if (p.kind() == QueryText.Kind.WORD && CAPITALS.matcher(p.text()).matches()) {
                acronyms.add(TrialFields.acronymKey(p.text()));
            }
        }
        float boost = ranking.acronymBoost();
        return new Parsed(withAcronyms(strict, acronyms, boost), relaxed.map(r -> withAcronyms(r, acronyms, boost)),
                corrections.isEmpty() ? Optional.empty() : Optional.of(corrected(q, corrections)));
    }

    private Query read(String typed, String meant) {
        // A parser is cheap and not thread-safe: one per query.
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                ranking.fieldWeights().keySet().toArray(String[]::new), analyzer, ranking.fieldWeights());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Each word is matched in any field (cross-field AND); a word that analyses to several tokens (JS-001)
        // becomes a phrase of them or their joined form.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(meant);
        } catch (ParseException | IllegalArgumentException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidQueryException("cannot read the query '" + typed + "': " + msg.replaceFirst("^Cannot parse '.*?': ", "")
                    + " (quote phrases with \"...\", and escape + - ! ( ) : ^ [ ] { } ~ * ? with \\)", e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query '" + typed + "' expands to too many terms; use a longer prefix", e);
        }
    }

    // Whether any searched field holds the word as the analyser reads it; a word that analyses to several tokens
    // (covid-19) or none counts as known, as only a single misspelt word is corrected.
    private boolean known(String word) {
        List<String> tokens = tokens(word);
        if (tokens.size() != 1) {
            return true;
        }
        try {
            for (String field : TrialFields.DEFAULT_FIELDS.keySet()) {
                if (reader.docFreq(new Term(field, tokens.get(0))) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> tokens(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TrialFields.TITLE, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.contains(term.toString())) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Query withAcronyms(Query q, List<String> acronyms, float boost) {
        if (acronyms.isEmpty()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
        for (String a : acronyms) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(TrialFields.ACRONYM_EXACT, a))), boost),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    // The query as typed, with each corrected word replaced by the word the index holds.
    private static String corrected(String q, Map<String, String> corrections) {
        String out = q;
        for (var e : corrections.entrySet()) {
            out = out.replaceFirst("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])",
                    Matcher.quoteReplacement(e.getValue()));
        }
        return out;
    }

    // Field names are case-insensitive for the user: "Drug:x" is "drug:x".
    private static String normaliseFields(String q) {
        StringBuilder out = new StringBuilder();
        var m = Pattern.compile("(?<![\\w\\\\])([A-Za-z]+):").matcher(q);
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
