package org.trialkg.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers that rank a search, all applied when the query is read and run (none when a trial is indexed): each
 * default field's weight, how a misspelt word is guessed, what an acronym in capitals adds, when and how a query is
 * relaxed, and BM25's two parameters. {@link #DEFAULT} holds the tuned values, each named, with its reason and its
 * measurement, where it is defined; another ranking serves to measure them against the judged queries on one index
 * ({@link TrialIndex#search(SearchRequest, Ranking)}), as the ablation in the pipeline's search tests does.
 *
 * <pre>{@code
 * Ranking r = Ranking.DEFAULT.withWeight(TrialFields.SPONSOR, 3f);
 * index.search(SearchRequest.of("Astra Zeneca", 10), r);
 * }</pre>
 */
public record Ranking(Map<String, Float> fieldWeights, Fuzzy fuzzy, float acronymBoost, Relax relax, Bm25 bm25) {
    /** The tuned ranking every search uses. */
    public static final Ranking DEFAULT = new Ranking(TrialFields.DEFAULT_FIELDS,
            new Fuzzy(TrialQueryParser.FUZZY_BOOST, TrialQueryParser.FUZZY_EDITS, TrialQueryParser.SHORT_WORD,
                    TrialQueryParser.FUZZY_TERMS),
            TrialQueryParser.ACRONYM_BOOST, new Relax(Relaxed.SHARE_OF_WORDS, TrialIndex.RELAX_BELOW),
            new Bm25(Bm25.K1, Bm25.B));

    public Ranking {
        if (fieldWeights == null || !fieldWeights.keySet().equals(TrialFields.DEFAULT_FIELDS.keySet())) {
            throw new IllegalArgumentException("ranking field weights: expected a weight for each of "
                    + TrialFields.DEFAULT_FIELDS.keySet() + ", was " + (fieldWeights == null ? null : fieldWeights.keySet()));
        }
        for (var e : fieldWeights.entrySet()) {
            if (e.getValue() == null || !Float.isFinite(e.getValue()) || e.getValue() < 0) {
                throw new IllegalArgumentException("ranking weight of '" + e.getKey() + "': expected 0 or more, was "
                        + e.getValue());
            }
        }
        // in the order of the default fields, so that a query built with other weights differs only in its boosts
        Map<String, Float> ordered = new LinkedHashMap<>();
        for (String f : TrialFields.DEFAULT_FIELDS.keySet()) {
            ordered.put(f, fieldWeights.get(f));
        }
        fieldWeights = Collections.unmodifiableMap(ordered);
        requireNonNegative("acronym boost", acronymBoost);
        if (fuzzy == null || relax == null || bm25 == null) {
            throw new IllegalArgumentException("ranking: expected fuzzy, relax and bm25 settings, was " + fuzzy + ", "
                    + relax + ", " + bm25);
        }
    }

    /**
     * How a word the index does not hold is guessed: it stands for its {@code terms} nearest words within
     * {@code edits} edits (one for a word of at most {@code shortWord} letters), weighted {@code boost}. No word is
     * guessed with {@code terms} or {@code edits} 0.
     */
    public record Fuzzy(float boost, int edits, int shortWord, int terms) {
        public Fuzzy {
            requireNonNegative("fuzzy boost", boost);
            // Lucene's fuzzy automata reach two edits at most
            if (edits < 0 || edits > 2) {
                throw new IllegalArgumentException("ranking fuzzy edits: expected 0 to 2, was " + edits);
            }
            if (shortWord < 0 || terms < 0) {
                throw new IllegalArgumentException("ranking fuzzy short word and terms: expected 0 or more, was "
                        + shortWord + " and " + terms);
            }
        }
    }

    /**
     * When a query is relaxed (its words together find fewer than {@code below} trials; 0: never) and how: at least
     * {@code share} of its words (rounded up) must match.
     */
    public record Relax(double share, int below) {
        public Relax {
            if (!(share > 0 && share <= 1) || below < 0) {
                throw new IllegalArgumentException("ranking relax: expected a share above 0 and at most 1 and a "
                        + "threshold of 0 or more, was " + share + " and " + below);
            }
        }
    }

    /** BM25's term-frequency saturation {@code k1} and length normalisation {@code b}. */
    public record Bm25(float k1, float b) {
        // Lucene's defaults, kept; measured by RankingAblationTest on the judged queries (tuning half within rank /
        // MRR / P@10 1.000 / 1.000 / 0.960, held-out 0.956 / 0.972 / 0.870). k1 0.6 or 2.4: the tuning half does not
        // move (held-out P@10 0.873 at 2.4); 0, term frequency ignored: tuning MRR 0.974 ("heart attack" and
        // "stomach cancer" find their trial second). The data cannot tell k1 from 0.6 to 2.4 apart.
        static final float K1 = 1.2f;
        // b 1: the tuning half does not move (held-out 0.978 / 0.974 / 0.873); 0.375: tuning P@10 0.954 ("lecanemab" and
        // "mesenchymal stem cells alzheimer" each lose a relevant trial from their first ten); 0, no length
        // normalisation: tuning MRR 0.974.
        static final float B = 0.75f;

        public Bm25 {
            requireNonNegative("bm25 k1", k1);
            if (!(b >= 0 && b <= 1)) {
                throw new IllegalArgumentException("ranking bm25 b: expected 0 to 1, was " + b);
            }
        }
    }

    /** This ranking with one default field weighted otherwise. */
    public Ranking withWeight(String field, float weight) {
        if (!fieldWeights.containsKey(field)) {
            throw new IllegalArgumentException("ranking: '" + field + "' is not a default field; expected one of "
                    + fieldWeights.keySet());
        }
        Map<String, Float> m = new LinkedHashMap<>(fieldWeights);
        m.put(field, weight);
        return new Ranking(m, fuzzy, acronymBoost, relax, bm25);
    }

    public Ranking withFuzzy(Fuzzy f) {
        return new Ranking(fieldWeights, f, acronymBoost, relax, bm25);
    }

    public Ranking withAcronymBoost(float boost) {
        return new Ranking(fieldWeights, fuzzy, boost, relax, bm25);
    }

    public Ranking withRelax(Relax r) {
        return new Ranking(fieldWeights, fuzzy, acronymBoost, r, bm25);
    }

    public Ranking withBm25(Bm25 b) {
        return new Ranking(fieldWeights, fuzzy, acronymBoost, relax, b);
    }

    private static void requireNonNegative(String what, float v) {
        if (!Float.isFinite(v) || v < 0) {
            throw new IllegalArgumentException("ranking " + what + ": expected 0 or more, was " + v);
        }
    }
}
