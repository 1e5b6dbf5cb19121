package org.trialkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores two trials with a logistic regression over what their records share: title words, whole titles equal but
 * for case and acronyms, long titles equal but for one word one adds, acronyms (given, or written in capitals in the
 * other's title), a registry ID one names of the other, sponsor, start date, enrollment (the closest of those the
 * records of each trial give), conditions, drugs, a person both name (contact, investigator, a sponsor that is a
 * person), an organisation one names as sponsor and the other as sponsor or affiliation, countries, an enrollment
 * both give alike, and a whole title and an acronym both share. Each feature that needs both trials to have a value
 * is scaled to [-1, 1] when both have it and is 0 when either lacks it, so that a missing feature neither helps nor
 * hurts; a sponsor given as a person in one record counts as missing, since registries differ in whom they name;
 * enrollment, a shared person and a shared organisation only help (0 to 1). The score is the regression's
 * probability that the two records are one trial.
 */
final class PairScorer {
    /** The features, in the order of {@link #WEIGHTS}; {@code BIAS} is always 1. */
    enum Feature {
        BIAS, TITLE_WORDS, TITLE_CONTAINED, TITLE_EXACT, ACRONYM, REGISTRY_ID, SPONSOR, START, ENROLLMENT,
        CONDITIONS, DRUGS, PERSON, ORGANISATION, COUNTRIES, ENROLLMENT_EQUAL, TITLE_AND_ACRONYM, TITLE_NEAR,
        TITLE_AND_ORGANISATION
    }

    /**
     * Fitted by {@code LinkFit} (in the tests) on 2026-12-04: L2-regularised logistic regression (lambda 1, the bias
     * not penalised, Newton's method) on the fit half of every pair of {@code bench/link-judged.tsv} (223 pairs: the
     * pairs judged first split by seed 20261130 in LinkEvaluationTest, and each batch added later, -v3 to -v6, split
     * among itself), features read from the ICTRP exports of {@code ../shared/data} with title words weighted by
     * rarity over those 4,095 trials and a misspelt long word taken as its word, rounded to two places; its
     * cross-validated log loss on the fit half is 0.1733 (5 folds, 20 shuffles, printed by the test). Measured on
     * the fit half with -v5 and before -v6 (220 pairs): 0.1664, against 0.1698 without misspelt words and 0.1663
     * without TITLE_AND_ORGANISATION (kept: on that fit half all 33 pairs with a whole title and an organisation both
     * share are one trial, and it is what tells one trial's two records from two sponsors' trials of one protocol
     * title). {@link TrialLinker#DEFAULT_LINK_THRESHOLD} 0.64 is where the fit half's groups (records joined through
     * any links) have most recall at precision 0.97 or more. On the held-out half (176 pairs) it gives groups of
     * precision 0.990 and recall 0.960 and direct links of 0.989 and 0.930; with the pairs added later (223), 0.990
     * and 0.910, and 0.990 and 0.856.
     * Before it, fitted on the older pairs' fit half alone (176 pairs) without misspelt words or
     * TITLE_AND_ORGANISATION: {-5.72, 1.40, 1.15, 1.64, 1.79, 7.0, 0.04, 1.39, 1.23, 0, 0.79, 0, 0.27, 0.77, 1.80,
     * 0.74, 0.67}, giving direct links of 0.989 and 0.900 at 0.61 on the held-out half (groups 0.989 and 0.930).
     * Earlier still: 0.977 and 0.850 at 0.59 without TITLE_NEAR, with one enrollment a trial (the view's) and with
     * abbreviations a title spells out ("Standard Medical Treatment (SMT)") taken as acronyms; 0.965 and 0.830 at
     * 0.65 before ENROLLMENT_EQUAL and TITLE_AND_ACRONYM. Tried in a prototype of the same fit and not kept, since
     * the loss rose: an enrollment more than three times another's, unless the smaller is of a record with fewer
     * countries, as evidence against; countries that share none counted as unknown rather than against when one record
     * names three or more; an equal enrollment counting half or nothing when it is a round number; one sponsor named
     * alike by both with start dates within a month; and (2026-12-04) words of letters joined by hyphens read also as
     * one word ("Xi-Yan-Ping", 0.1733 to 0.1744) and long titles equal but for two added words (0.1733 to 0.1777).
     * PERSON and CONDITIONS are left out of the fit (weight 0): among the judged pairs one investigator's two trials
     * are as common as one trial's two records, and nearly every trial names COVID-19. A sponsor's name split at
     * "and", without legal forms and plural endings and with initials for acronyms ("WHO"), compared in place of
     * ORGANISATION left the loss as it was (0.2434 against 0.2435 in an earlier prototype), and in place of SPONSOR
     * raised it; neither was kept.
     * REGISTRY_ID is not fitted: no judged pair has it, so it is set to 7, enough to link on its own, since a record
     * that names another's registry ID in its title, summary or secondary IDs names that trial (the mapper already
     * makes secondary IDs certain links).
     */
    static final double[] WEIGHTS = {-6.78, 2.00, 1.54, 1.63, 2.10, 7.0, 0, 1.05, 0.96, 0, 0.58, 0, 0.93, 0.87,
        1.78, 0.70, 0.66, 0.56};

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
        sharedAcronym(a, b).ifPresent(e -> {
            ev.add(e);
            v[Feature.ACRONYM.ordinal()] = 1;
        });
        // a whole title and an acronym together: two trials of one programme share a title ("Adaptive COVID-19
        // Treatment Trial") or an acronym's stem ("TACTIC-R", "TACTIC-E"), seldom both; the national records of one
        // multinational trial share both while their sponsors, countries and enrollment differ
        v[Feature.TITLE_AND_ACRONYM.ordinal()] = v[Feature.TITLE_EXACT.ordinal()] * v[Feature.ACRONYM.ordinal()];
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
            // the lighter name inside the other: "MedSIR" in "Medica Scientia Innovation Research (MEDSIR)",
            // "Medical University Innsbruck" (its stop words aside) in "Medizinische Universität Innsbruck"
            PairScore.Evidence s = best("sponsor", sa, sb, WordWeights.UNIFORM, true);
            ev.add(s);
            v[Feature.SPONSOR.ordinal()] = 2 * s.similarity() - 1;
        }
        if (a.startDate() != null && b.startDate() != null) {
            double s = dateSimilarity(a.startDate(), b.startDate());
            ev.add(new PairScore.Evidence("start", s, a.startDate(), b.startDate()));
            v[Feature.START.ordinal()] = 2 * s - 1;
        }
        int[] sizes = closestEnrollments(a.enrollments(), b.enrollments());
        if (sizes != null) {
            double s = enrollmentSimilarity(sizes[0], sizes[1]);
            ev.add(new PairScore.Evidence("enrollment", s, Integer.toString(sizes[0]), Integer.toString(sizes[1])));
            // one registry may give a country's enrollment, another the trial's: a match helps, a mismatch does not hurt
            v[Feature.ENROLLMENT.ordinal()] = s;
            // the same number to the participant says more than a near one: among the judged pairs 139 of one trial
            // and 9 of two give equal enrollment, while two trials of one sponsor often plan near numbers
            v[Feature.ENROLLMENT_EQUAL.ordinal()] = sizes[0] == sizes[1] ? 1 : 0;
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
        Set<String> people = new TreeSet<>(a.people());
        people.retainAll(b.people());
        if (!people.isEmpty()) {
            // registries name different contacts for one trial: a shared person helps, none shared does not hurt
            ev.add(new PairScore.Evidence("person", 1, String.join(", ", people), String.join(", ", people)));
            v[Feature.PERSON.ordinal()] = 1;
        }
        List<String> oa = organisations(a);
        List<String> ob = organisations(b);
        if (!oa.isEmpty() && !ob.isEmpty()) {
            // a sponsor named in full in one record and shortened in the other ("MedSIR"), or the sponsor of one as the
            // contact's affiliation of the other: the lighter name inside the other; helps only, like enrollment
            PairScore.Evidence o = best("organisation", oa, ob, WordWeights.UNIFORM, true);
            if (o.similarity() > 0) {
                ev.add(o);
                v[Feature.ORGANISATION.ordinal()] = o.similarity();
            }
        }
        if (!a.countries().isEmpty() && !b.countries().isEmpty()) {
            Set<String> shared = new TreeSet<>(a.countries());
            shared.retainAll(b.countries());
            // over the smaller list: a national registration of a multinational trial names one of its countries
            double s = (double) shared.size() / Math.min(a.countries().size(), b.countries().size());
            ev.add(new PairScore.Evidence("countries", s, String.join(", ", new TreeSet<>(a.countries())),
                    String.join(", ", new TreeSet<>(b.countries()))));
            v[Feature.COUNTRIES.ordinal()] = 2 * s - 1;
        }
        // a long title both give but for one word one of them adds ("An Open Label Cluster Randomized Controlled
        // Trial of ..." and "An open label randomized controlled trial of ..."): the rarity weights say little of it
        // when the added word is common, and whole-title equality misses it
        nearTitle(a.titles(), b.titles()).ifPresent(e -> {
            ev.add(e);
            v[Feature.TITLE_NEAR.ordinal()] = 1;
        });
        // a whole title and an organisation together: two trials of one sponsor seldom share a whole title, and two
        // sponsors' trials that share one ("A Phase 2, Open-Label, Randomized Study of X ...") seldom share the
        // sponsor; on the fit half, 33 pairs have both, all one trial
        v[Feature.TITLE_AND_ORGANISATION.ordinal()] = Math.max(v[Feature.TITLE_EXACT.ordinal()],
                v[Feature.TITLE_NEAR.ordinal()]) * v[Feature.ORGANISATION.ordinal()];
        return v;
    }

    /** Sponsors that are institutions, and the affiliations of the people the record names. */
    private static List<String> organisations(TrialFeatures t) {
        List<String> out = new ArrayList<>(institutions(t.sponsors()));
        out.addAll(t.affiliations());
        return out.stream().filter(o -> !Memo.tokens(o).isEmpty()).toList();
    }

    /**
     * An acronym both give once "WHO", "trial", "study" and "COVID-19" are set aside ("SOLIDARITY TRIAL" and
     * "SOLIDARITY", "COLCORONA-COVID-19" and "COLCORONA"), or the acronym of one written in capitals in a title of
     * the other ("Public health emergency SOLIDARITY trial"): in capitals, so that an acronym that is also a word
     * ("RECOVERY") does not match the word in running text.
     */
    static Optional<PairScore.Evidence> sharedAcronym(TrialFeatures a, TrialFeatures b) {
        Set<String> na = Similarity.coreAcronyms(a.acronyms());
        Set<String> nb = Similarity.coreAcronyms(b.acronyms());
        Set<String> both = new TreeSet<>(na);
        both.retainAll(nb);
        if (!both.isEmpty()) {
            String s = String.join(", ", both);
            return Optional.of(new PairScore.Evidence("acronym", 1, s, s));
        }
        Set<String> wa = Similarity.capitalWords(a.titles());
        Set<String> wb = Similarity.capitalWords(b.titles());
        Set<String> words = new TreeSet<>(na);
        words.addAll(wa);
        Set<String> other = new TreeSet<>(nb);
        other.addAll(wb);
        words.retainAll(other);
        // a word of letters: a drug code in capitals ("BDB-001") names the drug, and one sponsor's trials share it
        words.removeIf(w -> w.length() < 5 || !w.chars().allMatch(Character::isLetter));
        if (!words.isEmpty()) {
            String s = String.join(", ", words);
            return Optional.of(new PairScore.Evidence("acronym", 1, s, s));
        }
        // Two different acronyms do not count against a pair: what a title puts in parentheses is not always the
        // trial's acronym ("(Norwegian)", "(MK-3475)")
        return Optional.empty();
    }

    /**
     * Best pair by shared words, each weighted by its rarity: over both sets (Jaccard) or over the lighter (a short
     * title inside a longer one).
     */
    private static PairScore.Evidence best(String feature, List<String> as, List<String> bs, WordWeights words,
            boolean contained) {
        PairScore.Evidence best = new PairScore.Evidence(feature, 0, as.get(0), bs.get(0));
        for (String x : as) {
            Set<String> tx = Memo.tokens(x);
            for (String y : bs) {
                Set<String> ty = Memo.tokens(y);
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
            String fx = Memo.folded(x);
            for (String y : bs) {
                // a title of a few words ("COVID-19") says nothing even when equal
                if (fx.length() >= 20 && fx.equals(Memo.folded(y))) {
                    return Optional.of(new PairScore.Evidence("title equal", 1, x, y));
                }
            }
        }
        return Optional.empty();
    }

    /** Two titles of 8 words or more equal but for one word one of them adds ("An Open Label Cluster Randomized ..."). */
    private static Optional<PairScore.Evidence> nearTitle(List<String> as, List<String> bs) {
        for (String x : as) {
            String[] wx = Memo.folded(x).split(" ");
            for (String y : bs) {
                String[] wy = Memo.folded(y).split(" ");
                String[] longer = wx.length > wy.length ? wx : wy;
                String[] shorter = longer == wx ? wy : wx;
                if (shorter.length >= 8 && longer.length == shorter.length + 1) {
                    int i = 0;
                    while (i < shorter.length && shorter[i].equals(longer[i])) {
                        i++;
                    }
                    if (java.util.Arrays.equals(shorter, i, shorter.length, longer, i + 1, longer.length)) {
                        return Optional.of(new PairScore.Evidence("title near", 1, x, y));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> institutions(List<String> sponsors) {
        return sponsors.stream().filter(s -> !Memo.person(s)).toList();
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
     * The closest pair of enrollments the two give, each of a record of its trial (an export before the trial closed
     * gives the planned count, one after it the actual count), or null when either gives none above 0.
     */
    static int[] closestEnrollments(Set<Integer> as, Set<Integer> bs) {
        int[] best = null;
        double bestRatio = Double.MAX_VALUE;
        for (int x : as) {
            for (int y : bs) {
                double ratio = (double) Math.max(x, y) / Math.min(x, y);
                if (x > 0 && y > 0 && ratio < bestRatio) {
                    bestRatio = ratio;
                    best = new int[] {x, y};
                }
            }
        }
        return best;
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

    /**
     * A title's words and folded form, and whether a sponsor is a person, kept for the strings a thread asked for most
     * recently: a probed trial is scored against up to ten others, and a trial proposed by several is scored several
     * times. In a profile of linking 85,113 trials, folding and splitting the same titles again was over half of the
     * scoring's time, and telling people from institutions again a fifth of the rest.
     */
    static final class Memo {
        private static final int KEPT = 20_000;
        private static final ThreadLocal<Memo> MINE = ThreadLocal.withInitial(Memo::new);
        private final Map<String, Set<String>> tokens = lru();
        private final Map<String, String> folded = lru();
        private final Map<String, Boolean> people = lru();

        private static <V> Map<String, V> lru() {
            return new java.util.LinkedHashMap<>(1 << 12, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                    return size() > KEPT;
                }
            };
        }

        /** {@link Similarity#tokens(String)}, not to be changed. */
        static Set<String> tokens(String text) {
            return MINE.get().tokens.computeIfAbsent(text, t -> java.util.Collections.unmodifiableSet(
                    Similarity.tokens(t)));
        }

        /** {@link Similarity#isPerson(String)}. */
        static boolean person(String name) {
            return MINE.get().people.computeIfAbsent(name, Similarity::isPerson);
        }

        /** {@link Similarity#foldWithoutAcronym(String)}. */
        static String folded(String title) {
            return MINE.get().folded.computeIfAbsent(title, Similarity::foldWithoutAcronym);
        }
    }
}
