package org.trialkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.enrich.drug.DrugLexicon;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.model.Hashes;
import org.trialkg.link.TrialLinker;
import org.trialkg.search.TrialIndex;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.Folders;
import org.trialkg.store.StoreException;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * A trialkg store folder: the TDB2 store of record in {@code tdb2/}, the search index derived from it in
 * {@code lucene/}, the journal of trials whose documents may lag the store in {@code index-pending}, and the drug
 * lexicon (the one the project ships plus any the user loaded).
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(Path.of("trialkg-store"), false)) {
 *     ws.index().search(SearchRequest.of("toripalimab", 10));
 * }
 * }</pre>
 */
public final class Workspace implements AutoCloseable {
    /** The named graph holding the shipped drug lexicon. */
    public static final String LEXICON_GRAPH = TK.ID + "graph/lexicon/shipped";
    /** The named graph holding the ontology, so that queries can use the labels and notations of its concepts. */
    public static final String ONTOLOGY_GRAPH = TK.ID + "graph/ontology";
    static final String ONTOLOGY = "/ontology/trialkg.ttl";
    /** Prefix of the named graphs holding vocabularies loaded by the user. */
    public static final String VOCAB_GRAPH_PREFIX = TK.ID + "graph/vocab/";
    static final String SHIPPED_LEXICON = "/ontology/drugs.ttl";
    /** The file, in the store folder, of the trials stored but not linked yet. */
    public static final String LINK_JOURNAL = "link-pending";
    /**
     * The file, in the store folder, of what the linker blocks on (every trial's title words and keys), kept between
     * runs so that linking after an ingest reads the titles of the trials it changed only.
     */
    public static final String LINK_BLOCKING = "link-blocking";
    /**
     * The file, in the store folder, that marks a bulk load in progress: a bulk load is not a transaction, so a
     * folder holding it was left half loaded, and the next open starts the store again (it held no records before).
     */
    public static final String BULK_MARKER = "bulk-load-in-progress";

    private final Path dir;
    private final TrialStore store;
    private final TrialIndex index;
    private final boolean writable;
    private volatile DrugLexicon lexicon;
    private final IndexJournal journal;
    private final IndexJournal linkJournal;
    private final IndexSync indexSync;
    private final IndexProtocol protocol;
    private volatile Graph concepts;
    private final ConceptLabels conceptLabels = new ConceptLabels(this::concepts);

    private Workspace(Path dir, TrialStore store, TrialIndex index, IndexJournal journal, IndexJournal linkJournal,
            boolean writable) {
        this.dir = dir;
        this.store = store;
        this.index = index;
        this.journal = journal;
        this.linkJournal = linkJournal;
        this.writable = writable;
        this.indexSync = new IndexSync(store, index, journal, this::concepts);
        this.protocol = new IndexProtocol(index, journal, indexSync);
    }

    /**
     * Opens the store folder; {@code writable} for ingest, reindex and loading vocabularies. A writable open first
     * re-derives the documents an interrupted run left behind, saying so on standard error.
     */
    public static Workspace open(Path dir, boolean writable) {
        return open(dir, writable, System.err::println);
    }

    /** Opens the store folder, telling {@code notices} when the index had to be brought back in step. */
    public static Workspace open(Path dir, boolean writable, Consumer<String> notices) {
        if (Files.exists(dir.resolve(BULK_MARKER))) {
            if (!writable) {
                throw new StoreException("the store in " + dir + " is incomplete: a bulk load into it stopped half way;"
                        + " run 'trialkg ingest' on it to start it again", null);
            }
            discardHalfLoaded(dir);
            notices.accept("trialkg: a bulk load into the new store in " + dir + " stopped half way; the store was "
                    + "started again (it held no records before that load): ingest the same input again");
        }
        TrialStore store = TrialStore.open(dir);
        TrialIndex index = null;
        IndexJournal journal = null;
        IndexJournal linkJournal = null;
        try {
            index = TrialIndex.open(dir.resolve("lucene"), writable);
            // Every writing command opens the folder writable, so this is the one place a lagging index is caught.
            journal = writable ? IndexJournal.open(dir.resolve(IndexJournal.FILE_NAME)) : IndexJournal.disabled();
            linkJournal = writable ? IndexJournal.open(dir.resolve(LINK_JOURNAL)) : IndexJournal.disabled();
            Workspace ws = new Workspace(dir, store, index, journal, linkJournal, writable);
            if (writable) {
                int n = ws.protocol.recover();
                if (n > 0) {
                    notices.accept(String.format("trialkg: the search index lagged the store after an interrupted "
                            + "run; re-indexed %,d trial%s", n, n == 1 ? "" : "s"));
                }
            }
            return ws;
        } catch (RuntimeException e) {
            if (linkJournal != null) {
                linkJournal.close();
            }
            if (journal != null) {
                journal.close();
            }
            if (index != null) {
                index.close();
            }
            store.close();
            throw e;
        }
    }

    /** Deletes what an interrupted bulk load left: the database, the index and both journals, then the mark. */
    private static void discardHalfLoaded(Path dir) {
        TrialStore.discard(dir);
        try {
            Folders.delete(dir.resolve("lucene"));
            Files.deleteIfExists(dir.resolve(IndexJournal.FILE_NAME));
            Files.deleteIfExists(dir.resolve(LINK_JOURNAL));
            Files.deleteIfExists(dir.resolve(LINK_BLOCKING));
            Files.delete(dir.resolve(BULK_MARKER));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot clear the half-loaded store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether an ingest may load this workspace in bulk: a store on disk that holds no records yet (a failed bulk
     * load costs nothing stored, and the mark lets the next open start it again).
     */
    public boolean canBulkLoad() {
        return dir != null && writable && store.counts().instancesOf(TK.RegistryRecord.asNode()) == 0
                && roomForBulkLoad(0);
    }

    /**
     * Whether the disk holding the store has room to go on loading in bulk, {@code quads} loaded so far: what they
     * take once more (the other indexes are built at the end, five of them from keys sorted on disk, about 100
     * bytes a quad while one is sorted) and {@link #BULK_FREE_BYTES} besides. The loader's threads do not survive a
     * full disk the way a transaction does (one can die while the others wait on it), so a bulk load ends, and
     * transactions take over, well before the disk is full.
     */
    public boolean roomForBulkLoad(long quads) {
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            return free > BULK_FREE_BYTES + quads * COMPACTED_BYTES_PER_QUAD;
        } catch (IOException e) {
            return false;
        }
    }

    /** Free space a bulk load keeps on the store's disk: a transaction's worth of records (20,000 take 1.2 GB). */
    static final long BULK_FREE_BYTES = 2L << 30;

    /** Marks the folder (synced to disk) and begins the store's bulk load; end it with {@link #endBulkLoad}. */
    public TrialStore.Bulk beginBulkLoad() {
        try {
            Path mark = dir.resolve(BULK_MARKER);
            try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(mark,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
                c.force(true);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot mark the bulk load in " + dir + ": " + e.getMessage(), e);
        }
        return store.beginBulk();
    }

    /**
     * Finishes the bulk load: the store's indexes and statistics, the search index committed, then the mark
     * removed. The documents of the loaded trials must be in the index before this.
     */
    public void endBulkLoad(TrialStore.Bulk bulk) {
        bulk.finish();
        index.commit();
        try {
            Files.delete(dir.resolve(BULK_MARKER));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot clear the bulk load mark in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A workspace in memory, for tests; no crash can leave it behind, so it keeps no journal. */
    public static Workspace inMemory() {
        return new Workspace(null, TrialStore.inMemory(), TrialIndex.inMemory(), IndexJournal.disabled(),
                IndexJournal.disabled(), true);
    }

    public Path dir() {
        return dir;
    }

    public TrialStore store() {
        return store;
    }

    public TrialIndex index() {
        return index;
    }

    public IndexSync indexSync() {
        return indexSync;
    }

    /** The trials whose documents may lag the store (empty and inert for a read-only or in-memory workspace). */
    public IndexJournal journal() {
        return journal;
    }

    /**
     * The trials stored but not linked yet: an ingest lists the trials of each batch here before the store commits
     * it, and linking forgets them once their links are stored. A run killed before it linked, or run with
     * {@code --no-link}, leaves them for the next run that links.
     */
    public IndexJournal linkPending() {
        return linkJournal;
    }

    /**
     * Links the records of one trial across registries after a change (every trial when {@code changedTrials} is
     * null), with every trial an earlier run stored without linking; stores the links and rewrites the documents of
     * the trials whose group changed, through the protocol.
     */
    public TrialLinker.Report link(TrialLinker linker, Collection<String> changedTrials) {
        long mark = linkJournal.append(Set.of());
        Set<String> todo = null;
        if (changedTrials != null) {
            todo = new java.util.LinkedHashSet<>(linkJournal.pending());
            todo.addAll(changedTrials);
        }
        if (dir != null) {
            linker.keepBlockingIn(dir.resolve(LINK_BLOCKING));
        }
        TrialLinker.Linked l = linker.link(todo);
        protocol.applyNow(IndexProtocol.Change.of(Set.copyOf(l.report().reindex()), () -> linker.store(l)));
        linkJournal.clearThrough(mark);
        return l.report();
    }

    /**
     * Compacts the store when its folder holds more than {@link #COMPACT_WHEN_GROWN} times what its quads need
     * compacted, so that a store never takes much more than twice its final size while it is written. Waits for
     * the index first. Returns the folder's size before and after, or empty when it needed no compaction.
     */
    public Optional<long[]> compactIfGrown() {
        if (dir == null || !shouldCompact(store.diskSize(), store.counts().quads())) {
            return Optional.empty();
        }
        protocol.flush();
        return Optional.of(store.compact());
    }

    /**
     * Bytes a quad takes in a compacted store: 705 MB for the 1.85 million quads of the legacy XML subset and the
     * Alzheimer CSV of {@code ../shared/data} (380 bytes), where {@code tdb2.tdbloader} made 709 MB of the same quads.
     */
    static final long COMPACTED_BYTES_PER_QUAD = 380;
    /** A store is compacted once it holds twice what its quads need; TDB2 never reuses the blocks it copies. */
    static final double COMPACT_WHEN_GROWN = 2.0;
    /** Below this a store is not worth compacting: a new store's files take tens of MB before any data. */
    static final long COMPACT_FROM_BYTES = 256L << 20;

    static boolean shouldCompact(long diskBytes, long quads) {
        return diskBytes > COMPACT_FROM_BYTES && diskBytes > COMPACT_WHEN_GROWN * quads * COMPACTED_BYTES_PER_QUAD;
    }

    /** The one way a change reaches the store and the index: see {@link IndexProtocol}. */
    public IndexProtocol protocol() {
        return protocol;
    }

    /** The drug lexicon: the shipped vocabulary and every vocabulary loaded into the store. Built once. */
    public DrugLexicon lexicon() {
        DrugLexicon l = lexicon;
        if (l == null) {
            synchronized (this) {
                if (lexicon == null) {
                    lexicon = buildLexicon();
                }
                l = lexicon;
            }
        }
        return l;
    }

    /**
     * Puts the ontology and the shipped lexicon into the store when missing or changed, so that SPARQL sees drug
     * names and the notations of phases, statuses and the other enumerations.
     */
    public void ensureVocabularies() {
        if (!writable) {
            return;
        }
        ensureGraph(ONTOLOGY_GRAPH, resourceBytes(ONTOLOGY));
        // The generated drug names (142,000 triples) are not copied into every store: a 20 MB disk filled up with
        // them before any ingest. The lexicon reads them from the classpath.
        ensureGraph(LEXICON_GRAPH, resourceBytes(SHIPPED_LEXICON));
    }

    private void ensureGraph(String name, byte[] bytes) {
        String hash = Hashes.sha256(bytes);
        Node g = NodeFactory.createURI(name);
        if (store.contentHash(g).filter(hash::equals).isPresent()) {
            return;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, new java.io.ByteArrayInputStream(bytes), Lang.TURTLE);
        graph.add(g, TK.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        store.write(List.of(new GraphWrite(g, graph)));
    }

    /**
     * The drug concepts in memory: the shipped lexicon and every vocabulary loaded into the store, as the store
     * holds them. An ingest reads a new record's drug names and classes from here instead of from the store.
     */
    public Graph concepts() {
        Graph c = concepts;
        if (c == null) {
            synchronized (this) {
                if (concepts == null) {
                    concepts = readConcepts();
                }
                c = concepts;
            }
        }
        return c;
    }

    /** The generated names of the concepts records use, written beside them (see {@link ConceptLabels}). */
    ConceptLabels conceptLabels() {
        return conceptLabels;
    }

    private Graph readConcepts() {
        Graph all = loadedVocabularies();
        // the curated names only, as the store holds them: the index projection of a record in memory must be the
        // one the store gives (the generated names stay on the classpath, see ensureVocabularies)
        RDFDataMgr.read(all, new java.io.ByteArrayInputStream(resourceBytes(SHIPPED_LEXICON)), Lang.TURTLE);
        return all;
    }

    // The shipped scheme goes in first: where two schemes name a drug differently, the curated names win. A store
    // without vocabularies of its own shares the process's shipped lexicon.
    private DrugLexicon buildLexicon() {
        Model loaded = ModelFactory.createModelForGraph(loadedVocabularies());
        if (loaded.isEmpty()) {
            return SkosDrugLexicon.shipped();
        }
        return SkosDrugLexicon.builder().knownWords(SkosDrugLexicon.shippedKnownWords())
                .add(SkosDrugLexicon.shippedModel()).add(loaded).build();
    }

    private Graph loadedVocabularies() {
        Graph loaded = GraphFactory.createDefaultGraph();
        store.readDataset(dsg -> {
            vocabularyGraphs(dsg).forEach(gn -> dsg.getGraph(gn).find().forEachRemaining(loaded::add));
            return null;
        });
        return loaded;
    }

    /**
     * The graphs of the vocabularies loaded into a store ({@link VocabularyLoad}), found by the concepts' preferred
     * labels, which no record writes: listing every graph name to pick them out costs a seek and a node lookup per
     * record, about a million at 600,000 trials, and every ingest reads them.
     */
    static Set<Node> vocabularyGraphs(DatasetGraph dsg) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        Node seen = null;
        for (var it = dsg.find(Node.ANY, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY); it.hasNext(); ) {
            Node g = it.next().getGraph();
            if (!g.equals(seen) && g.isURI() && g.getURI().startsWith(VOCAB_GRAPH_PREFIX)) {
                out.add(g);
            }
            seen = g;
        }
        return out;
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = Workspace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        protocol.close();
        try {
            index.close();
        } finally {
            try {
                journal.close();
                linkJournal.close();
            } finally {
                store.close();
            }
        }
    }
}
