package org.trialkg.store;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of a store's graphs, read-only, for reads that look up a subject's values one after another (the
 * linker's features of a trial): the same triples as {@link DatasetGraph#getUnionGraph()}, found in the quad indexes by
 * node ID, with only the triple's nodes decoded, each distinct triple once. TDB2's own union graph decodes the graph
 * node of every quad too and removes duplicates through a stream; in a profile of linking 85,113 trials its finds
 * were three fifths of the CPU time. Use it inside the read transaction that gave the dataset; over a dataset that is
 * not TDB2 it is the dataset's union graph.
 *
 * <p>A triple many graphs state (an organisation's name, given by every record of its trials) is one run of copies
 * in the index, one a graph: once a run is longer than {@link #COPIES_WALKED}, the read seeks past it to the next
 * triple rather than walking it. Without that, linking 85,113 trials walked 31.1 million quads for the 1.16 million
 * triples it read, and a store of several times as many records of the same sponsors walks several times as many
 * for each.
 */
public final class UnionView extends GraphBase {
    /** Copies of one triple walked before the read seeks past the rest of them. */
    static final int COPIES_WALKED = 4;
    private static final int SLOT = 8; // bytes of a node ID in an index key
    // The graph-last indexes and where each puts subject, predicate and object (0, 1, 2 of a triple) in its key.
    private static final String[] GRAPH_LAST = {"SPOG", "POSG", "OSPG"};
    private static final int[][] SLOTS = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
    private final NodeTupleTable quads;
    private final NodeTable nodes;
    // the range index of each graph-last index, as GRAPH_LAST orders them; null where the store has none to seek in
    private final RangeIndex[] graphLast = new RangeIndex[GRAPH_LAST.length];

    private UnionView(NodeTupleTable quads) {
        this.quads = quads;
        this.nodes = quads.getNodeTable();
        for (TupleIndex t : quads.getTupleTable().getIndexes()) {
            int k = Arrays.asList(GRAPH_LAST).indexOf(t.getName());
            if (k >= 0 && t instanceof TupleIndexRecord r
                    && r.getRangeIndex().getRecordFactory().keyLength() == 4 * SLOT) {
                graphLast[k] = r.getRangeIndex();
            }
        }
    }

    /** The union of the dataset's named graphs, read as above. */
    public static Graph of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return dsg.getUnionGraph();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return new UnionView(tdb.getQuadTable().getNodeTupleTable());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        NodeId s = id(pattern.getSubject());
        NodeId p = id(pattern.getPredicate());
        NodeId o = id(pattern.getObject());
        if (s == null || p == null || o == null) {
            return NullIterator.instance();
        }
        boolean given = !NodeId.isAny(s) || !NodeId.isAny(p) || !NodeId.isAny(o);
        Iterator<Tuple<NodeId>> triples = given ? skipping(s, p, o) : null;
        if (triples == null) {
            // One triple in several graphs is one triple of the union. With a node given, the index read is SPOG,
            // POSG or OSPG, whose last slot is the graph: the copies of a triple come one after another.
            Iterator<Tuple<NodeId>> found = quads.find(NodeId.NodeIdAny, s, p, o);
            Iterator<Tuple<NodeId>> spo = Iter.map(found, q -> TupleFactory.create3(q.get(1), q.get(2), q.get(3)));
            triples = given ? Iter.distinctAdjacent(spo) : Iter.distinct(spo);
        }
        return WrappedIterator.create(Iter.map(triples, t -> Triple.create(nodes.getNodeForNodeId(t.get(0)),
                nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)))));
    }

    /**
     * The distinct triples of a pattern with a node given, read from the graph-last index whose leading slots are the
     * given nodes (SPOG, POSG or OSPG), seeking past long runs of copies; null when the store has no such index.
     */
    private Iterator<Tuple<NodeId>> skipping(NodeId s, NodeId p, NodeId o) {
        boolean hasS = !NodeId.isAny(s);
        boolean hasP = !NodeId.isAny(p);
        boolean hasO = !NodeId.isAny(o);
        // the index whose leading slots are the given nodes: SPOG, POSG or OSPG
        int k = hasS && (hasP || !hasO) ? 0 : hasP ? 1 : 2;
        RangeIndex index = graphLast[k];
        if (index == null) {
            return null;
        }
        int[] order = SLOTS[k];
        NodeId[] spo = {s, p, o};
        int bound = 0;
        byte[] min = new byte[4 * SLOT];
        while (bound < 3 && !NodeId.isAny(spo[order[bound]])) {
            NodeIdFactory.set(spo[order[bound]], min, bound * SLOT);
            bound++;
        }
        byte[] max = min.clone();
        NodeIdFactory.setNext(spo[order[bound - 1]], max, (bound - 1) * SLOT);
        return new SkipScan(index, min, max, order);
    }

    /** The distinct triples of one key range of a graph-last index: its copies walked a few, then skipped. */
    private static final class SkipScan implements Iterator<Tuple<NodeId>> {
        private final RangeIndex index;
        private final RecordFactory records;
        private final Record max;
        private final int[] order;
        private Iterator<Record> it;
        private byte[] last;
        private int copies;
        private Tuple<NodeId> next;

        SkipScan(RangeIndex index, byte[] min, byte[] max, int[] order) {
            this.index = index;
            this.records = index.getRecordFactory();
            this.max = records.create(max);
            this.order = order;
            this.it = index.iterator(records.create(min), this.max);
        }

        @Override
        public boolean hasNext() {
            while (next == null && it.hasNext()) {
                byte[] key = it.next().getKey();
                if (last != null && Arrays.equals(key, 0, 3 * SLOT, last, 0, 3 * SLOT)) {
                    if (++copies >= COPIES_WALKED) {
                        // seek to the next triple: its third slot one on, the graph slot zero
                        byte[] from = new byte[4 * SLOT];
                        System.arraycopy(last, 0, from, 0, 2 * SLOT);
                        NodeIdFactory.setNext(NodeIdFactory.get(last, 2 * SLOT), from, 2 * SLOT);
                        it = index.iterator(records.create(from), max);
                        copies = 0;
                    }
                    continue;
                }
                last = key;
                copies = 0;
                NodeId[] spo = new NodeId[3];
                for (int k = 0; k < 3; k++) {
                    spo[order[k]] = NodeIdFactory.get(key, k * SLOT);
                }
                next = TupleFactory.create3(spo[0], spo[1], spo[2]);
            }
            return next != null;
        }

        @Override
        public Tuple<NodeId> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Tuple<NodeId> out = next;
            next = null;
            return out;
        }
    }

    /** The node's ID; any for a wildcard; null for a node the store does not hold, which nothing matches. */
    private NodeId id(Node n) {
        if (n == null || n == Node.ANY || n.isVariable()) {
            return NodeId.NodeIdAny;
        }
        NodeId id = nodes.getNodeIdForNode(n);
        return NodeId.isDoesNotExist(id) ? null : id;
    }
}
