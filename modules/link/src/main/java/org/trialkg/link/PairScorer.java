package org.trialkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores two trials with a logistic regression over what their records share: title words, whole titles equal but
 * for case and acronyms, acronyms, a registry ID one names of the other, sponsor, start date, enrollment,
 * conditions and drugs. Each feature that needs both trials to have a value is scaled to [-1, 1] when both have it
 * and is 0 when either lacks it, so that a missing feature neither helps nor hurts; a sponsor given as a person in
 * one record counts as missing, since registries differ in whom they name, and enrollment only helps (0 to 1). The score is the regression's
 * probability that the two records are one trial.
 */
final class PairScorer {
    /** The features, in the order of {@link #WEIGHTS}; {@code BIAS} is always 1. */
    enum Feature {
        BIAS, TITLE_WORDS, TITLE_CONTAINED, TITLE_EXACT, ACRONYM, REGISTRY_ID, SPONSOR, START, ENROLLMENT,
        CONDITIONS, DRUGS
    }

    /**
     * Fitted by {@code LinkFit} (in the tests) on 2026-11-30: L2-regularised logistic regression (lambda 1, the bias
     * not penalised, Newton's method) on the fit half of {@code bench/link-judged.tsv} (176 pairs, split by seed
     * 20261130 in LinkEvaluationTest; 98 the same trial), features read from the ICTRP exports of
     * {@code ../shared/data} with title words weighted by rarity over those 4,095 trials. On the held-out half (176
     * pairs) it links with precision 0.920 and recall 0.800 at {@link TrialLinker#DEFAULT_LINK_THRESHOLD} 0.6.
     * REGISTRY_ID is not fitted: no judged pair has it (the fit gives 0), so it is set to 6, enough to link on its
     * own, since a record that names another's registry ID in its title, summary or secondary IDs names that trial
     * (the mapper already makes secondary IDs certain links).
     */
    static final double[] WEIGHTS = {-5.42, 1.83, 1.25, 2.15, 1.23, 6.0, 0.38, 1.78, 2.05, 0.08, 0.72};

    private final double[] weights;
    private final WordWeights words;

    PairScorer() {
        this(WEIGHTS, WordWeights.UNIFORM);
    }

    /** With title words weighted by how rare they are among the trials compared. */
    PairScorer(WordWeights words) {
        this(WEIGHTS, words);
    }

    /** With other weights: for the fit. */
    PairScorer(double[] weights, WordWeights words) {
        this.words = words;
        if (weights.length != Feature.values().length) {
            throw new IllegalArgumentException("weights: expected " + Feature.values().length + ", was "
                    + weights.length);
        }
        this.weights = weights.clone();
    }

    /** Empty when either trial has no title: without one there is nothing to go on. */
    Optional<PairScore> score(TrialFeatures x, TrialFeatures y) {
        TrialFeatures a = x.iri().compareTo(y.iri()) < 0 ? x : y;
        TrialFeatures b = a == x ? y : x;
        if (a.titles().isEmpty() || b.titles().isEmpty()) {
            return Optional.empty();
        }
        List<PairScore.Evidence> ev = new ArrayList<>();
        double[] v = features(a, b, words, ev);
        double z = 0;
        for (int i = 0; i < v.length; i++) {
            z += weights[i] * v[i];
        }
        return Optional.of(new PairScore(a.iri(), b.iri(), 1 / (1 + Math.exp(-z)), ev));
    }

    /** The feature vector of a pair (a before b in IRI order), with the evidence for the trial card. */
    static double[] features(TrialFeatures a, TrialFeatures b, WordWeights words, List<PairScore.Evidence> ev) {
        double[] v = new double[Feature.values().length];
        v[Feature.BIAS.ordinal()] = 1;
        PairScore.Evidence title = best("title", a.titles(), b.titles(), words, false);
        ev.add(title);
        v[Feature.TITLE_WORDS.ordinal()] = title.similarity();
        v[Feature.TITLE_CONTAINED.ordinal()] = best("title", a.titles(), b.titles(), words, true).similarity();
        exactTitle(a.titles(), b.titles()).ifPresent(e -> {
            ev.add(e);
            v[Feature.TITLE_EXACT.ordinal()] = 1;
        });
        Set<String> acronyms = new TreeSet<>(a.acronyms());
        acronyms.retainAll(b.acronyms());
        if (!acronyms.isEmpty()) {
            ev.add(new PairScore.Evidence("acronym", 1, String.join(", ", acronyms), String.join(", ", acronyms)));
            v[Feature.ACRONYM.ordinal()] = 1;
        }
        Set<String> named = new TreeSet<>(a.mentionedIds());
        named.retainAll(b.ids());
        Set<String> namedBack = new TreeSet<>(b.mentionedIds());
        namedBack.retainAll(a.ids());
        if (!named.isEmpty() || !namedBack.isEmpty()) {
            ev.add(new PairScore.Evidence("registry ID", 1, String.join(", ", named), String.join(", ", namedBack)));
            v[Feature.REGISTRY_ID.ordinal()] = 1;
        }
        List<String> sa = institutions(a.sponsors());
        List<String> sb = institutions(b.sponsors());
        if (!sa.isEmpty() && !sb.isEmpty()) {
            PairScore.Evidence s = best("sponsor", sa, sb, WordWeights.UNIFORM, false);
            ev.add(s);
            v[Feature.SPONSOR.ordinal()] = 2 * s.similarity() - 1;
        }
        if (a.startDate() != null && b.startDate() != null) {
            double s = dateSimilarity(a.startDate(), b.startDate());
            ev.add(new PairScore.Evidence("start", s, a.startDate(), b.startDate()));
            v[Feature.START.ordinal()] = 2 * s - 1;
        }
        if (a.enrollment() != null && b.enrollment() != null && a.enrollment() > 0 && b.enrollment() > 0) {
            double s = enrollmentSimilarity(a.enrollment(), b.enrollment());
            ev.add(new PairScore.Evidence("enrollment", s, a.enrollment().toString(), b.enrollment().toString()));
            // one registry may give a country's enrollment, another the trial's: a match helps, a mismatch does not hurt
            v[Feature.ENROLLMENT.ordinal()] = s;
        }
        if (!a.conditions().isEmpty() && !b.conditions().isEmpty()) {
            double s = Similarity.overlap(Similarity.tokens(a.conditions()), Similarity.tokens(b.conditions()));
            ev.add(new PairScore.Evidence("conditions", s, String.join("; ", a.conditions()),
                    String.join("; ", b.conditions())));
            v[Feature.CONDITIONS.ordinal()] = 2 * s - 1;
        }
        if (!a.drugs().isEmpty() && !b.drugs().isEmpty()) {
            double s = Similarity.overlap(a.drugs(), b.drugs());
            ev.add(new PairScore.Evidence("drugs", s, names(a.drugs()), names(b.drugs())));
            v[Feature.DRUGS.ordinal()] = 2 * s - 1;
        }
        return v;
    }

    /**
     * Best pair by shared words, each weighted by its rarity: over both sets (Jaccard) or over the lighter (a short
     * title inside a longer one).
     */
    private static PairScore.Evidence best(String feature, List<String> as, List<String> bs, WordWeights words,
            boolean contained) {
        PairScore.Evidence best = new PairScore.Evidence(feature, 0, as.get(0), bs.get(0));
        for (String x : as) {
            Set<String> tx = Similarity.tokens(x);
            for (String y : bs) {
                Set<String> ty = Similarity.tokens(y);
                double s = contained ? words.overlap(tx, ty) : words.jaccard(tx, ty);
                if (s > best.similarity()) {
                    best = new PairScore.Evidence(feature, s, x, y);
                }
            }
        }
        return best;
    }

    /** Two titles equal once case, punctuation and acronym parts are set aside; the language does not matter. */
    private static Optional<PairScore.Evidence> exactTitle(List<String> as, List<String> bs) {
        for (String x : as) {
            String fx = Similarity.foldWithoutAcronym(x);
            for (String y : bs) {
                // a title of a few words ("COVID-19") says nothing even when equal
                if (fx.length() >= 20 && fx.equals(Similarity.foldWithoutAcronym(y))) {
                    return Optional.of(new PairScore.Evidence("title equal", 1, x, y));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> institutions(List<String> sponsors) {
        return sponsors.stream().filter(s -> !Similarity.isPerson(s)).toList();
    }

    /**
     * Softly by days apart, since one registry gives the authorisation date and another the first enrollment:
     * exp(-days / 90), so three weeks give 0.79, two months 0.51, six months 0.13; a date of a month only is taken
     * as its 15th, of a year only compares by year (0.5 when equal).
     */
    static double dateSimilarity(String a, String b) {
        long da = days(a);
        long db = days(b);
        if (da < 0 || db < 0) {
            return 0;
        }
        if (a.length() < 7 || b.length() < 7) {
            return a.substring(0, 4).equals(b.substring(0, 4)) ? 0.5 : 0;
        }
        return Math.exp(-Math.abs(da - db) / 90.0);
    }

    /**
     * By the ratio on a log scale, since one registry may give a country's enrollment and another the trial's:
     * equal 1, a factor of 2 0.7, of 3 0.52, of 10 or more 0.
     */
    static double enrollmentSimilarity(int a, int b) {
        if (a == b) {
            return 1;
        }
        double ratio = (double) Math.max(a, b) / Math.max(1, Math.min(a, b));
        return Math.max(0, 1 - Math.log10(ratio));
    }

    private static long days(String date) {
        try {
            int y = Integer.parseInt(date.substring(0, 4));
            int m = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : 1;
            int d = date.length() >= 10 ? Integer.parseInt(date.substring(8, 10)) : 15;
            return java.time.LocalDate.of(y, m, d).toEpochDay() + 1_000_000; // positive for any ISO year
        } catch (RuntimeException e) {
            return -1; // not an ISO date; the feature then says nothing
        }
    }

    private static String names(Set<String> iris) {
        Set<String> out = new TreeSet<>();
        iris.forEach(i -> out.add(i.substring(i.lastIndexOf('/') + 1)));
        return String.join(", ", out);
    }
}
