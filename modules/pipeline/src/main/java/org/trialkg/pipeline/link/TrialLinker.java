package org.trialkg.pipeline.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.trialkg.ingest.Hashes;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Finds the records of one trial across registries. Records that share a registry ID already name one trial IRI,
 * and secondary IDs are already {@code tk:sameTrialAs} links (the mapper writes them): those are certain and only
 * counted here. Trials without a shared ID are compared by title, sponsor, start date, enrollment, conditions and
 * drugs; a pair scoring at least the link threshold becomes a {@code tk:sameTrialAs} link with a
 * {@code tk:IdentityLink} node holding the score and evidence, a pair between the two thresholds a
 * {@code tk:CandidateLink} only. All of it goes into the graph {@link #LINKS_GRAPH}, rewritten on every run.
 *
 * <pre>{@code
 * TrialLinker.Report r = new TrialLinker(ws.store()).run();
 * ws.indexSync().reindex(); // one search document per linked trial
 * }</pre>
 */
public final class TrialLinker {
    /** The named graph the linker writes. */
    public static final String LINKS_GRAPH = TK.ID + "graph/links";
    /**
     * Chosen by judging samples of the 17,201 pairs scored over the ICTRP COVID-19 exports and the legacy XML
     * subset (no pair there shares an ID, so none is proven): every sampled pair from 0.7 up was one trial, about
     * half between 0.6 and 0.7 (the rest sibling studies of one sponsor), a quarter between 0.5 and 0.6.
     */
    public static final double DEFAULT_LINK_THRESHOLD = 0.7;
    public static final double DEFAULT_CANDIDATE_THRESHOLD = 0.5;
    private static final int CANDIDATES_PER_TRIAL = 10;

    private final TrialStore store;
    private final double linkThreshold;
    private final double candidateThreshold;
    private final PairScorer scorer = new PairScorer();

    public TrialLinker(TrialStore store) {
        this(store, DEFAULT_LINK_THRESHOLD, DEFAULT_CANDIDATE_THRESHOLD);
    }

    public TrialLinker(TrialStore store, double linkThreshold, double candidateThreshold) {
        this.store = Objects.requireNonNull(store, "store");
        if (!(candidateThreshold > 0 && candidateThreshold <= linkThreshold && linkThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds: expected 0 < candidate <= link <= 1, was candidate "
                    + candidateThreshold + ", link " + linkThreshold);
        }
        this.linkThreshold = linkThreshold;
        this.candidateThreshold = candidateThreshold;
    }

    /** Recomputes every link; returns what it found. */
    public Report run() {
        long start = System.nanoTime();
        Node linksGraph = NodeFactory.createURI(LINKS_GRAPH);
        store.delete(List.of(linksGraph)); // links of an earlier run must not decide the clusters of this one
        List<TrialFeatures> trials = new ArrayList<>();
        Clusters clusters = new Clusters();
        int[] certain = new int[1];
        store.read(g -> {
            Set<String> iris = new TreeSet<>();
            g.find(Node.ANY, TK.describes.asNode(), Node.ANY).forEachRemaining(t -> iris.add(t.getObject().getURI()));
            for (String iri : iris) {
                trials.add(TrialFeatures.read(g, iri));
            }
            g.find(Node.ANY, TK.sameTrialAs.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isURI()) {
                    clusters.union(t.getSubject().getURI(), t.getObject().getURI());
                    certain[0]++;
                }
            });
            return null;
        });
        List<PairScore> scored = match(trials, clusters::find);
        Graph out = GraphFactory.createDefaultGraph();
        int links = 0;
        int candidates = 0;
        for (PairScore p : scored) {
            if (p.score() >= linkThreshold) {
                write(out, p, TK.IdentityLink.asNode());
                out.add(uri(p.a()), TK.sameTrialAs.asNode(), uri(p.b()));
                links++;
            } else if (p.score() >= candidateThreshold) {
                write(out, p, TK.CandidateLink.asNode());
                candidates++;
            }
        }
        if (!out.isEmpty()) {
            store.write(List.of(new GraphWrite(linksGraph, out)));
        }
        Set<String> touched = new TreeSet<>();
        scored.stream().filter(p -> p.score() >= linkThreshold).forEach(p -> {
            touched.add(p.a());
            touched.add(p.b());
        });
        return new Report(trials.size(), certain[0], clusters.multiMemberClusters(), scored.size(), links,
                candidates, List.copyOf(touched), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Scores the pairs that blocking proposes (trials sharing rare title words), leaving out pairs already one
     * trial and pairs of two IDs of one registry (a registry gives one trial one ID); best score first.
     */
    List<PairScore> match(List<TrialFeatures> trials, java.util.function.Function<String, String> clusterOf) {
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            Set<String> w = Similarity.tokens(trials.get(i).titles());
            words.add(w);
            for (String t : w) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int maxDf = Math.max(20, trials.size() / 50); // words in more titles than this block nothing
        Set<Long> seen = new HashSet<>();
        List<PairScore> out = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            int rare = 0;
            for (String t : words.get(i)) {
                List<Integer> p = postings.get(t);
                if (p.size() > maxDf) {
                    continue;
                }
                rare++;
                for (int j : p) {
                    if (j != i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            int need = Math.min(2, rare);
            TrialFeatures a = trials.get(i);
            List<Map.Entry<Integer, Integer>> best = shared.entrySet().stream().filter(e -> e.getValue() >= need)
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(CANDIDATES_PER_TRIAL).toList();
            for (Map.Entry<Integer, Integer> e : best) {
                int j = e.getKey();
                long key = (long) Math.min(i, j) * trials.size() + Math.max(i, j);
                if (!seen.add(key)) {
                    continue;
                }
                TrialFeatures b = trials.get(j);
                if (clusterOf.apply(a.iri()).equals(clusterOf.apply(b.iri()))
                        || (a.registry() != null && a.registry().equals(b.registry()))) {
                    continue;
                }
                scorer.score(a, b).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(PairScore::score).reversed().thenComparing(PairScore::a));
        return out;
    }

    /** Scores one pair; for tests and the evaluation. */
    Optional<PairScore> score(TrialFeatures a, TrialFeatures b) {
        return scorer.score(a, b);
    }

    private static void write(Graph out, PairScore p, Node type) {
        Node link = uri(TK.ID + "link/" + Hashes.sha256(p.a() + " " + p.b()).substring(0, 24));
        out.add(link, RDF.type.asNode(), type);
        out.add(link, TK.linkedTrial.asNode(), uri(p.a()));
        out.add(link, TK.linkedTrial.asNode(), uri(p.b()));
        out.add(link, TK.linkScore.asNode(), NodeFactory.createLiteralDT(
                String.format(java.util.Locale.ROOT, "%.3f", p.score()), XSDDatatype.XSDdecimal));
        for (PairScore.Evidence e : p.evidence()) {
            out.add(link, TK.evidence.asNode(), NodeFactory.createLiteralString(e.toString()));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Union-find over trial IRIs joined by certain links. */
    private static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        int multiMemberClusters() {
            Set<String> roots = new HashSet<>();
            for (String k : parent.keySet()) {
                roots.add(find(k));
            }
            return roots.size();
        }
    }

    /**
     * What a run found.
     *
     * @param trials trial IRIs described by some record
     * @param certainLinks {@code tk:sameTrialAs} statements from shared and secondary IDs
     * @param certainClusters groups of trial IRIs joined by them
     * @param pairsScored candidate pairs compared
     * @param identityLinks pairs at or above the link threshold
     * @param candidates pairs between the thresholds, stored as candidates
     * @param linkedTrials trial IRIs in an identity link, whose search documents change
     * @param millis time taken
     */
    public record Report(int trials, int certainLinks, int certainClusters, int pairsScored, int identityLinks,
            int candidates, List<String> linkedTrials, long millis) {
    }
}
