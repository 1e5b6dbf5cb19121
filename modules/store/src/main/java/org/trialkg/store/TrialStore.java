package org.trialkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.trialkg.vocab.TK;

/**
 * The TDB2 store of record: one named graph per source record, replaced whole on re-ingest, written in batches of
 * many graphs per transaction so that a failed batch leaves nothing half-written.
 *
 * <pre>{@code
 * try (TrialStore store = TrialStore.open(Path.of("trialkg-store"))) {
 *     store.write(List.of(new GraphWrite(graphName, graph)));
 *     long n = store.read(union -> (long) union.size());
 * }
 * }</pre>
 */
public final class TrialStore implements AutoCloseable {
    /** Whether this process has opened a store on disk: the file mode is fixed from then on. */
    private static final AtomicBoolean OPENED = new AtomicBoolean();

    /**
     * The blocks of 8 KB that TDB2 is asked to keep in the heap for each of the store's files when it reads them
     * directly, for reads and for writes: 2,000 each (16 MB), where its default reads 10,000 (80 MB a file, over a
     * store's twenty-odd files).
     */
    private static final StoreParams DIRECT_CACHES = StoreParamsBuilder.create()
            .blockReadCacheSize(2000).blockWriteCacheSize(2000).build();

    /** The named graph holding the store's statistics, kept up to date by every write (VoID terms). */
    public static final String STATISTICS_GRAPH = TK.ID + "graph/statistics";
    private static final Node STATISTICS = NodeFactory.createURI(STATISTICS_GRAPH);
    private static final Node DATASET = NodeFactory.createURI(TK.ID + "statistics");
    /**
     * The named graph of the organisations that sponsor or collaborate on trials, each with every name a record has
     * given it ({@code rdfs:label}), kept by the store on every write as the statistics are. A query finds an
     * organisation by name here in one graph; over the records it reads each organisation once per record that
     * names it, as sponsor or as a site's facility (3.2 million statements of type at 600,000 trials, for some
     * 20,000 organisations). A name stays when the record that gave it is replaced or removed.
     */
    public static final String ORGANISATIONS_GRAPH = TK.ID + "graph/organisations";
    private static final Node ORGANISATIONS = NodeFactory.createURI(ORGANISATIONS_GRAPH);
    /** The classes whose instances the statistics count: what {@code trialkg stats} prints without a scan. */
    private static final List<Node> COUNTED = List.of(TK.RegistryRecord.asNode(), TK.Site.asNode());
    private final Path dir;
    private final Dataset dataset;

    private TrialStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Has this process read the stores' files into a block cache of its own (TDB2's direct file mode) instead of
     * mapping them into memory, for a run that writes here and there in a store larger than memory, as an ingest of
     * changed records does. Through a mapping, each page the kernel does not hold is a fault, and the kernel reads a
     * whole read-ahead window around it (8 MB on the machine the project is built on): on the 600,000-trial store,
     * 1,000 changed records read 12.6 GB in the 180 s it took to read 979 of them; read directly, 1,000 took 43 s
     * and 512 MB (2026-12-01, other records each time, linking and JVM start included). It holds for the whole
     * process, and only before the process opens its first store: false, and nothing changed, when that is too late.
     * A bulk load, a link and the commands that read keep the mapping (a link of that store, which reads every
     * trial's features, took 2.8 times as long read directly).
     */
    public static boolean readFilesDirectly() {
        if (OPENED.get()) {
            return false;
        }
        SystemIndex.setFileMode(FileMode.direct);
        return true;
    }

    /** Whether {@code dir} holds a store's database already (an ingest into it writes among existing records). */
    public static boolean exists(Path dir) {
        return Files.isDirectory(database(dir));
    }

    /** The TDB2 database folder of the store in {@code dir}. */
    private static Path database(Path dir) {
        return dir.resolve("tdb2");
    }

    /** Opens (creating if needed) the store in {@code dir/tdb2}. */
    public static TrialStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        OPENED.set(true);
        Path db = database(dir);
        Dataset ds = SystemIndex.fileMode() == FileMode.direct
                ? DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(db), DIRECT_CACHES))
                : TDB2Factory.connectDataset(db.toString());
        // SPARQL without GRAPH sees every record: the default graph is the union of the named graphs.
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        TrialStore store = new TrialStore(dir, ds);
        store.keepOrganisations();
        return store;
    }

    /**
     * Fills the organisations graph of a store written before the store kept it, once: from every sponsorship of
     * every record graph (13.9 s for the bench's store of 100,000 records, the command's JVM included).
     */
    private void keepOrganisations() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean missing = Txn.calculateRead(dataset, () -> !any(dsg, ORGANISATIONS, Node.ANY, Node.ANY, Node.ANY)
                && any(dsg, Node.ANY, Node.ANY, RDF.type.asNode(), TK.Sponsorship.asNode()));
        if (!missing) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            StoreCounts kept = readStatistics();
            StoreCounts.Delta delta = new StoreCounts.Delta();
            Set<Triple> names = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), TK.Sponsorship.asNode()).forEachRemaining(q ->
                    dsg.find(q.getGraph(), q.getSubject(), TK.organization.asNode(), Node.ANY).forEachRemaining(o -> {
                        Node org = o.getObject();
                        names.add(Triple.create(org, RDF.type.asNode(), TK.Organization.asNode()));
                        dsg.find(q.getGraph(), org, RDFS.label.asNode(), Node.ANY)
                                .forEachRemaining(l -> names.add(l.asTriple()));
                    }));
            names.forEach(t -> addOrganisationName(dsg, t, delta));
            if (kept != null) {
                writeStatistics(kept.plus(delta));
            }
        });
    }

    private static boolean any(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = dsg.find(g, s, p, o);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    /**
     * The statements the organisations graph keeps of a record graph: each organisation a sponsorship of it names,
     * typed, with the names the graph gives it.
     */
    static List<Triple> organisationNames(Graph content) {
        List<Triple> out = new ArrayList<>();
        content.find(Node.ANY, TK.organization.asNode(), Node.ANY).forEachRemaining(t -> {
            if (content.contains(t.getSubject(), RDF.type.asNode(), TK.Sponsorship.asNode())) {
                Node org = t.getObject();
                out.add(Triple.create(org, RDF.type.asNode(), TK.Organization.asNode()));
                content.find(org, RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
            }
        });
        return out;
    }

    /**
     * Deletes the database in {@code dir/tdb2}, releasing it first if this process has it open: for a store that a
     * bulk load left half written.
     */
    public static void discard(Path dir) {
        Path db = database(dir);
        org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(org.apache.jena.dboe.base.file.Location.create(db.toString()), true);
        try {
            Folders.delete(db);
            Folders.delete(sortFolder(dir));
        } catch (IOException e) {
            throw new StoreException("cannot delete the database " + db + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store, for tests. */
    public static TrialStore inMemory() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TrialStore(null, ds);
    }

    /** The folder the store lives in; null for an in-memory store. */
    public Path dir() {
        return dir;
    }

    /** The dataset, for queries; callers wrap access in a transaction ({@link Txn}). */
    public Dataset dataset() {
        return dataset;
    }

    /** The content hash recorded for a record graph, or empty when the graph is not stored. */
    public Optional<String> contentHash(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(graph, graph, TK.contentHash.asNode(), Node.ANY);
            try {
                return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
            } finally {
                Iter.close(it);
            }
        });
    }

    /** Replaces each graph with its new content, all in one transaction: all of them are written, or none. */
    public void write(List<GraphWrite> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try (Batch b = begin()) {
            batch.forEach(b::replace);
            b.commit();
        }
    }

    /**
     * Begins a write transaction that graphs are added to one at a time, so that a large transaction never holds
     * its graphs in memory; nothing of it is visible, or kept, until {@link Batch#commit()}. The transaction
     * belongs to the calling thread: replace, commit and close it there.
     */
    public Batch begin() {
        return new Batch();
    }

    /** A write transaction in progress; closing it without a commit discards it. */
    public final class Batch implements AutoCloseable {
        private final StoreCounts.Delta delta = new StoreCounts.Delta();
        private int graphs;
        private boolean ended;

        private final StoreCounts before;

        private Batch() {
            dataset.begin(TxnType.WRITE);
            // counted before any change: a store without statistics yet is scanned once, as it was
            StoreCounts kept = readStatistics();
            before = kept != null ? kept : scan();
        }

        /** Replaces the graph with its new content, within this transaction. */
        public void replace(GraphWrite w) {
            if (ended) {
                throw new IllegalStateException("store batch: already committed or closed");
            }
            TrialStore.this.replace(w, delta);
            graphs++;
        }

        /** Removes the graph, within this transaction. */
        public void remove(Node graph) {
            if (ended) {
                throw new IllegalStateException("store batch: already committed or closed");
            }
            TrialStore.this.remove(graph, delta);
        }

        /** The store as this transaction sees it, its own changes included: for reads on the batch's thread. */
        public DatasetGraph graphs() {
            if (ended) {
                throw new IllegalStateException("store batch: already committed or closed");
            }
            return dataset.asDatasetGraph();
        }

        /** Graphs replaced so far. */
        public int size() {
            return graphs;
        }

        /** Makes every replacement durable and visible, with the statistics that count them. */
        public void commit() {
            if (ended) {
                throw new IllegalStateException("store batch: already committed or closed");
            }
            writeStatistics(before.plus(delta));
            dataset.commit();
            dataset.end();
            ended = true;
        }

        @Override
        public void close() {
            if (!ended) {
                ended = true;
                try {
                    dataset.abort();
                } finally {
                    dataset.end();
                }
            }
        }
    }

    /**
     * Begins a bulk load: graphs go through TDB2's phased loader, which fills the primary indexes as the graphs come;
     * the secondary quad indexes are packed from them at the end ({@link SortedIndexes}), instead of inserting quad
     * by quad into six B+trees in one thread. It is not a transaction: the loader holds the store exclusively until
     * {@link Bulk#finish()} (nothing can read it meanwhile, this thread included), and a load that stops half way
     * leaves the store unusable. So it is
     * for a store that holds no records yet, and the caller marks the folder for the time of the load (see the
     * workspace), so that an interrupted load is started again rather than read. Each graph's name must be new to
     * the store and to the load: the loader adds quads, it never replaces a graph.
     */
    public Bulk beginBulk() {
        if (dir == null) {
            throw new IllegalStateException("store bulk load: only into a store on disk");
        }
        return new Bulk();
    }

    /**
     * TDB2's phased plan without its secondary quad indexes: the loader fills SPO and GSPO as the graphs come and POS
     * and OSP (the default graph's few triples) from them; the other quad indexes are packed from sorted keys after
     * it ({@link SortedIndexes}).
     */
    private static final LoaderPlan PHASED_THEN_SORTED = phasedWithout(SortedIndexes.AFTER_LOADER);

    private static LoaderPlan phasedWithout(List<String> sorted) {
        LoaderPlan p = LoaderPlans.loaderPlanPhased;
        String[][] quads = Arrays.stream(p.secondaryIndex4())
                .map(group -> Arrays.stream(group).filter(name -> !sorted.contains(name)).toArray(String[]::new))
                .filter(group -> group.length > 0).toArray(String[][]::new);
        return new LoaderPlan(p.dataInputType(), p.primaryLoad3(), p.primaryLoad4(), p.secondaryIndex3(), quads);
    }

    /** Where a bulk load sorts index keys; deleted after it, and with a load that stopped half way. */
    private static Path sortFolder(Path dir) {
        return dir.resolve("bulk-sort");
    }

    /** A bulk load in progress; see {@link #beginBulk()}. The load belongs to the calling thread. */
    public final class Bulk implements AutoCloseable {
        private final StoreCounts before;
        private final StoreCounts.Delta delta = new StoreCounts.Delta();
        private final DataLoader loader;
        private final boolean parallel;
        private final StreamRDF out;
        private final Set<Triple> organisations = new HashSet<>();
        private boolean ended;

        private Bulk() {
            before = counts();
            // TDB2's phased loader fills the primary indexes first and builds the others after: at 600,000 records
            // (a 40 GB store, more than memory) it wrote 80 GB where the parallel loader, filling every index at
            // once, wrote 797 GB, and took 0.88x the time (README, "Performance"). It would fill the secondary quad
            // indexes by inserting every quad in GSPO's order, at random for SPOG, POSG and OSPG; they are packed
            // from sorted keys at the end instead (SortedIndexes): at 600,000 records a 27 GB store, not 41.
            // -Dtrialkg.bulkLoader=parallel selects the parallel loader, for measuring against it.
            parallel = "parallel".equals(System.getProperty("trialkg.bulkLoader"));
            loader = parallel
                    ? LoaderFactory.parallelLoader(dataset.asDatasetGraph(), (fmt, args) -> { })
                    : LoaderFactory.createLoader(PHASED_THEN_SORTED, dataset.asDatasetGraph(), (fmt, args) -> { });
            loader.startBulk();
            out = loader.stream();
            out.start();
        }

        /** Adds a graph that the store does not hold. */
        public void add(GraphWrite w) {
            if (ended) {
                throw new IllegalStateException("store bulk load: already finished");
            }
            Node g = w.graph();
            refuseKeptGraph(g);
            w.content().find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
            countAdded(w.content(), delta);
            // a bulk load is into a store without records, so without organisations: each name once, from memory
            for (Triple t : organisationNames(w.content())) {
                if (organisations.add(t)) {
                    out.quad(Quad.create(ORGANISATIONS, t));
                    delta.graphs += organisations.size() == 1 ? 1 : 0;
                    delta.quads++;
                }
            }
        }

        /** Quads added so far. */
        public long quads() {
            return delta.quads();
        }

        /** Builds the remaining indexes and stores the statistics; the store is readable again after it. */
        public void finish() {
            if (ended) {
                throw new IllegalStateException("store bulk load: already finished");
            }
            ended = true;
            out.finish();
            loader.finishBulk();
            if (!parallel) {
                SortedIndexes.fill(dataset.asDatasetGraph(), SortedIndexes.AFTER_LOADER, sortFolder(dir));
            }
            Txn.executeWrite(dataset, () -> writeStatistics(before.plus(delta)));
        }

        /** Ends a load that did not finish: the store is then unusable until it is started again. */
        @Override
        public void close() {
            if (!ended) {
                ended = true;
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            }
        }
    }

    /** Removes the named graphs, in one transaction. */
    public void delete(List<Node> graphs) {
        try (Batch b = begin()) {
            graphs.forEach(b::remove);
            b.commit();
        }
    }

    /**
     * Makes the named graph hold exactly the new content, touching only the quads that differ: a new version of a
     * record mostly repeats the old one (an amended summary changes one triple of about 180), and TDB2 pays for each
     * quad it deletes or adds in every one of its indexes, copying the blocks it touches. Against deleting the old
     * graph whole and adding the new one, 1,000 changed records into a 17,049-trial store took 14.6 and 13.9 s
     * instead of 21.4 and 20.4 s, and grew the store by 147 MB instead of 586 MB (2026-12-01, the same store copied
     * for each). Blank nodes of the new content never equal stored ones, so triples holding them are written again.
     */
    private void replace(GraphWrite w, StoreCounts.Delta delta) {
        Node g = w.graph();
        refuseKeptGraph(g);
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph content = w.content();
        Set<Triple> kept = new HashSet<>();
        List<Quad> gone = new ArrayList<>();
        long before = 0;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            before++;
            if (content.contains(q.asTriple())) {
                kept.add(q.asTriple());
            } else {
                gone.add(q);
            }
        }
        if (before > 0) {
            delta.add(count(before, cls -> Iter.count(dsg.find(g, Node.ANY, RDF.type.asNode(), cls))), -1);
        }
        gone.forEach(dsg::delete);
        content.find().forEach(t -> {
            if (!kept.contains(t)) {
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        countAdded(content, delta);
        organisationNames(content).forEach(t -> addOrganisationName(dsg, t, delta));
    }

    /** Adds a statement to the organisations graph unless it holds it, counting it (and the graph, if new). */
    private static void addOrganisationName(DatasetGraph dsg, Triple t, StoreCounts.Delta delta) {
        if (dsg.contains(ORGANISATIONS, t.getSubject(), t.getPredicate(), t.getObject())) {
            return;
        }
        delta.graphs += any(dsg, ORGANISATIONS, Node.ANY, Node.ANY, Node.ANY) ? 0 : 1;
        dsg.add(ORGANISATIONS, t.getSubject(), t.getPredicate(), t.getObject());
        delta.quads++;
    }

    /** Adds a graph's quads and counted instances to the delta. */
    private static void countAdded(Graph content, StoreCounts.Delta delta) {
        StoreCounts.Delta added = count(content.size(),
                cls -> (long) content.find(Node.ANY, RDF.type.asNode(), cls).toList().size());
        if (added.quads() > 0) {
            delta.add(added, 1);
        }
    }

    /** Refuses a write to a graph the store keeps itself: its statistics, its organisations. */
    private static void refuseKeptGraph(Node g) {
        if (g.equals(STATISTICS) || g.equals(ORGANISATIONS)) {
            throw new IllegalArgumentException("graph " + g + " is kept by the store itself");
        }
    }

    private void remove(Node g, StoreCounts.Delta delta) {
        refuseKeptGraph(g);
        DatasetGraph dsg = dataset.asDatasetGraph();
        long quads = Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        if (quads == 0) {
            return;
        }
        delta.add(count(quads, cls -> Iter.count(dsg.find(g, Node.ANY, RDF.type.asNode(), cls))), -1);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    private static StoreCounts.Delta count(long quads, Function<Node, Long> instances) {
        StoreCounts.Delta d = new StoreCounts.Delta();
        d.quads = quads;
        d.graphs = 1;
        for (Node cls : COUNTED) {
            d.instances.put(cls, instances.apply(cls));
        }
        return d;
    }

    /**
     * What the store holds, from the statistics every write keeps (no scan): quads and graphs, and instances of the
     * counted classes. A store written before it kept statistics is counted once, here, and the counts stored.
     */
    public StoreCounts counts() {
        StoreCounts kept = Txn.calculateRead(dataset, this::readStatistics);
        if (kept != null) {
            return kept;
        }
        Txn.executeWrite(dataset, () -> {
            if (readStatistics() == null) {
                writeStatistics(scan());
            }
        });
        return Txn.calculateRead(dataset, this::readStatistics);
    }

    private StoreCounts scan() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        long graphs = 0;
        long quads = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.equals(STATISTICS)) {
                graphs++;
                quads += Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
            }
        }
        Map<Node, Long> instances = new LinkedHashMap<>();
        for (Node cls : COUNTED) {
            instances.put(cls, Iter.count(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls)));
        }
        return new StoreCounts(graphs, quads, instances);
    }

    private StoreCounts readStatistics() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Long quads = number(dsg, DATASET, VOID.triples.asNode());
        Long graphs = number(dsg, DATASET, VOID.documents.asNode());
        if (quads == null || graphs == null) {
            return null;
        }
        Map<Node, Long> instances = new LinkedHashMap<>();
        for (Node cls : COUNTED) {
            Long n = number(dsg, partition(cls), VOID.entities.asNode());
            instances.put(cls, n == null ? 0L : n);
        }
        return new StoreCounts(graphs, quads, instances);
    }

    // void:triples counts the quads of every graph but this one; void:documents the graphs (one per record).
    private void writeStatistics(StoreCounts c) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(STATISTICS, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(STATISTICS, DATASET, RDF.type.asNode(), VOID.Dataset.asNode());
        dsg.add(STATISTICS, DATASET, VOID.triples.asNode(), literal(c.quads()));
        dsg.add(STATISTICS, DATASET, VOID.documents.asNode(), literal(c.graphs()));
        for (Map.Entry<Node, Long> e : c.instances().entrySet()) {
            Node p = partition(e.getKey());
            dsg.add(STATISTICS, DATASET, VOID.classPartition.asNode(), p);
            dsg.add(STATISTICS, p, VOID._class.asNode(), e.getKey());
            dsg.add(STATISTICS, p, VOID.entities.asNode(), literal(e.getValue()));
        }
    }

    private static Node partition(Node cls) {
        return NodeFactory.createURI(TK.ID + "statistics/" + cls.getLocalName());
    }

    private static Node literal(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static Long number(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(STATISTICS, s, p, Node.ANY);
        try {
            return it.hasNext() ? Long.valueOf(it.next().getObject().getLiteralLexicalForm()) : null;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * Writes the live data into a new generation of the database and deletes the old one, giving back the space
     * that earlier transactions left behind (TDB2 never overwrites a block in place). Returns the folder's size
     * before and after, in bytes.
     */
    public long[] compact() {
        long before = diskSize();
        if (dir != null) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
        return new long[] {before, diskSize()};
    }

    /** Bytes the store's database folder takes on disk; 0 for an in-memory store. */
    public long diskSize() {
        if (dir == null) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(database(dir))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store folder " + dir, e);
        }
    }

    /** Runs a function over the whole dataset, graph by graph, inside a read transaction. */
    public <T> T readDataset(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.asDatasetGraph()));
    }

    /**
     * Runs a SPARQL query over the store (its default graph the union of the records) inside a read transaction;
     * the function reads the results before the transaction ends.
     */
    public <T> T query(Query query, Function<QueryExecution, T> results) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return results.apply(qe);
            }
        });
    }

    /** Runs a function over the union of all named graphs inside a read transaction. */
    public <T> T read(Function<Graph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(UnionView.of(dataset.asDatasetGraph())));
    }

    /** Node for a graph name. */
    public static Node graphName(String iri) {
        return NodeFactory.createURI(iri);
    }


    @Override
    public void close() {
        dataset.close();
    }

}
