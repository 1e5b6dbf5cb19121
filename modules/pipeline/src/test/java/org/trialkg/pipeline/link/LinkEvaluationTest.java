package org.trialkg.pipeline.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Precision and recall of the title/sponsor/date matcher on a real store, against the pairs that shared IDs prove
 * (secondary IDs, bridging): those links are hidden from the matcher, which must find them from the other
 * features. Half of the proven pairs choose the threshold, the other half measure it. Runs when
 * {@code TRIALKG_LINK_EVAL_STORE=DIR} names a store (say, one holding ../shared/data/ictrp and the legacy XML).
 */
class LinkEvaluationTest {
    @Test
    void matcherFindsPairsThatSharedIdsProve() {
        // surefire's configuration fixes the forked JVM's options, so the store may also come from the environment
        String dir = System.getProperty("trialkg.linkEvalStore", System.getenv("TRIALKG_LINK_EVAL_STORE"));
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "set TRIALKG_LINK_EVAL_STORE=DIR (a store) to evaluate the matcher");
        List<TrialFeatures> trials = new ArrayList<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        try (TrialStore store = TrialStore.open(Path.of(dir))) {
            store.read(g -> {
                Set<String> iris = new TreeSet<>();
                g.find(Node.ANY, TK.describes.asNode(), Node.ANY).forEachRemaining(t -> iris.add(t.getObject().getURI()));
                iris.forEach(i -> trials.add(TrialFeatures.read(g, i)));
                Node links = org.apache.jena.graph.NodeFactory.createURI(TrialLinker.LINKS_GRAPH);
                g.find(Node.ANY, TK.sameTrialAs.asNode(), Node.ANY).forEachRemaining(t -> {
                    neighbours.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
                    neighbours.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject().getURI());
                });
                return null;
            });
        }
        Map<String, TrialFeatures> byIri = new HashMap<>();
        trials.forEach(t -> byIri.put(t.iri(), t));
        Map<String, String> cluster = clusters(neighbours);
        Set<String> gold = new HashSet<>();
        Map<String, List<String>> members = new HashMap<>();
        cluster.forEach((iri, root) -> {
            if (byIri.containsKey(iri)) {
                members.computeIfAbsent(root, k -> new ArrayList<>()).add(iri);
            }
        });
        for (List<String> m : members.values()) {
            for (String a : m) {
                for (String b : m) {
                    String ra = byIri.get(a).registry();
                    if (a.compareTo(b) < 0 && (ra == null || !ra.equals(byIri.get(b).registry()))) {
                        gold.add(a + " " + b);
                    }
                }
            }
        }
        // the matcher sees no certain link: every trial IRI is its own cluster
        List<PairScore> scored = new TrialLinker(TrialStore.inMemory()).match(trials, iri -> iri);
        System.out.printf("%d trials, %d proven cross-registry pairs, %d pairs scored%n", trials.size(), gold.size(),
                scored.size());
        double best = 0;
        double bestF = -1;
        System.out.println("threshold  tune P/R/F1          test P/R/F1");
        for (int k = 30; k <= 95; k += 5) {
            double t = k / 100.0;
            double[] tune = prf(scored, gold, t, 0);
            double[] test = prf(scored, gold, t, 1);
            System.out.printf("%.2f      %.3f %.3f %.3f   %.3f %.3f %.3f%n", t, tune[0], tune[1], tune[2], test[0],
                    test[1], test[2]);
            if (tune[2] > bestF) {
                bestF = tune[2];
                best = t;
            }
        }
        double[] held = prf(scored, gold, best, 1);
        System.out.printf("chosen on tune half: %.2f; held-out precision %.3f recall %.3f F1 %.3f%n", best, held[0],
                held[1], held[2]);
        // Without proven pairs, a sample per score band is printed for a person to judge.
        for (int band = 3; band < 10; band++) {
            double lo = band / 10.0;
            List<PairScore> in = scored.stream().filter(p -> p.score() >= lo && p.score() < lo + 0.1).toList();
            System.out.printf("band %.1f-%.1f: %d pairs%n", lo, lo + 0.1, in.size());
            for (int i = 0; i < Math.min(8, in.size()); i++) {
                PairScore p = in.get((int) ((long) i * in.size() / Math.min(8, in.size())));
                System.out.printf("  %.3f %s | %s | %s%n", p.score(), p.a().substring(p.a().indexOf("trial/") + 6),
                        p.b().substring(p.b().indexOf("trial/") + 6), p.evidence());
            }
        }
        assertTrue(gold.isEmpty() || held[1] > 0, "the matcher finds some proven pairs");
    }

    /** Precision, recall, F1 at a threshold over the half of the proven pairs whose hash has this parity. */
    private static double[] prf(List<PairScore> scored, Set<String> gold, double t, int half) {
        int tp = 0;
        int fp = 0;
        int positives = 0;
        for (String g : gold) {
            if (Math.floorMod(g.hashCode(), 2) == half) {
                positives++;
            }
        }
        for (PairScore p : scored) {
            String key = p.a() + " " + p.b();
            if (Math.floorMod(key.hashCode(), 2) != half || p.score() < t) {
                continue;
            }
            if (gold.contains(key)) {
                tp++;
            } else {
                fp++;
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f};
    }

    private static Map<String, String> clusters(Map<String, Set<String>> neighbours) {
        Map<String, String> root = new HashMap<>();
        for (String start : neighbours.keySet()) {
            if (root.containsKey(start)) {
                continue;
            }
            List<String> todo = new ArrayList<>(List.of(start));
            while (!todo.isEmpty()) {
                String n = todo.remove(todo.size() - 1);
                if (root.putIfAbsent(n, start) == null) {
                    todo.addAll(neighbours.getOrDefault(n, Set.of()));
                }
            }
        }
        return root;
    }
}
