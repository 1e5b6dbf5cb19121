package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialStoreTest {
    private static final Node HASH = NodeFactory.createURI("https://w3id.org/trialkg/ns#contentHash");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    private static Graph recordGraph(Node g, String hash, String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(g, HASH, NodeFactory.createLiteralString(hash)));
        graph.add(Triple.create(g, TITLE, NodeFactory.createLiteralString(title)));
        return graph;
    }

    @Test
    void replacesAGraphWholeOnRewrite(@TempDir Path dir) {
        Node g = TrialStore.graphName("https://w3id.org/trialkg/id/record/1");
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(List.of(new GraphWrite(g, recordGraph(g, "h1", "old title"))));
            store.write(List.of(new GraphWrite(g, recordGraph(g, "h2", "new title"))));
            assertEquals(Optional.of("h2"), store.contentHash(g));
            assertEquals(2L, store.counts().quads());
            assertEquals(1L, store.counts().graphs());
        }
        // Reopened from disk, the same content is there.
        try (TrialStore store = TrialStore.open(dir)) {
            assertEquals(Optional.of("h2"), store.contentHash(g));
            assertEquals(Boolean.TRUE, store.read(u -> u.contains(g, TITLE, NodeFactory.createLiteralString("new title"))));
        }
    }

    @Test
    void aNewVersionThatRepeatsMostOfTheOldLeavesExactlyTheNewContent(@TempDir Path dir) {
        Node g = TrialStore.graphName("https://w3id.org/trialkg/id/record/2");
        Node site = NodeFactory.createURI("https://w3id.org/trialkg/ns#site");
        Graph old = recordGraph(g, "h1", "same title");
        old.add(Triple.create(g, site, NodeFactory.createBlankNode()));
        old.add(Triple.create(g, TITLE, NodeFactory.createLiteralString("a title the new version drops")));
        Graph next = recordGraph(g, "h2", "same title");
        Node place = NodeFactory.createBlankNode();
        next.add(Triple.create(g, site, place));
        next.add(Triple.create(place, TITLE, NodeFactory.createLiteralString("Guangzhou")));
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(List.of(new GraphWrite(g, old)));
            store.write(List.of(new GraphWrite(g, next)));
            assertEquals(4L, store.counts().quads());
            assertEquals(Boolean.TRUE, store.readDataset(d -> d.getGraph(g).size() == 4
                    && d.getGraph(g).contains(g, TITLE, NodeFactory.createLiteralString("same title"))
                    && !d.getGraph(g).contains(g, TITLE, NodeFactory.createLiteralString("a title the new version drops"))
                    && d.getGraph(g).contains(Node.ANY, TITLE, NodeFactory.createLiteralString("Guangzhou"))
                    && d.getGraph(g).find(g, site, Node.ANY).toList().size() == 1));
            assertEquals(Optional.of("h2"), store.contentHash(g));
        }
    }

    @Test
    void failedBatchLeavesEarlierContentUntouched() {
        Node a = TrialStore.graphName("https://w3id.org/trialkg/id/record/a");
        Node b = TrialStore.graphName("https://w3id.org/trialkg/id/record/b");
        try (TrialStore store = TrialStore.inMemory()) {
            store.write(List.of(new GraphWrite(a, recordGraph(a, "ha", "A"))));
            Graph broken = new org.apache.jena.sparql.graph.GraphWrapper(recordGraph(b, "hb", "B")) {
                @Override
                public ExtendedIterator<Triple> find() {
                    return new NiceIterator<>() {
                        @Override
                        public boolean hasNext() {
                            throw new IllegalStateException("disk full");
                        }
                    };
                }
            };
            assertThrows(IllegalStateException.class, () -> store.write(List.of(
                    new GraphWrite(a, recordGraph(a, "ha2", "A changed")), new GraphWrite(b, broken))));
            assertEquals(Optional.of("ha"), store.contentHash(a), "the batch was rolled back");
            assertTrue(store.contentHash(b).isEmpty());
        }
    }
}
