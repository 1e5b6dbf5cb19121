package org.trialkg.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.trialkg.model.Hashes;
import org.trialkg.rdf.TrialGroup;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;
import org.trialkg.store.UnionView;
import org.trialkg.vocab.TK;

/**
 * Finds the records of one trial across registries. Records that share a registry ID already name one trial IRI,
 * and secondary IDs are already {@code tk:sameTrialAs} links (the mapper writes them): those are certain and only
 * counted here. Trials without a shared ID are compared by title, acronym, sponsor, start date, enrollment,
 * conditions, drugs, the people and organisations they name and their countries; a pair scoring at least the link threshold becomes a {@code tk:sameTrialAs} link with a
 * {@code tk:IdentityLink} node holding the score and evidence, a pair between the two thresholds a
 * {@code tk:CandidateLink} only. Every IRI of a trial known under several gets {@code tk:canonicalTrial}, the IRI
 * that stands for it (the lexically first one a record describes, as on the trial card), so that queries can
 * return each trial once. All of it goes into the graph {@link #LINKS_GRAPH}.
 *
 * <p>{@link #run()} recomputes every link; {@link #run(Collection)}, after an ingest, compares only the trials the
 * ingest changed (with every other trial) and keeps the links among the rest.
 *
 * <pre>{@code
 * TrialLinker.Linked l = linker.link(changedTrials);            // computed, nothing written yet
 * protocol.applyNow(Change.of(l.report().reindex(), () -> linker.store(l)));
 * }</pre>
 */
public final class TrialLinker {
    /** The named graph the linker writes. */
    public static final String LINKS_GRAPH = TK.ID + "graph/links";
    /**
     * The score at which two records become one trial, on the hand-judged pairs of {@code bench/link-judged.tsv}
     * (LinkEvaluationTest), chosen on the fit half only, for the project's target of precision 0.97: the highest
     * threshold of the best recall with precision at least 0.97 among the groups the links make there (two records
     * joined through any links are one trial to a user): 0.64 gives 0.979 and 0.922. The best F0.5 there would choose
     * 0.68 (1.000 and 0.874). On the held-out half 0.64 gives groups of precision 0.990 and recall 0.960, direct links
     * of 0.989 and 0.930 (2026-12-04; 0.989 and 0.930, and 0.989 and 0.900, with the scorer before at 0.61).
     */
    public static final double DEFAULT_LINK_THRESHOLD = 0.64;
    /**
     * Pairs from here up to the link threshold are kept as candidates: at 0.3 the held-out recall of direct pairs is
     * 0.960 (precision 0.906; 2026-12-04), so most same-trial pairs that miss a link stay visible for a curator.
     */
    public static final double DEFAULT_CANDIDATE_THRESHOLD = 0.3;
    /**
     * The most trials a trial is scored against by shared title words, and the most trials one acronym or key may
     * name and still propose them. On LinkEvaluationTest (4,095 ICTRP trials, 2026-12-01, the scorer before people and
     * countries were read) 5, 10 and 20 give the same
     * held-out precision and recall (0.963 / 0.770) with 5,827, 8,794 and 11,404 pairs scored: 10 keeps room for
     * trials with many near-twins (national registrations of one trial) at a cost that grows with it alone.
     */
    private static final int CANDIDATES_PER_TRIAL = 10;
    /**
     * The most titles a blocking word may be in (below the fiftieth of the titles that bounds it in a small store).
     * A cap for scale only: on the 4,095 evaluation trials the fiftieth (81) binds, and lowering it to 20 costs
     * held-out recall (0.770 to 0.750); at 600,000 trials the fiftieth would be 12,000 titles a word, and walking
     * such postings for every trial made linking grow with the square of the store.
     */
    private static final int MAX_BLOCKING_DF = 1000;
    /**
     * Trials whose features (title words, keys, dates, people, affiliations, countries) are kept in memory between
     * the pairs that need them: a 600,000-trial run compares in store order, so recent trials are the ones asked for
     * again. At 50,000 (before people, affiliations and countries were read) live heap at 17,000 trials fell from 156
     * to 120 MB against keeping all, with the same held-out precision and recall; those additions make a trial's
     * features about a fifth larger (over the ICTRP trials 1.7 strings of 36 characters more on 6.8 of 340, and
     * three small collections), so a fifth fewer are kept and the cache holds no more than before (an estimate, not
     * a heap measurement). The scoring threads share it out, each keeping its own part.
     */
    private static final int FEATURES_KEPT = 40_000;
    /**
     * The most threads that propose and score pairs, one a core below it: scoring is mostly reading features from
     * the store's node table, which several threads read at once.
     */
    private static final int THREADS = 8;
    private static final Node LINKS = NodeFactory.createURI(LINKS_GRAPH);

    private final TrialStore store;
    private final double linkThreshold;
    private final double candidateThreshold;
    private final PairScorer scorer = new PairScorer();
    private Progress progress = (done, total) -> { };
    private Path blockingFile;

    /** Told, now and then, how many of the trials to compare have been compared, of how many. */
    public interface Progress {
        void done(long done, long total);
    }

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

    /** Reports the comparisons as they go (a command's progress line); returns this linker. */
    public TrialLinker progress(Progress listener) {
        this.progress = Objects.requireNonNull(listener, "progress");
        return this;
    }

    /**
     * Keeps what the linker blocks on (every trial's title words and keys) in this file between runs, so that a run
     * after a change reads the titles of the changed trials only (see {@link Blocking}); returns this linker. The
     * file must be the store's own, and every trial changed since the last run must be passed to the next as changed.
     */
    public TrialLinker keepBlockingIn(Path file) {
        this.blockingFile = Objects.requireNonNull(file, "blocking file");
        return this;
    }

    /** Recomputes every link and stores them; returns what it found. */
    public Report run() {
        return run(null);
    }

    /**
     * Recomputes the links of these trials (new, changed or removed by an ingest; every trial when null) and keeps
     * the others, then stores them; the caller rewrites the search documents of {@link Report#reindex()}.
     */
    public Report run(Collection<String> changedTrials) {
        Linked l = link(changedTrials);
        store(l);
        return l.report();
    }

    /**
     * The links after a change, computed but not stored: each changed trial is compared with every trial, as in a
     * full run; the groups and canonical IRIs are recomputed over all links. Store them with {@link #store(Linked)}.
     */
    public Linked link(Collection<String> changedTrials) {
        return link(changedTrials == null ? null : Set.copyOf(changedTrials));
    }

    /** Replaces the links graph with the computed links, in one transaction. */
    public void store(Linked linked) {
        if (linked.links().isEmpty()) {
            store.delete(List.of(LINKS));
        } else {
            store.write(List.of(new GraphWrite(LINKS, linked.links())));
        }
    }

    /**
     * Links computed and not yet stored.
     *
     * @param links the new content of the links graph
     * @param report what the run found, with the trials whose search documents change
     */
    public record Linked(Graph links, Report report) {
        public Linked {
            Objects.requireNonNull(links, "linked: links");
            Objects.requireNonNull(report, "linked: report");
        }
    }

    private Linked link(Set<String> changed) {
        long start = System.nanoTime();
        Graph out = GraphFactory.createDefaultGraph();
        Map<String, String> oldCanonical = new HashMap<>();
        Set<String> described = new TreeSet<>();
        Clusters certain = new Clusters();
        int[] certainLinks = new int[1];
        int[] compared = new int[1];
        Blocking[] blocking = new Blocking[1];
        List<PairScore> scored = store.readDataset(dsg -> {
            Graph union = UnionView.of(dsg);
            Optional<Blocking> kept = changed == null || blockingFile == null ? Optional.empty()
                    : Blocking.read(blockingFile);
            Map<String, List<String>> titles;
            if (kept.isPresent()) {
                // the titles of the changed trials only; the others' words and keys are those the last run kept
                Set<String> now = new TreeSet<>();
                for (String c : changed) {
                    if (union.find(Node.ANY, TK.describes.asNode(), uri(c)).hasNext()) {
                        now.add(c);
                    }
                }
                titles = new HashMap<>();
                now.forEach(c -> titles.put(c, titlesOf(union, c)));
                blocking[0] = kept.get().update(changed, now, titles::get);
                described.addAll(blocking[0].iris());
            } else {
                union.find(Node.ANY, TK.describes.asNode(), Node.ANY)
                        .forEachRemaining(t -> described.add(t.getObject().getURI()));
                titles = titles(union, described);
                blocking[0] = Blocking.of(new ArrayList<>(described), i -> titles.getOrDefault(i, List.of()));
            }
            dsg.find(Node.ANY, Node.ANY, TK.sameTrialAs.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(LINKS) && q.getSubject().isURI() && q.getObject().isURI()) {
                    certain.union(q.getSubject().getURI(), q.getObject().getURI());
                    certainLinks[0]++;
                }
            });
            Graph old = dsg.getGraph(LINKS);
            old.find(Node.ANY, TK.canonicalTrial.asNode(), Node.ANY)
                    .forEachRemaining(t -> oldCanonical.put(t.getSubject().getURI(), t.getObject().getURI()));
            if (changed != null) {
                keepUnchanged(old, changed, out);
            }
            // Read when a pair needs them, each thread in a read transaction of its own, and kept for the most
            // recent trials only: a store of 600,000 trials holds more features than a 2 GB heap.
            FeatureReaders features = work -> store.readDataset(own -> {
                Graph ownUnion = UnionView.of(own);
                Map<String, TrialFeatures> recent = new java.util.LinkedHashMap<>(1 << 16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, TrialFeatures> eldest) {
                        return size() > FEATURES_KEPT / threads();
                    }
                };
                work.accept(iri -> recent.computeIfAbsent(iri, i -> TrialFeatures.read(ownUnion, i)));
                return null;
            });
            return match(blocking[0], i -> titles.getOrDefault(i, List.of()), changed == null ? null : changed::contains,
                    features, certain.frozen(), candidateThreshold, compared);
        });
        if (blockingFile != null) {
            // before the links are stored: a run stopped in between leaves the changed trials pending, and the next
            // takes their entries out and puts them back
            blocking[0].write(blockingFile);
        }
        for (PairScore p : scored) {
            if (p.score() >= linkThreshold) {
                write(out, p, TK.IdentityLink.asNode());
                out.add(uri(p.a()), TK.sameTrialAs.asNode(), uri(p.b()));
            } else if (p.score() >= candidateThreshold) {
                write(out, p, TK.CandidateLink.asNode());
            }
        }
        Map<String, String> canonical = canonical(certain, out, described);
        canonical.forEach((member, canon) -> out.add(uri(member), TK.canonicalTrial.asNode(), uri(canon)));
        Set<String> reindex = new TreeSet<>();
        Set<String> keys = new HashSet<>(oldCanonical.keySet());
        keys.addAll(canonical.keySet());
        for (String k : keys) {
            String before = oldCanonical.get(k);
            String after = canonical.get(k);
            if (!Objects.equals(before, after)) {
                reindex.add(k);
                if (before != null) {
                    reindex.add(before);
                }
                if (after != null) {
                    reindex.add(after);
                }
            }
        }
        int links = out.find(Node.ANY, RDF.type.asNode(), TK.IdentityLink.asNode()).toList().size();
        int candidates = out.find(Node.ANY, RDF.type.asNode(), TK.CandidateLink.asNode()).toList().size();
        return new Linked(out, new Report(described.size(), certainLinks[0], certain.multiMemberClusters(),
                compared[0], links, candidates, List.copyOf(reindex), (System.nanoTime() - start) / 1_000_000));
    }

    /** Copies the links among trials that did not change; the canonical IRIs are recomputed, so not copied. */
    private static void keepUnchanged(Graph old, Set<String> changed, Graph out) {
        Set<Node> dropped = new HashSet<>();
        old.find(Node.ANY, TK.linkedTrial.asNode(), Node.ANY).forEachRemaining(t -> {
            if (changed.contains(t.getObject().getURI())) {
                dropped.add(t.getSubject());
            }
        });
        old.find().forEachRemaining(t -> {
            boolean sameAs = t.getPredicate().equals(TK.sameTrialAs.asNode())
                    && (changed.contains(t.getSubject().getURI()) || changed.contains(t.getObject().getURI()));
            if (!sameAs && !dropped.contains(t.getSubject()) && !t.getPredicate().equals(TK.canonicalTrial.asNode())) {
                out.add(t);
            }
        });
    }

    /** The titles of one trial. */
    private static List<String> titlesOf(Graph union, String iri) {
        List<String> out = new ArrayList<>();
        for (Node p : List.of(DCTerms.title.asNode(), TK.officialTitle.asNode())) {
            union.find(uri(iri), p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    out.add(t.getObject().getLiteralLexicalForm());
                }
            });
        }
        return out;
    }

    /** The titles of each described trial, read in two scans rather than a lookup per trial. */
    private static Map<String, List<String>> titles(Graph union, Set<String> described) {
        Map<String, List<String>> out = new HashMap<>();
        for (Node p : List.of(DCTerms.title.asNode(), TK.officialTitle.asNode())) {
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && described.contains(t.getSubject().getURI())) {
                    out.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>())
                            .add(t.getObject().getLiteralLexicalForm());
                }
            });
        }
        return out;
    }

    /**
     * For every trial IRI in a group of several (by certain and identity links), the IRI standing for the group:
     * the lexically first that a record describes, the same rule as the trial card's.
     */
    private static Map<String, String> canonical(Clusters certain, Graph links, Set<String> described) {
        Clusters all = certain.copy();
        links.find(Node.ANY, TK.sameTrialAs.asNode(), Node.ANY)
                .forEachRemaining(t -> all.union(t.getSubject().getURI(), t.getObject().getURI()));
        Map<String, List<String>> groups = new HashMap<>();
        for (String member : all.members()) {
            if (described.contains(member)) {
                groups.computeIfAbsent(all.find(member), k -> new ArrayList<>()).add(member);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (List<String> g : groups.values()) {
            if (g.size() > 1) {
                String canon = TrialGroup.canonicalOf(g);
                g.forEach(m -> out.put(m, canon));
            }
        }
        return out;
    }

    /** Blocks and scores pairs over trial features given as a list; for the evaluation. */
    List<PairScore> match(List<TrialFeatures> trials, Function<String, String> clusterOf) {
        Map<String, TrialFeatures> byIri = new HashMap<>();
        Map<String, List<String>> titles = new HashMap<>();
        for (TrialFeatures t : trials) {
            byIri.put(t.iri(), t);
            titles.put(t.iri(), t.titles());
        }
        return match(Blocking.of(trials.stream().map(TrialFeatures::iri).toList(), titles::get), titles::get, null,
                work -> work.accept(byIri::get), clusterOf, 0, new int[1]);
    }

    /**
     * Scores the pairs that blocking proposes for each probed trial (the trials sharing the most rare title words
     * with it), leaving out pairs already one trial and pairs of two IDs of one registry (a registry gives one trial
     * one ID); best score first. Probes every trial when {@code probeOnly} is null; returns the pairs scoring at
     * least {@code minScore}, and counts every pair scored in {@code compared[0]}.
     */
    private List<PairScore> match(Blocking blocking, Function<String, List<String>> titles,
            Predicate<String> probeOnly, FeatureReaders features, Function<String, String> clusterOf,
            double minScore, int[] compared) {
        List<String> iris = blocking.iris();
        boolean all = probeOnly == null;
        Predicate<String> probe = all ? iri -> true : probeOnly;
        // Every trial's words and keys are in the blocking's postings, 8 bytes each; a trial's own words and keys
        // are computed again when it is probed rather than kept, as they would take more than the heap for 600,000
        // trials.
        Function<Integer, Set<String>> wordsOf = i -> Similarity.tokens(titles.apply(iris.get(i)));
        Function<Integer, Set<String>> keysOf = i -> blockingKeys(iris.get(i), titles.apply(iris.get(i)));
        Postings postings = blocking.words();
        Postings keyPostings = blocking.keys();
        // title words weighted by rarity over every trial's titles, in a full and an incremental run alike
        PairScorer weighted = new PairScorer(WordWeights.of(postings));
        // Words in more titles than this block nothing: a fiftieth of the titles, at most 1,000 (a word that
        // common tells no trial from another, and walking its postings for every trial would make linking grow with
        // the square of the store).
        int maxDf = Math.max(20, Math.min(MAX_BLOCKING_DF, iris.size() / 50));
        int[] probes = IntStream.range(0, iris.size()).filter(i -> probe.test(iris.get(i))).toArray();
        // What each probed trial proposed, sorted: a pair proposed from both sides is scored once, from the trial
        // probed first. All proposals are made before any score (each step on every core), so that which side
        // scores a pair does not depend on which thread got there first.
        int[][] proposedBy = new int[iris.size()][];
        inParallel(probes, chunks -> {
            SharedWords shared = new SharedWords(iris.size());
            for (int[] chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                for (int i : chunk) {
                    proposedBy[i] = propose(i, wordsOf.apply(i), keysOf.apply(i), postings, keyPostings, maxDf, shared);
                }
            }
        });
        List<PairScore> out = Collections.synchronizedList(new ArrayList<>());
        AtomicLong probed = new AtomicLong();
        AtomicInteger scored = new AtomicInteger();
        inParallel(probes, chunks -> features.read(featuresOf -> {
            for (int[] chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                for (int i : chunk) {
                    String a = iris.get(i);
                    for (int j : proposedBy[i]) {
                        String b = iris.get(j);
                        if (scoredFromOtherSide(i, j, proposedBy) || oneTrialAlready(a, b, clusterOf)) {
                            continue;
                        }
                        // a pair under the candidate threshold is never written: it is not kept either
                        scored.incrementAndGet();
                        weighted.score(featuresOf.apply(a), featuresOf.apply(b)).filter(p -> p.score() >= minScore)
                                .ifPresent(out::add);
                    }
                    // every 1,000 trials: often enough for a line every few seconds, rare enough to cost nothing
                    long done = probed.incrementAndGet();
                    if (done % 1000 == 0) {
                        tell(done, probes.length);
                    }
                }
            }
        }));
        compared[0] += scored.get();
        tell(probed.get(), probes.length);
        List<PairScore> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble(PairScore::score).reversed().thenComparing(PairScore::a)
                .thenComparing(PairScore::b));
        return sorted;
    }

    /** Whether probed trial j, before i, proposed i too: the pair was scored from there. */
    private static boolean scoredFromOtherSide(int i, int j, int[][] proposedBy) {
        return j < i && proposedBy[j] != null && Arrays.binarySearch(proposedBy[j], i) >= 0;
    }

    /** Whether two trial IRIs are one trial already, or two IDs of one registry (which gives a trial one ID). */
    private static boolean oneTrialAlready(String a, String b, Function<String, String> clusterOf) {
        String ra = TrialFeatures.registryOf(a);
        return clusterOf.apply(a).equals(clusterOf.apply(b)) || (ra != null && ra.equals(TrialFeatures.registryOf(b)));
    }

    /**
     * The trials a probed trial proposes, in ascending order: those sharing the most rare title words with it (at
     * least two when it has two), and those sharing a blocking key that names few trials.
     */
    private static int[] propose(int i, Set<String> words, Set<String> keys, Postings postings, Postings keyPostings,
            int maxDf, SharedWords shared) {
        int rare = 0;
        for (String t : words) {
            if (postings.count(t) > maxDf) {
                continue;
            }
            rare++;
            postings.forEach(t, j -> {
                if (j != i) {
                    shared.add(j);
                }
            });
        }
        Set<Integer> proposed = new TreeSet<>();
        for (int j : shared.most(Math.min(2, rare), CANDIDATES_PER_TRIAL)) {
            proposed.add(j);
        }
        for (String key : keys) {
            if (keyPostings.count(key) <= CANDIDATES_PER_TRIAL) { // an acronym of many trials ("RECOVERY") proposes none
                keyPostings.forEach(key, j -> {
                    if (j != i) {
                        proposed.add(j);
                    }
                });
            }
        }
        return proposed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where the scoring threads read trial features: each thread reads through a reader of its own, valid while
     * {@code work} runs (on a store, a read transaction of the thread's own and a cache of the features it read).
     */
    interface FeatureReaders {
        void read(Consumer<Function<String, TrialFeatures>> work);
    }

    /** The probes in chunks, to the threads that ask for the next. */
    private static final class Chunks {
        private static final int SIZE = 256;
        private final int[] items;
        private final AtomicInteger next = new AtomicInteger();

        Chunks(int[] items) {
            this.items = items;
        }

        /** The next chunk, or null when all are taken. */
        int[] next() {
            int from = next.getAndAdd(SIZE);
            return from >= items.length ? null : Arrays.copyOfRange(items, from, Math.min(items.length, from + SIZE));
        }
    }

    /**
     * Runs {@code body} on one thread a core (at most {@link #THREADS}), each taking chunks of the items until none
     * is left; on the calling thread alone when there is one core or few items. The first failure of any thread is
     * thrown here once all have stopped.
     */
    private static void inParallel(int[] items, Consumer<Chunks> body) {
        Chunks chunks = new Chunks(items);
        int threads = Math.min(threads(), (items.length + Chunks.SIZE - 1) / Chunks.SIZE);
        if (threads <= 1) {
            body.accept(chunks);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    body.accept(chunks);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    chunks.next.set(items.length); // the others stop at their next chunk
                }
            }, "trialkg-link-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        try {
            for (Thread thread : started) {
                thread.join();
            }
        } catch (InterruptedException e) {
            chunks.next.set(items.length);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("linking interrupted", e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) {
            throw r;
        } else if (f instanceof Error err) {
            throw err;
        } else if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    /** The threads that propose and score pairs: one a core, at most {@link #THREADS}. */
    private static int threads() {
        return Math.max(1, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
    }

    private void tell(long done, long total) {
        synchronized (this) {
            progress.done(done, total);
        }
    }

    /**
     * How many words each trial shares with the one probed: a count per trial of the store and the list of those
     * counted, both reused from one probe to the next, so that a probe costs the postings it walks (up to 1,000 a
     * word) and no sort of them.
     */
    private static final class SharedWords {
        private final int[] counts;
        private int[] touched = new int[1024];
        private int size;

        SharedWords(int trials) {
            counts = new int[trials];
        }

        void add(int trial) {
            if (counts[trial]++ == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = trial;
            }
        }

        /**
         * The trials sharing at least {@code need} words, most shared first, then by index; at most {@code limit}.
         * Clears the counts for the next probe.
         */
        int[] most(int need, int limit) {
            long[] kept = new long[size];
            int n = 0;
            for (int k = 0; k < size; k++) {
                int j = touched[k];
                if (counts[j] >= need) {
                    // more shared words first, then the lower index: one long sorts both ways at once
                    kept[n++] = ((long) (Integer.MAX_VALUE - counts[j]) << 32) | j;
                }
                counts[j] = 0;
            }
            size = 0;
            Arrays.sort(kept, 0, n);
            int[] out = new int[Math.min(limit, n)];
            for (int k = 0; k < out.length; k++) {
                out[k] = (int) kept[k];
            }
            return out;
        }
    }

    /**
     * Keys that propose a pair whatever the words: a whole title equal but for case and acronym, an acronym written
     * into a title, a registry ID written into a title (or the trial's own).
     */
    static Set<String> blockingKeys(String iri, List<String> titles) {
        Set<String> out = new HashSet<>();
        Similarity.registryIds(TrialFeatures.idOf(iri)).forEach(id -> out.add("id " + id));
        for (String t : titles) {
            String folded = Similarity.foldWithoutAcronym(t);
            if (folded.length() >= 20) {
                out.add("title " + folded);
            }
            Similarity.registryIds(t).forEach(id -> out.add("id " + id));
        }
        Similarity.acronyms(List.of(), titles).forEach(a -> out.add("acronym " + a));
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

    /**
     * What a run found.
     *
     * @param trials trial IRIs described by some record
     * @param certainLinks {@code tk:sameTrialAs} statements from shared and secondary IDs
     * @param certainClusters groups of trial IRIs joined by them
     * @param pairsScored pairs compared in this run
     * @param identityLinks identity links stored after the run (pairs at or above the link threshold)
     * @param candidates candidate links stored after the run (pairs between the thresholds)
     * @param reindex trial IRIs whose group or canonical IRI changed: their search documents change
     * @param millis time taken
     */
    public record Report(int trials, int certainLinks, int certainClusters, int pairsScored, int identityLinks,
            int candidates, List<String> reindex, long millis) {
    }
}
