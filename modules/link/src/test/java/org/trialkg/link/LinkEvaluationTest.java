package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Precision and recall of the scored match against {@code bench/link-judged.tsv}, cross-registry pairs from the ICTRP
 * COVID-19 exports judged by hand by reading both records. The trials are read from {@code ../shared/data/ictrp} into
 * memory ({@link SharedTrials}) and every one is matched afresh, without certain links, as a full {@code trialkg
 * link} run would; the test skips when {@code ../shared} is absent. The judged pairs are split into two halves by a
 * fixed seed: the scorer's weights were fitted on the first ({@link LinkFit}), and the second measures it. A pair
 * counts as linked when blocking proposed it and it scored at least the link threshold, so recall includes what
 * blocking misses.
 */
class LinkEvaluationTest {
    private static final String TRIAL = TK.ID + "trial/";
    /** The seed that splits the judged pairs into the fit half and the held-out half. */
    static final long SPLIT_SEED = 20261130L;
    /** The fit's L2 penalty: enough to keep the weights of rare features (a shared registry ID) finite. */
    static final double FIT_LAMBDA = 1.0;

    @Test
    void matcherAgreesWithHandJudgedPairsOnTheHeldOutHalf() throws IOException {
        Path ictrp = SharedTrials.ictrpFolder();
        assumeTrue(ictrp != null, "../shared/data/ictrp is absent: the link evaluation needs it");
        long t0 = System.nanoTime();
        List<TrialFeatures> trials = SharedTrials.read(ictrp);
        long read = (System.nanoTime() - t0) / 1_000_000;
        List<Map<String, Boolean>> halves = halves(judged());
        fitAndReport(trials, halves.get(0));
        Map<String, Double> scores = new HashMap<>();
        List<PairScore> all = new TrialLinker(TrialStore.inMemory()).match(trials, iri -> iri);
        for (PairScore p : all) {
            scores.put(p.a() + " " + p.b(), p.score());
        }
        long links = all.stream().filter(p -> p.score() >= TrialLinker.DEFAULT_LINK_THRESHOLD).count();
        System.out.printf("%d trials read in %d ms, %d pairs scored, %d linked at %.2f; judged: fit half %d, held-out"
                + " half %d%n", trials.size(), read, scores.size(), links, TrialLinker.DEFAULT_LINK_THRESHOLD,
                halves.get(0).size(), halves.get(1).size());
        System.out.println("threshold  fit P / R / F1        held-out P / R / F1");
        for (double t : new double[] {0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99}) {
            double[] fit = measure(halves.get(0), scores, t);
            double[] test = measure(halves.get(1), scores, t);
            System.out.printf("%.2f       %.3f %.3f %.3f    %.3f %.3f %.3f%n", t, fit[0], fit[1], fit[2], test[0],
                    test[1], test[2]);
        }
        double[] held = measure(halves.get(1), scores, TrialLinker.DEFAULT_LINK_THRESHOLD);
        System.out.printf("default %.2f, held out: precision %.3f recall %.3f F1 %.3f%n",
                TrialLinker.DEFAULT_LINK_THRESHOLD, held[0], held[1], held[2]);
        // measured 0.963 and 0.770 at 0.7 (2026-11-30); the floors sit a little under
        assertTrue(held[0] >= 0.95, "held-out precision at the default threshold: " + held[0]);
        assertTrue(held[1] >= 0.75, "held-out recall at the default threshold: " + held[1]);
    }

    /**
     * Refits the scorer's weights on the fit half and prints them with what they give there: how {@link
     * PairScorer#WEIGHTS} was made. The weights in code are what the tests measure; this shows whether they still are
     * the fit of the judged pairs.
     */
    private static void fitAndReport(List<TrialFeatures> trials, Map<String, Boolean> fitHalf) {
        Map<String, TrialFeatures> byIri = new HashMap<>();
        trials.forEach(t -> byIri.put(t.iri(), t));
        WordWeights words = WordWeights.of(trials.stream().map(TrialFeatures::titles).toList());
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : fitHalf.entrySet()) {
            String[] ab = e.getKey().split(" ");
            TrialFeatures a = byIri.get(ab[0]);
            TrialFeatures b = byIri.get(ab[1]);
            if (a == null || b == null) {
                System.out.println("judged pair not in the ICTRP exports: " + e.getKey());
            } else if (!a.titles().isEmpty() && !b.titles().isEmpty()) {
                x.add(PairScorer.features(a, b, words, new ArrayList<>()));
                y.add(e.getValue());
            }
        }
        double[] w = LinkFit.fit(x, y, FIT_LAMBDA);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%s%.2f", i == 0 ? "" : ", ", w[i]));
        }
        System.out.printf("fit on %d pairs of the fit half (%d of both trials read), lambda %.1f: {%s}%n",
                fitHalf.size(), x.size(), FIT_LAMBDA, sb);
    }

    /** Judged pairs as "iriA iriB" (in IRI order) to same-trial, in file order; unsure ones are left out. */
    static Map<String, Boolean> judged() throws IOException {
        Path file = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "bench",
                "link-judged.tsv");
        Map<String, Boolean> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (!c[4].equals("unsure")) {
                String a = TRIAL + c[0];
                String b = TRIAL + c[1];
                out.put(a.compareTo(b) < 0 ? a + " " + b : b + " " + a, c[4].equals("yes"));
            }
        }
        return out;
    }

    /** The judged pairs in two halves, shuffled by {@link #SPLIT_SEED}: the fit half first, the held-out half second. */
    static List<Map<String, Boolean>> halves(Map<String, Boolean> judged) {
        List<String> keys = new ArrayList<>(judged.keySet());
        Collections.sort(keys);
        Collections.shuffle(keys, new Random(SPLIT_SEED));
        Map<String, Boolean> fit = new LinkedHashMap<>();
        Map<String, Boolean> held = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            (i % 2 == 0 ? fit : held).put(keys.get(i), judged.get(keys.get(i)));
        }
        return List.of(fit, held);
    }

    /** Precision, recall and F1 at a threshold: a pair counts as linked when it was scored at least the threshold. */
    static double[] measure(Map<String, Boolean> judged, Map<String, Double> scores, double t) {
        int tp = 0;
        int fp = 0;
        int positives = 0;
        for (Map.Entry<String, Boolean> e : judged.entrySet()) {
            boolean linked = scores.getOrDefault(e.getKey(), -1.0) >= t;
            if (e.getValue()) {
                positives++;
                tp += linked ? 1 : 0;
            } else {
                fp += linked ? 1 : 0;
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = positives == 0 ? 0 : (double) tp / positives;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }
}
