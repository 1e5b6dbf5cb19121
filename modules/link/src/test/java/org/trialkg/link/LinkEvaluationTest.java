package org.trialkg.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Precision and recall of the title/sponsor/date matcher on a real store, against {@code bench/link-judged.tsv}:
 * 332 cross-registry pairs from the ICTRP COVID-19 exports and ClinicalTrials.gov, judged by hand (189 the same
 * trial, 134 not, 9 unsure). The pairs are those the matcher scored at 0.5 or more, plus those that share a contact
 * e-mail or an exact title in the raw exports, a signal the matcher does not use. The matcher scores every trial of
 * the store afresh, without certain links; half of the judged pairs (by hash) choose the threshold that maximises
 * F0.5 (a wrong link merges two trials in every query, a missed one stays a visible candidate), the other half
 * measure it. Runs when {@code TRIALKG_LINK_EVAL_STORE=DIR} names a store holding ../shared/data.
 */
class LinkEvaluationTest {
    private static final String TRIAL = TK.ID + "trial/";

    @Test
    void matcherAgreesWithHandJudgedPairs() throws IOException {
        // surefire's configuration fixes the forked JVM's options, so the store may also come from the environment
        String dir = System.getProperty("trialkg.linkEvalStore", System.getenv("TRIALKG_LINK_EVAL_STORE"));
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "set TRIALKG_LINK_EVAL_STORE=DIR (a store of ../shared/data) to evaluate the matcher");
        Map<String, Boolean> judged = judged();
        List<TrialFeatures> trials = new ArrayList<>();
        try (TrialStore store = TrialStore.open(Path.of(dir))) {
            store.read(g -> {
                Set<String> iris = new TreeSet<>();
                g.find(Node.ANY, TK.describes.asNode(), Node.ANY).forEachRemaining(t -> iris.add(t.getObject().getURI()));
                iris.forEach(i -> trials.add(TrialFeatures.read(g, i)));
                return null;
            });
        }
        Map<String, Double> scores = new HashMap<>();
        for (PairScore p : new TrialLinker(TrialStore.inMemory()).match(trials, iri -> iri)) {
            scores.put(p.a() + " " + p.b(), p.score());
        }
        System.out.printf("%d trials, %d pairs scored, %d judged pairs (%d the same trial)%n", trials.size(),
                scores.size(), judged.size(), judged.values().stream().filter(b -> b).count());
        System.out.println("threshold  tune P / R / F0.5     test P / R / F0.5");
        double best = 0;
        double bestF = -1;
        for (int k = 50; k <= 95; k += 5) {
            double t = k / 100.0;
            double[] tune = measure(judged, scores, t, 0);
            double[] test = measure(judged, scores, t, 1);
            System.out.printf("%.2f       %.3f %.3f %.3f    %.3f %.3f %.3f%n", t, tune[0], tune[1], tune[2], test[0],
                    test[1], test[2]);
            if (tune[2] > bestF) {
                bestF = tune[2];
                best = t;
            }
        }
        double[] held = measure(judged, scores, best, 1);
        double[] atDefault = measure(judged, scores, TrialLinker.DEFAULT_LINK_THRESHOLD, 1);
        System.out.printf("chosen on the tune half: %.2f; held out: precision %.3f recall %.3f%n", best, held[0],
                held[1]);
        System.out.printf("default %.2f, held out: precision %.3f recall %.3f%n", TrialLinker.DEFAULT_LINK_THRESHOLD,
                atDefault[0], atDefault[1]);
        assertTrue(atDefault[0] >= 0.9, "held-out precision at the default threshold: " + atDefault[0]);
        assertTrue(atDefault[1] >= 0.6, "held-out recall at the default threshold: " + atDefault[1]);
    }

    /** Judged pairs as "iriA iriB" (in IRI order) to same-trial; unsure ones are left out. */
    private static Map<String, Boolean> judged() throws IOException {
        Path file = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "bench",
                "link-judged.tsv");
        Map<String, Boolean> out = new HashMap<>();
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

    /**
     * Precision, recall and F0.5 at a threshold over the half of the judged pairs whose key hash has this parity:
     * a pair counts as linked when blocking proposed it and it scored at least the threshold.
     */
    private static double[] measure(Map<String, Boolean> judged, Map<String, Double> scores, double t, int half) {
        int tp = 0;
        int fp = 0;
        int positives = 0;
        for (Map.Entry<String, Boolean> e : judged.entrySet()) {
            if (Math.floorMod(e.getKey().hashCode(), 2) != half) {
                continue;
            }
            boolean linked = scores.getOrDefault(e.getKey(), 0.0) >= t;
            if (e.getValue()) {
                positives++;
                tp += linked ? 1 : 0;
            } else {
                fp += linked ? 1 : 0;
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = positives == 0 ? 0 : (double) tp / positives;
        double f = p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
        return new double[] {p, r, f};
    }
}
