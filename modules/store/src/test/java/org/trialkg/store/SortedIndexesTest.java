package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.vocab.TK;

/** The quad indexes a bulk load fills by sorting hold every quad of the primary index, and answer by their key. */
class SortedIndexesTest {
    private static final Node P = NodeFactory.createURI(TK.ID + "p");
    private static final Node SHARED = NodeFactory.createURI(TK.ID + "drug/shared");

    @Test
    void everyQuadIndexHoldsWhatThePrimaryHolds(@TempDir Path dir) {
        Random random = new Random(7);
        Set<Quad> loaded = new HashSet<>();
        try (TrialStore store = TrialStore.open(dir)) {
            // quads written before the load, as the vocabularies are: the packed indexes must hold them too
            Node concepts = TrialStore.graphName(TK.ID + "graph/concepts");
            Graph vocabulary = GraphFactory.createDefaultGraph();
            vocabulary.add(Triple.create(SHARED, P, NodeFactory.createLiteralString("shared drug")));
            store.write(List.of(new GraphWrite(concepts, vocabulary)));
            loaded.add(Quad.create(concepts, SHARED, P, NodeFactory.createLiteralString("shared drug")));
            try (TrialStore.Bulk bulk = store.beginBulk()) {
                for (int r = 0; r < 400; r++) {
                    Node g = TrialStore.graphName(TK.ID + "record/" + r);
                    Graph graph = GraphFactory.createDefaultGraph();
                    for (int i = 0; i < 1 + random.nextInt(30); i++) {
                        Node s = NodeFactory.createURI(g.getURI() + "/s" + random.nextInt(5));
                        Node o = random.nextInt(4) == 0 ? SHARED
                                : NodeFactory.createLiteralString("value " + random.nextInt(500));
                        graph.add(Triple.create(s, NodeFactory.createURI(TK.ID + "p" + random.nextInt(6)), o));
                    }
                    graph.find().forEachRemaining(t -> loaded.add(Quad.create(g, t)));
                    bulk.add(new GraphWrite(g, graph));
                }
                bulk.finish();
            }
            assertFalse(Files.exists(dir.resolve("bulk-sort")), "the sort's files are deleted");
            // transactions after the load change the packed indexes as any others
            Node later = TrialStore.graphName(TK.ID + "record/later");
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(Triple.create(later, P, SHARED));
            store.write(List.of(new GraphWrite(later, graph)));
            loaded.add(Quad.create(later, later, P, SHARED));
            Node first = TrialStore.graphName(TK.ID + "record/0");
            store.delete(List.of(first));
            loaded.removeIf(q -> q.getGraph().equals(first));
            Map<String, Set<Tuple<NodeId>>> byIndex = store.readDataset(d -> {
                Map<String, Set<Tuple<NodeId>>> out = new TreeMap<>();
                for (TupleIndex i : TDBInternal.getDatasetGraphTDB(d).getQuadTable().getNodeTupleTable()
                        .getTupleTable().getIndexes()) {
                    Set<Tuple<NodeId>> tuples = new HashSet<>();
                    i.all().forEachRemaining(tuples::add);
                    // and its tree's keys are in order (a tree packed out of order would still hand them all out)
                    byte[] previous = null;
                    for (Iterator<Record> it = ((TupleIndexRecord) i).getRangeIndex().iterator(); it.hasNext(); ) {
                        byte[] key = it.next().getKey();
                        if (previous != null && Arrays.compareUnsigned(previous, key) >= 0) {
                            throw new AssertionError(i.getName() + " holds its keys out of order");
                        }
                        previous = key;
                    }
                    out.put(i.getName(), tuples);
                }
                return out;
            });
            Set<Tuple<NodeId>> primary = byIndex.get(SortedIndexes.SOURCE);
            for (String name : SortedIndexes.AFTER_LOADER) {
                assertEquals(primary, byIndex.get(name), name + " holds the quads of " + SortedIndexes.SOURCE);
            }
            assertEquals(6, byIndex.size());
            // a pattern with the object bound reads OSPG, one with the predicate and object POSG
            for (Node p : List.of(TK.ID + "p0", TK.ID + "p3").stream().map(NodeFactory::createURI).toList()) {
                Set<Quad> expected = new HashSet<>();
                loaded.stream().filter(q -> q.getPredicate().equals(p) && q.getObject().equals(SHARED))
                        .forEach(expected::add);
                Set<Quad> found = store.readDataset(d -> {
                    Set<Quad> out = new HashSet<>();
                    d.find(Node.ANY, Node.ANY, p, SHARED).forEachRemaining(out::add);
                    return out;
                });
                assertEquals(expected, found);
            }
            Set<Quad> ofShared = store.readDataset(d -> {
                Set<Quad> out = new HashSet<>();
                d.find(Node.ANY, Node.ANY, Node.ANY, SHARED).forEachRemaining(out::add);
                return out;
            });
            assertEquals(loaded.stream().filter(q -> q.getObject().equals(SHARED)).collect(
                    java.util.stream.Collectors.toSet()), ofShared);
            Set<Quad> all = store.readDataset(d -> {
                Set<Quad> out = new HashSet<>();
                d.find(Node.ANY, SHARED, Node.ANY, Node.ANY).forEachRemaining(out::add);
                d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                return out;
            });
            all.removeIf(q -> q.getGraph().getURI().startsWith(TrialStore.STATISTICS_GRAPH)
                    || q.getGraph().getURI().equals(TrialStore.ORGANISATIONS_GRAPH));
            assertEquals(loaded, all);
        }
    }

    @Test
    void mapsEachKeyPositionToTheSourcePosition() {
        assertArrayEquals(new int[] {2, 3, 1, 0}, SortedIndexes.permutation("GSPO", "POSG"));
        assertArrayEquals(new int[] {1, 2, 3, 0}, SortedIndexes.permutation("GSPO", "SPOG"));
        assertThrows(IllegalArgumentException.class, () -> SortedIndexes.permutation("GSPO", "GSPX"));
        assertThrows(IllegalArgumentException.class, () -> SortedIndexes.permutation("GSPO", "SPO"));
    }
}
