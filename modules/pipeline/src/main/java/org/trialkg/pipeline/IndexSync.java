package org.trialkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.TrialDocument;
import org.trialkg.search.TrialIndex;
import org.trialkg.store.TrialStore;

/**
 * Keeps the search index in step with the store: the index is derived from the graph, one document per trial (all
 * of its records, and the records of the same trial in other registries, merged).
 */
public final class IndexSync {
    private final TrialStore store;
    private final TrialIndex index;
    private final IndexJournal journal;

    IndexSync(TrialStore store, TrialIndex index, IndexJournal journal) {
        this.store = store;
        this.index = index;
        this.journal = journal;
    }

    /** Rewrites the documents of these trials from the store; the caller commits the index. */
    public void update(Collection<String> trialIris) {
        List<TrialDocument> docs = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            Graph union = store.dataset().asDatasetGraph().getUnionGraph();
            CardReader reader = new CardReader(union);
            for (String iri : trialIris) {
                Optional<TrialCard> card = reader.read(iri);
                if (card.isEmpty()) {
                    gone.add(iri);
                    continue;
                }
                TrialCard c = card.get();
                docs.add(CardDocuments.toDocument(c, drugIri -> altLabels(union, drugIri)));
                // the same trial under another IRI is one document, under the card's IRI
                for (String other : c.sameAs()) {
                    if (!other.equals(c.iri())) {
                        gone.add(other);
                    }
                }
                if (!c.iri().equals(iri)) {
                    gone.add(iri);
                }
            }
        });
        index.delete(gone);
        docs.forEach(index::update);
    }

    /** Rebuilds the whole index from the store; returns the number of trial documents. */
    public int reindex() {
        List<String> iris = trialIris();
        index.deleteAll();
        for (int from = 0; from < iris.size(); from += 1000) {
            update(iris.subList(from, Math.min(iris.size(), from + 1000)));
        }
        index.commit();
        journal.clear();
        return index.size();
    }

    /**
     * Re-derives the documents of the trials the journal lists (those an interrupted run may have left missing or
     * stale), commits, and clears the journal; returns how many trials it re-derived (0 when the journal was empty).
     */
    public int recover() {
        Set<String> pending = journal.pending();
        if (!pending.isEmpty()) {
            update(pending);
            index.commit();
        }
        journal.clear();
        return pending.size();
    }

    /** Trials in the store missing from the index, and documents in the index of trials the store lacks. */
    public Difference verify() {
        Set<String> stored = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> {
            CardReader reader = new CardReader(store.dataset().asDatasetGraph().getUnionGraph());
            for (String iri : reader.trialIris()) {
                reader.read(iri).ifPresent(c -> stored.add(c.iri()));
            }
        });
        Set<String> indexed = index.iris();
        Set<String> missing = new HashSet<>(stored);
        missing.removeAll(indexed);
        Set<String> extra = new HashSet<>(indexed);
        extra.removeAll(stored);
        return new Difference(missing.stream().sorted().toList(), extra.stream().sorted().toList(), stored.size(),
                indexed.size());
    }

    /**
     * Brings the index back in step with the store after an interrupted run: the journal's trials first (a stale
     * document is only found there), then every trial missing from the index or no longer stored.
     */
    public Difference repair() {
        recover();
        Difference d = verify();
        if (!d.missingFromIndex().isEmpty() || !d.extraInIndex().isEmpty()) {
            index.delete(d.extraInIndex());
            update(d.missingFromIndex());
            index.commit();
        }
        return d;
    }

    private List<String> trialIris() {
        return Txn.calculateRead(store.dataset(),
                () -> new CardReader(store.dataset().asDatasetGraph().getUnionGraph()).trialIris());
    }

    private static List<String> altLabels(Graph g, String drugIri) {
        List<String> out = new ArrayList<>();
        Node d = NodeFactory.createURI(drugIri);
        g.find(d, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        g.find(d, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
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
