package org.trialkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPTreeNode;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds quad indexes of a bulk-loaded TDB2 store from its primary one (GSPO): each index's keys are sorted in runs
 * of memory written to disk and merged ({@link KeySorter}), and packed into a new B+tree, its leaves full and written
 * in order, as TDB2's {@code tdb2.xloader} builds its indexes.
 *
 * <p>TDB2's phased loader fills the secondary indexes by reading the primary index in order and inserting each quad
 * into every other index. For SPOG, POSG and OSPG that order is random: once those trees no longer fit in memory
 * (about 3 GB each at 600,000 trials), every insert faults in a page and dirties it, and the kernel writes the same
 * pages back again and again; and each insert walks the tree from its root. Packed, each page is written once, and
 * full (an insert leaves a page between half and wholly full).
 *
 * <pre>{@code
 * SortedIndexes.fill(dsg, SortedIndexes.AFTER_LOADER, store.resolve("bulk-sort"));
 * }</pre>
 */
final class SortedIndexes {
    /** The quad indexes a bulk load fills this way, after TDB2's loader has filled GSPO and the triple indexes. */
    static final List<String> AFTER_LOADER = List.of("GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    /** The index every quad is read from. */
    static final String SOURCE = "GSPO";
    /**
     * Keys sorted in memory at once: 200 MB of them (a tenth of the 2 GB heap the scale runs give; 6.5 million quad
     * keys), or an eighth of a smaller heap.
     */
    static final int KEYS_PER_RUN = (int) Math.max(1024,
            Math.min(200L << 20, Runtime.getRuntime().maxMemory() / 8) / (4 * Long.BYTES));

    private SortedIndexes() {}

    /**
     * Builds each named index from every quad of the primary index, one index after the other, with the sort's
     * files in {@code temp} (created, and deleted after). Each index is replaced in a write transaction of its own.
     */
    static void fill(DatasetGraph dsg, List<String> targets, Path temp) {
        TupleIndex[] indexes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable()
                .getIndexes();
        TupleIndexRecord source = named(indexes, SOURCE);
        try {
            for (String target : targets) {
                fill(dsg, source, named(indexes, target), temp);
            }
            Folders.delete(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the store's index keys in " + temp + ": " + e.getMessage(), e);
        }
    }

    private static void fill(DatasetGraph dsg, TupleIndexRecord source, TupleIndexRecord target, Path temp) {
        int[] from = permutation(source.getName(), target.getName());
        RangeIndex in = source.getRangeIndex();
        if (in.getRecordFactory().keyLength() != from.length * Long.BYTES) {
            throw new IllegalStateException("index " + source.getName() + ": keys of "
                    + in.getRecordFactory().keyLength() + " bytes, not " + from.length + " node IDs of 8 bytes");
        }
        BPlusTree tree = (BPlusTree) target.getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        if (from[0] == 0) {
            // GPOS and GOSP start with the graph, as the source does: the source's keys of one graph, sorted alone in
            // memory, come in the target's order, so they are sorted while the index is packed, with no run files.
            Txn.executeWrite(dsg, () -> {
                Iterator<Record> keys = new ByFirstNode(in.iterator(), from, records, temp);
                if (keys.hasNext()) {
                    pack(tree, keys);
                }
            });
            return;
        }
        try (KeySorter sorter = new KeySorter(from.length, KEYS_PER_RUN, temp)) {
            long[] key = new long[from.length];
            Txn.executeRead(dsg, () -> {
                Iterator<Record> it = in.iterator();
                while (it.hasNext()) {
                    permute(it.next().getKey(), from, key);
                    sorter.add(key);
                }
            });
            try (KeySorter.Keys sorted = sorter.sorted()) {
                Iterator<Record> keys = new Iterator<>() {
                    private boolean more = sorted.next();

                    @Override
                    public boolean hasNext() {
                        return more;
                    }

                    @Override
                    public Record next() {
                        Record r = record(sorted, from.length, records);
                        more = sorted.next();
                        return r;
                    }
                };
                if (keys.hasNext()) {
                    Txn.executeWrite(dsg, () -> pack(tree, keys));
                }
            }
        }
    }

    /** The node IDs of a source key in the target's order. */
    private static void permute(byte[] source, int[] from, long[] key) {
        for (int i = 0; i < from.length; i++) {
            key[i] = Bytes.getLong(source, from[i] * Long.BYTES);
        }
    }

    private static Record record(KeySorter.Keys sorted, int words, RecordFactory records) {
        byte[] k = new byte[words * Long.BYTES];
        for (int i = 0; i < words; i++) {
            Bytes.setLong(sorted.word(i), k, i * Long.BYTES);
        }
        return records.create(k);
    }

    /**
     * The keys of a target index that starts with the source's first node, from the source in its order: the keys
     * of each first node are read, permuted and sorted together (in memory, unless one node has more than a run).
     */
    private static final class ByFirstNode implements Iterator<Record> {
        private final Iterator<Record> source;
        private final int[] from;
        private final RecordFactory records;
        private final Path temp;
        private final long[] key;
        private byte[] pending;
        private KeySorter group;
        private KeySorter.Keys sorted;
        private boolean ready;

        ByFirstNode(Iterator<Record> source, int[] from, RecordFactory records, Path temp) {
            this.source = source;
            this.from = from;
            this.records = records;
            this.temp = temp;
            this.key = new long[from.length];
            this.pending = source.hasNext() ? source.next().getKey() : null;
        }

        @Override
        public boolean hasNext() {
            while (!ready) {
                if (sorted != null && sorted.next()) {
                    ready = true;
                } else if (pending == null) {
                    closeGroup();
                    return false;
                } else {
                    nextGroup();
                }
            }
            return true;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ready = false;
            return record(sorted, from.length, records);
        }

        private void nextGroup() {
            closeGroup();
            group = new KeySorter(from.length, KEYS_PER_RUN, temp);
            long first = Bytes.getLong(pending, 0);
            while (pending != null && Bytes.getLong(pending, 0) == first) {
                permute(pending, from, key);
                group.add(key);
                pending = source.hasNext() ? source.next().getKey() : null;
            }
            sorted = group.sorted();
        }

        private void closeGroup() {
            if (sorted != null) {
                sorted.close();
                group.close();
                sorted = null;
                group = null;
            }
        }
    }

    /**
     * Writes the sorted keys as a new tree in the index's own files, leaves packed full and then each level of
     * branches above them, and makes it the index's tree in the write transaction the caller holds (TDB2's
     * {@code tdb2.xloader} builds its indexes the same way). The keys must hold all the index is to hold: the
     * tree it had (the vocabularies' quads, loaded before the bulk load) is overwritten, its leaves from the start of
     * their file, its branches left unused.
     */
    private static void pack(BPlusTree tree, Iterator<Record> keys) {
        BPlusTreeRewriter.packIntoBPlusTree(keys, tree.getParams(), tree.getRecordFactory(),
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr());
        // The packed tree's root is the first block of the index's node file (BPlusTreeParams.RootId), where an
        // empty tree starts; a tree that took writes since has its root elsewhere (each write transaction copies
        // the blocks it changes), so the index is pointed at it here, and the transaction commits that root with
        // the blocks the packing allocated. (The packer's own tree reads its root from the state file, the old one.)
        BPTreeNode root = tree.getNodeManager().getRead(BPlusTreeParams.RootId, BPlusTreeParams.RootParent);
        tree.newRoot(root);
        tree.getNodeManager().release(root);
    }

    /** For each position of the target's key, the position in the source's key that it takes ("GSPO" to "POSG"). */
    static int[] permutation(String source, String target) {
        if (source.length() != target.length()) {
            throw new IllegalArgumentException("index " + target + " does not permute " + source);
        }
        int[] from = new int[target.length()];
        for (int i = 0; i < from.length; i++) {
            from[i] = source.indexOf(target.charAt(i));
            if (from[i] < 0) {
                throw new IllegalArgumentException("index " + target + " does not permute " + source);
            }
        }
        return from;
    }

    private static TupleIndexRecord named(TupleIndex[] indexes, String name) {
        for (TupleIndex i : indexes) {
            if (i.getName().equals(name) && i instanceof TupleIndexRecord r) {
                return r;
            }
        }
        throw new IllegalStateException("the store has no quad index " + name);
    }
}
