package org.trialkg.link;

import java.util.List;

/**
 * How alike two trial IRIs are, and why: a score in [0, 1] and the features that went into it.
 *
 * @param a one trial IRI (the lexically smaller)
 * @param b the other
 * @param score the probability, by the scorer's logistic regression over the features, that the two are one trial
 * @param evidence one entry per feature compared
 */
public record PairScore(String a, String b, double score, List<Evidence> evidence) {
    public PairScore {
        if (a == null || b == null || a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("pair: expected two trial IRIs in order, was " + a + ", " + b);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score: expected 0 to 1, was " + score);
        }
        evidence = List.copyOf(evidence);
    }

    /**
     * One feature compared.
     *
     * @param feature title, title equal, title near, acronym, registry ID, sponsor, start, enrollment, conditions,
     *     drugs, person, organisation or countries
     * @param similarity 0 to 1
     * @param valueA the value of trial a that matched best
     * @param valueB the value of trial b
     */
    public record Evidence(String feature, double similarity, String valueA, String valueB) {
        public Evidence {
            if (!(similarity >= 0 && similarity <= 1)) {
                throw new IllegalArgumentException("evidence " + feature + ": similarity 0 to 1 expected, was "
                        + similarity);
            }
        }

        /** {@code title 0.82: "A" ~ "B"}, as stored in the graph. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s %.2f: \"%s\" ~ \"%s\"", feature, similarity,
                    clip(valueA), clip(valueB));
        }

        private static String clip(String s) {
            return s == null ? "" : s.length() > 160 ? s.substring(0, 157) + "..." : s;
        }
    }
}
