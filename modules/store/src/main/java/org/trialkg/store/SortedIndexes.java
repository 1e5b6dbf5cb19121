package org.trialkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefComparator;
import org.apache.lucene.util.OfflineSorter;

/**
 * Builds quad indexes of a bulk-loaded TDB2 store from its primary one (GSPO): each index's keys are written to a
 * file, sorted on disk (Lucene's {@link OfflineSorter}), and packed into a new B+tree, its leaves full and written
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
     * Memory for each sorted run: 200 MB (a tenth of the 2 GB heap the scale runs give; a run is about 6 million
     * keys), or an eighth of a smaller heap.
     */
    private static final long SORT_BUFFER_MB =
            Math.max(1, Math.min(200, Runtime.getRuntime().maxMemory() / 8 / OfflineSorter.MB));

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
            Files.createDirectories(temp);
            try (Directory dir = FSDirectory.open(temp)) {
                for (String target : targets) {
                    fill(dsg, source, named(indexes, target), dir);
                }
            }
            Folders.delete(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the store's index keys in " + temp + ": " + e.getMessage(), e);
        }
    }

    private static void fill(DatasetGraph dsg, TupleIndexRecord source, TupleIndexRecord target, Directory dir)
            throws IOException {
        int[] from = permutation(source.getName(), target.getName());
        RangeIndex in = source.getRangeIndex();
        int width = in.getRecordFactory().keyLength();
        int slot = width / from.length;
        String unsorted;
        try (IndexOutput out = dir.createTempOutput(target.getName(), "keys", IOContext.DEFAULT)) {
            unsorted = out.getName();
            OfflineSorter.ByteSequencesWriter writer = new OfflineSorter.ByteSequencesWriter(out);
            byte[] key = new byte[width];
            Txn.executeRead(dsg, () -> {
                Iterator<Record> it = in.iterator();
                while (it.hasNext()) {
                    byte[] k = it.next().getKey();
                    for (int i = 0; i < from.length; i++) {
                        System.arraycopy(k, from[i] * slot, key, i * slot, slot);
                    }
                    write(writer, key);
                }
            });
            CodecUtil.writeFooter(out);
        }
        // A BytesRefComparator, not the default comparator: with it each run is sorted by radix instead of by
        // comparisons, which took a fifth of a 100,000-record ingest's CPU. Both order bytes unsigned, as TDB2 does.
        OfflineSorter sorter = new OfflineSorter(dir, target.getName(), BytesRefComparator.NATURAL,
                OfflineSorter.BufferSize.megabytes(SORT_BUFFER_MB), OfflineSorter.MAX_TEMPFILES, width, null, 0);
        String sorted = sorter.sort(unsorted);
        dir.deleteFile(unsorted);
        BPlusTree tree = (BPlusTree) target.getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        try (OfflineSorter.ByteSequencesReader reader = new OfflineSorter.ByteSequencesReader(
                dir.openChecksumInput(sorted, IOContext.READONCE), sorted)) {
            Iterator<Record> keys = new Iterator<>() {
                private BytesRef next = SortedIndexes.next(reader);

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Record next() {
                    Record r = records.create(Arrays.copyOfRange(next.bytes, next.offset, next.offset + next.length));
                    next = SortedIndexes.next(reader);
                    return r;
                }
            };
            if (keys.hasNext()) {
                Txn.executeWrite(dsg, () -> pack(tree, keys));
            }
        }
        dir.deleteFile(sorted);
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

    private static void write(OfflineSorter.ByteSequencesWriter writer, byte[] key) {
        try {
            writer.write(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BytesRef next(OfflineSorter.ByteSequencesReader reader) {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
