package org.trialkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores two trials on title, sponsor, start date, enrollment, conditions and drugs: each feature both trials have
 * gives a similarity, and the score is their weighted mean. A missing feature neither helps nor hurts.
 */
final class PairScorer {
    static final double TITLE = 0.5;
    static final double SPONSOR = 0.15;
    static final double START = 0.1;
    static final double ENROLLMENT = 0.1;
    static final double CONDITIONS = 0.075;
    static final double DRUGS = 0.075;

    /** Empty when either trial has no title: without one there is nothing to go on. */
    java.util.Optional<PairScore> score(TrialFeatures x, TrialFeatures y) {
        TrialFeatures a = x.iri().compareTo(y.iri()) < 0 ? x : y;
        TrialFeatures b = a == x ? y : x;
        if (a.titles().isEmpty() || b.titles().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<PairScore.Evidence> ev = new ArrayList<>();
        double sum = 0;
        double weights = 0;
        PairScore.Evidence title = best("title", a.titles(), b.titles());
        ev.add(title);
        sum += TITLE * title.similarity();
        weights += TITLE;
        if (!a.sponsors().isEmpty() && !b.sponsors().isEmpty()) {
            PairScore.Evidence s = best("sponsor", a.sponsors(), b.sponsors());
            ev.add(s);
            sum += SPONSOR * s.similarity();
            weights += SPONSOR;
        }
        if (a.startDate() != null && b.startDate() != null) {
            double s = dateSimilarity(a.startDate(), b.startDate());
            ev.add(new PairScore.Evidence("start", s, a.startDate(), b.startDate()));
            sum += START * s;
            weights += START;
        }
        if (a.enrollment() != null && b.enrollment() != null) {
            double s = enrollmentSimilarity(a.enrollment(), b.enrollment());
            ev.add(new PairScore.Evidence("enrollment", s, a.enrollment().toString(), b.enrollment().toString()));
            sum += ENROLLMENT * s;
            weights += ENROLLMENT;
        }
        if (!a.conditions().isEmpty() && !b.conditions().isEmpty()) {
            double s = Similarity.jaccard(Similarity.tokens(a.conditions()), Similarity.tokens(b.conditions()));
            ev.add(new PairScore.Evidence("conditions", s, String.join("; ", a.conditions()),
                    String.join("; ", b.conditions())));
            sum += CONDITIONS * s;
            weights += CONDITIONS;
        }
        if (!a.drugs().isEmpty() && !b.drugs().isEmpty()) {
            double s = Similarity.jaccard(a.drugs(), b.drugs());
            ev.add(new PairScore.Evidence("drugs", s, names(a.drugs()), names(b.drugs())));
            sum += DRUGS * s;
            weights += DRUGS;
        }
        return java.util.Optional.of(new PairScore(a.iri(), b.iri(), Math.min(1, sum / weights), ev));
    }

    private static PairScore.Evidence best(String feature, List<String> as, List<String> bs) {
        PairScore.Evidence best = new PairScore.Evidence(feature, 0, as.get(0), bs.get(0));
        for (String x : as) {
            Set<String> tx = Similarity.tokens(x);
            for (String y : bs) {
                double s = Similarity.jaccard(tx, Similarity.tokens(y));
                if (s > best.similarity()) {
                    best = new PairScore.Evidence(feature, s, x, y);
                }
            }
        }
        return best;
    }

    /** Same month 1, within two months 0.6, within six 0.2; a year-only date compares by year. */
    static double dateSimilarity(String a, String b) {
        int ma = months(a);
        int mb = months(b);
        if (ma < 0 || mb < 0) {
            return 0;
        }
        if (a.length() < 7 || b.length() < 7) {
            return a.substring(0, 4).equals(b.substring(0, 4)) ? 0.6 : 0;
        }
        int d = Math.abs(ma - mb);
        return d == 0 ? 1 : d <= 2 ? 0.6 : d <= 6 ? 0.2 : 0;
    }

    static double enrollmentSimilarity(int a, int b) {
        if (a == b) {
            return 1;
        }
        double ratio = (double) Math.min(a, b) / Math.max(a, b);
        return ratio >= 0.9 ? 0.6 : ratio >= 0.75 ? 0.3 : 0;
    }

    private static int months(String date) {
        try {
            int y = Integer.parseInt(date.substring(0, 4));
            int m = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : 1;
            return y * 12 + m - 1;
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
