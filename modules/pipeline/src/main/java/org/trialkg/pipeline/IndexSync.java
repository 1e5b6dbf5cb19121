package org.trialkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.trialkg.link.Clusters;
import org.trialkg.rdf.TrialGroup;
import org.trialkg.search.TrialDocument;
import org.trialkg.search.TrialIndex;
import org.trialkg.store.TrialStore;
import org.trialkg.store.UnionView;
import org.trialkg.vocab.TK;

/**
 * Derives the search index from the store: one document per trial (all of its records, and the records of the same
 * trial in other registries, merged), built by {@link IndexProjection}. Writes go through {@link IndexProtocol},
 * which journals them; this class only rewrites documents and compares the index with the store.
 */
public final class IndexSync {
    private final TrialStore store;
    private final TrialIndex index;
    private final IndexJournal journal;
    private final Supplier<Graph> drugNames;

    /** {@code drugNames}: the drug concepts' names the documents use (see {@link IndexProjection}). */
    IndexSync(TrialStore store, TrialIndex index, IndexJournal journal, Supplier<Graph> drugNames) {
        this.store = store;
        this.index = index;
        this.journal = journal;
        this.drugNames = drugNames;
    }

    /** Rewrites the documents of these trials from the store; the caller commits the index. */
    public void update(Collection<String> trialIris) {
        update(trialIris, Map.of());
    }

    /**
     * Rewrites the documents of these trials; the caller commits the index. A document built from a record in memory
     * ({@code prebuilt}) is used as it is when the store holds no other record of the trial and no link to it;
     * every other trial is read back from the store, all its records and linked trials merged.
     */
    void update(Collection<String> trialIris, Map<String, TrialDocument> prebuilt) {
        List<TrialDocument> docs = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        store.readDataset(dsg -> {
            IndexProjection projection = new IndexProjection(UnionView.of(dsg), drugNames.get());
            for (String iri : trialIris) {
                TrialDocument built = prebuilt.get(iri);
                if (built != null && alone(dsg, NodeFactory.createURI(iri))) {
                    docs.add(built);
                    continue;
                }
                Optional<IndexProjection.Projected> p = projection.project(iri);
                if (p.isEmpty()) {
                    gone.add(iri);
                    continue;
                }
                docs.add(p.get().document());
                // the same trial under another IRI is one document, under the IRI that stands for it
                gone.addAll(p.get().otherIris());
            }
            return null;
        });
        index.delete(gone);
        // Analysing the documents is most of the work, and Lucene's writer takes them from several threads at once;
        // their order does not matter (ties in a ranking are broken by IRI).
        if (docs.size() >= PARALLEL_FROM) {
            docs.parallelStream().forEach(index::update);
        } else {
            docs.forEach(index::update);
        }
    }

    /** Documents from which an update analyses them on every core. */
    private static final int PARALLEL_FROM = 64;

    /** Whether exactly one record describes the trial and nothing links it to another trial IRI. */
    private static boolean alone(DatasetGraph dsg, Node trial) {
        Node graph = null;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TK.describes.asNode(), trial); it.hasNext(); ) {
            Node g = it.next().getGraph();
            if (graph != null && !graph.equals(g)) {
                return false;
            }
            graph = g;
        }
        return graph != null && !dsg.contains(Node.ANY, trial, TK.sameTrialAs.asNode(), Node.ANY)
                && !dsg.contains(Node.ANY, Node.ANY, TK.sameTrialAs.asNode(), trial);
    }

    /** Told how far a long run has got: for a progress display. */
    @FunctionalInterface
    public interface Progress {
        void done(long done, long total);
    }

    /** Rebuilds the whole index from the store; returns the number of trial documents. */
    public int reindex() {
        return reindex((done, total) -> { });
    }

    /**
     * Rebuilds the whole index from the store, telling {@code progress} the trials done and the total after each
     * batch (for a progress display); returns the number of trial documents.
     */
    public int reindex(Progress progress) {
        List<String> iris = new ArrayList<>(trials().keySet());
        index.deleteAll();
        for (int from = 0; from < iris.size(); from += 1000) {
            update(iris.subList(from, Math.min(iris.size(), from + 1000)));
            progress.done(Math.min(iris.size(), from + 1000), iris.size());
        }
        index.commit();
        journal.clear();
        return index.size();
    }

    /**
     * Trials in the store missing from the index, and documents in the index of trials the store lacks, compared by
     * IRI: the store's trials are the groups of trial IRIs that records describe, each under the IRI that stands for
     * it (the rule of {@link TrialGroup}), which is how the index keys its documents.
     */
    public Difference verify() {
        Set<String> stored = trials().keySet();
        Set<String> indexed = index.iris();
        Set<String> missing = new TreeSet<>(stored);
        missing.removeAll(indexed);
        Set<String> extra = new TreeSet<>(indexed);
        extra.removeAll(stored);
        return new Difference(List.copyOf(missing), List.copyOf(extra), stored.size(), indexed.size());
    }

    /** Adds the documents of trials missing from the index and removes those of trials the store lacks. */
    Difference mend() {
        Difference d = verify();
        if (!d.inStep()) {
            index.delete(d.extraInIndex());
            update(d.missingFromIndex());
            index.commit();
        }
        return d;
    }

    /**
     * Every trial of the store under the IRI that stands for it, with the number of IRIs in its group: two scans of
     * the store (the trials records describe, the {@code tk:sameTrialAs} statements), no trial read one by one.
     */
    Map<String, Integer> trials() {
        return store.readDataset(dsg -> {
            Set<String> described = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, TK.describes.asNode(), Node.ANY)
                    .forEachRemaining(q -> described.add(q.getObject().getURI()));
            Clusters groups = new Clusters();
            dsg.find(Node.ANY, Node.ANY, TK.sameTrialAs.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isURI()) {
                    groups.union(q.getSubject().getURI(), q.getObject().getURI());
                }
            });
            Map<String, String> canonicalOfRoot = new HashMap<>();
            for (String t : described) {
                canonicalOfRoot.merge(groups.find(t), t, (a, b) -> TrialGroup.canonicalOf(List.of(a, b)));
            }
            Map<String, Integer> out = new HashMap<>();
            for (String t : described) {
                out.merge(canonicalOfRoot.get(groups.find(t)), 1, Integer::sum);
            }
            return out;
        });
    }

    /**
     * How the index differs from the store.
     *
     * @param missingFromIndex trials stored but not searchable
     * @param extraInIndex documents whose trial is not in the store
     * @param storeTrials trials in the store
     * @param indexTrials documents in the index
     */
    public record Difference(List<String> missingFromIndex, List<String> extraInIndex, int storeTrials,
            int indexTrials) {
        public boolean inStep() {
            return missingFromIndex.isEmpty() && extraInIndex.isEmpty();
        }
    }
}
