package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.vocab.TK;

class StoreStatisticsTest {
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    /** A record graph with one record node, {@code sites} site nodes and {@code extra} more triples. */
    private static GraphWrite record(int n, int sites, int extra) {
        Node g = TrialStore.graphName(TK.ID + "record/" + n);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(g, RDF.type.asNode(), TK.RegistryRecord.asNode());
        for (int s = 0; s < sites; s++) {
            graph.add(NodeFactory.createURI(g.getURI() + "/site/" + s), RDF.type.asNode(), TK.Site.asNode());
        }
        for (int e = 0; e < extra; e++) {
            graph.add(g, LABEL, NodeFactory.createLiteralString("value " + n + " " + e));
        }
        return new GraphWrite(g, graph);
    }

    private static long scannedQuads(TrialStore store) {
        return Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().asDatasetGraph()
                .find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)) - Iter.count(store.dataset().asDatasetGraph()
                .find(TrialStore.graphName(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY)));
    }

    @Test
    void countsFollowWritesReplacementsAndDeletes() {
        try (TrialStore store = TrialStore.inMemory()) {
            store.write(List.of(record(1, 2, 3), record(2, 0, 1)));
            store.write(List.of(record(1, 5, 0)));
            store.delete(List.of(record(2, 0, 1).graph(), TrialStore.graphName(TK.ID + "record/absent")));
            StoreCounts c = store.counts();
            assertEquals(1, c.graphs());
            assertEquals(1, c.instancesOf(TK.RegistryRecord.asNode()));
            assertEquals(5, c.instancesOf(TK.Site.asNode()));
            assertEquals(6, c.quads());
            assertEquals(scannedQuads(store), c.quads());
        }
    }

    @Test
    void aStoreWithoutStatisticsIsCountedOnceThenKept() {
        try (TrialStore store = TrialStore.inMemory()) {
            store.write(List.of(record(1, 2, 3)));
            // as a store written before the statistics existed
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(
                    TrialStore.graphName(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY));
            assertEquals(6, store.counts().quads());
            store.write(List.of(record(2, 1, 0)));
            assertEquals(8, store.counts().quads());
            assertEquals(3, store.counts().instancesOf(TK.Site.asNode()));
        }
    }

    @Test
    void theStatisticsGraphCannotBeOverwritten() {
        try (TrialStore store = TrialStore.inMemory()) {
            Node stats = TrialStore.graphName(TrialStore.STATISTICS_GRAPH);
            assertThrows(IllegalArgumentException.class,
                    () -> store.write(List.of(new GraphWrite(stats, GraphFactory.createDefaultGraph()))));
        }
    }

    private static List<String> generations(Path dir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("tdb2"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void compactionMovesTheDataToANewGenerationAndKeepsEverything(@TempDir Path dir) {
        try (TrialStore store = TrialStore.open(dir)) {
            // many small transactions: each copies the index blocks it touches and leaves the old copies behind
            for (int i = 0; i < 100; i++) {
                store.write(List.of(record(i % 50, 3, 20)));
            }
            StoreCounts before = store.counts();
            assertEquals(List.of("Data-0001"), generations(dir));
            long[] sizes = store.compact();
            // a new generation holds the live data and the old one is gone; TDB2 grows its files in whole chunks,
            // so a store this small need not shrink on disk (bench/scale.sh measures the space given back)
            assertEquals(List.of("Data-0002"), generations(dir));
            assertTrue(sizes[1] <= sizes[0], "compacted from " + sizes[0] + " to " + sizes[1]);
            assertEquals(sizes[1], store.diskSize());
            assertEquals(before, store.counts());
            assertEquals(scannedQuads(store), store.counts().quads());
            store.write(List.of(record(99, 1, 1)));
            assertEquals(before.quads() + 3, store.counts().quads(), "writable after compaction");
        }
        try (TrialStore store = TrialStore.open(dir)) {
            assertEquals(51, store.counts().graphs(), "the compacted generation is the one reopened");
        }
    }
}
