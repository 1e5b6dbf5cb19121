package org.trialkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.trialkg.enrich.Enricher;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.SourceWalker;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.GraphReader;
import org.trialkg.rdf.Iris;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.rdf.TrialView;
import org.trialkg.search.TrialDocument;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * Runs an ingest: walks the inputs, reads, enriches and maps records on worker threads, and writes them through one
 * writer in batches: the trials the batch touches go into the index journal, then a store transaction, then their
 * index documents; an index commit clears the journal up to the batches it covers. A bad file or record is reported
 * and counted; the rest goes on (unless the run is strict).
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(Path.of("trialkg-store"), true)) {
 *     IngestReport report = new Ingest(ws, IngestOptions.DEFAULT, System.err::println).run(List.of(Path.of("data")));
 * }
 * }</pre>
 */
public final class Ingest {
    private static final Object END = new Object();
    /**
     * Mapped records waiting for the writer. The writer streams them into its open transaction, so the queue only
     * smooths the readers' pace: a few hundred records (a few MB) keep it busy, whatever the batch size.
     */
    private static final int QUEUE_CAPACITY = 256;

    private final Workspace ws;
    private final IngestOptions options;
    private final Consumer<String> progress;
    private final FormatDetector detector;
    private final Enricher enricher;
    private final RecordMapper mapper = new RecordMapper();
    private final LongConsumer recordsRead;

    public Ingest(Workspace ws, IngestOptions options, Consumer<String> progress) {
        this(ws, options, progress, Components.detector(ws.lexicon()));
    }

    /**
     * With a listener told the running count of records read after each record (on the reader threads, so it must
     * be quick and thread-safe): for a progress display within a large file. The "records read" lines this class
     * prints between files are then left to the listener.
     */
    public Ingest(Workspace ws, IngestOptions options, Consumer<String> progress, LongConsumer recordsRead) {
        this(ws, options, progress, Components.detector(ws.lexicon()), recordsRead);
    }

    /** With the readers given, so that a test can put in a reader that fails as no real one can on demand. */
    Ingest(Workspace ws, IngestOptions options, Consumer<String> progress, FormatDetector detector) {
        this(ws, options, progress, detector, null);
    }

    private Ingest(Workspace ws, IngestOptions options, Consumer<String> progress, FormatDetector detector,
            LongConsumer recordsRead) {
        this.recordsRead = recordsRead;
        this.ws = ws;
        this.options = options;
        this.progress = progress;
        this.detector = detector;
        this.enricher = Components.enrichers(ws.lexicon());
    }

    /** Ingests every file, folder and zip archive given. */
    public IngestReport run(List<Path> paths) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> byFormat = Collections.synchronizedMap(new LinkedHashMap<>());
        AtomicLong inputs = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        Consumer<Problem> report = p -> {
            problems.add(p);
            if (options.strict()) {
                throw new StrictFailure(p);
            }
        };
        ws.ensureVocabularies();
        // A store with no records yet is loaded in bulk: nothing in it can be unchanged, so the readers look up no
        // content hashes (the loader holds the store exclusively); a record read twice in one run waits for the
        // load's end, as only a transaction replaces a graph, and a batch of such records ends the load early.
        boolean bulk = options.bulk() && ws.canBulkLoad();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        Writer writer = new Writer(queue, report, bulk);
        Thread writerThread = new Thread(writer, "trialkg-writer");
        writerThread.start();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "trialkg-reader");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> pending = new ArrayList<>();
        Progress meter = new Progress(recordsRead == null ? progress : line -> { }, records);
        // At most a few inputs wait per worker, so that walking a large zip never buffers more than that.
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(options.threads() * 4);
        try {
            new SourceWalker(report).walk(paths, input -> {
                writer.checkAlive();
                inputs.incrementAndGet();
                if (input.readOnce()) {
                    // a large zip entry streams from its archive: read it before the walk moves on
                    readOne(input, queue, writer, report, records, unchanged, byFormat, bulk);
                } else {
                    inFlight.acquireUninterruptibly();
                    pending.add(workers.submit(() -> {
                        try {
                            readOne(input, queue, writer, report, records, unchanged, byFormat, bulk);
                        } finally {
                            inFlight.release();
                        }
                    }));
                }
                drainDone(pending);
                meter.tick();
            });
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (StrictFailure e) {
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof StrictFailure sf) {
                throw sf;
            }
            if (e.getCause() instanceof Stopped st) {
                throw st;
            }
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            workers.shutdownNow();
            // A writer that died takes nothing more: END is then not waited for.
            while (writerThread.isAlive() && !offer(queue, END)) {
                Thread.onSpinWait();
            }
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.checkAlive();
        return new IngestReport(inputs.get(), records.get(), writer.stored, unchanged.get(), writer.older, Map.copyOf(byFormat),
                List.copyOf(problems), writer.changedTrials);
    }

    private void readOne(SourceInput input, BlockingQueue<Object> queue, Writer writer, Consumer<Problem> report,
            AtomicLong records, AtomicLong unchanged, Map<String, Long> byFormat, boolean bulk) {
        Optional<SourceReader> reader = detector.detect(input);
        if (reader.isEmpty()) {
            report.accept(new Problem(input.name(), "", Problem.Stage.DETECT, "not a format trialkg reads ("
                    + describeHead(input) + ")"));
            return;
        }
        RecordSink sink = new RecordSink() {
            @Override
            public void record(TrialRecord record) {
                long read = records.incrementAndGet();
                if (recordsRead != null) {
                    recordsRead.accept(read);
                }
                byFormat.merge(record.source().layout(), 1L, Long::sum);
                Node graph = NodeFactory.createURI(Iris.record(record));
                if (!bulk && !options.force() && ws.store().contentHash(graph)
                        .filter(h -> h.equals(record.source().contentHash())).isPresent()) {
                    unchanged.incrementAndGet();
                    return;
                }
                String key = record.primaryId().map(Object::toString).orElse(record.source().recordKey());
                Mapped mapped;
                try {
                    MappedRecord m = mapper.map(enricher.enrich(record));
                    // The record's own search document, built here on the reader threads from the record in
                    // memory; the writer uses it unless the store holds other records of the trial.
                    String trial = m.trial().getURI();
                    TrialDocument doc = new IndexProjection(new Union(m.alone(), ws.concepts()), ws.concepts())
                            .project(trial)
                            .map(IndexProjection.Projected::document).filter(d -> d.iri().equals(trial)).orElse(null);
                    // and, for a bulk load (which cannot read the store), the trial's view from this record alone
                    Graph view = bulk ? m.view() : null;
                    mapped = new Mapped(m, doc, view);
                } catch (RuntimeException e) {
                    report.accept(new Problem(input.name(), key, Problem.Stage.MAP, failure(e)));
                    return;
                }
                // Never blocks for ever: when the writer has stopped, this throws and the reader stops too.
                while (!offer(queue, mapped)) {
                    writer.checkAlive();
                }
            }

            @Override
            public void problem(Problem problem) {
                report.accept(problem);
            }

            @Override
            public void note(Problem note) {
                progress.accept("note: " + note.oneLine());
            }
        };
        try {
            reader.get().read(input, sink);
        } catch (StrictFailure | Stopped e) {
            throw e;
        } catch (java.io.IOException | RuntimeException e) {
            report.accept(new Problem(input.name(), "", Problem.Stage.READ, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (Error e) {
            // Out of memory, a stack overflow, a fault on a mapped file: nothing after it can be trusted, so the run
            // stops; what the writer committed before stays.
            throw new Stopped("ingest stopped while reading " + input.name() + ": " + cause(e), e);
        }
    }

    /** A failure in one line: its kind and first message line, and what it usually means where that is known. */
    static String cause(Throwable t) {
        String m = t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse(""));
        // TDB2 writes through memory-mapped files, so a full disk shows as a fault on a mapped page rather than as
        // an IOException saying so.
        if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
            m += " (is the disk holding the store full?)";
        }
        return m;
    }

    /** Puts into the queue, waiting a little; false when it stayed full. */
    private static boolean offer(BlockingQueue<Object> queue, Object o) {
        try {
            return queue.offer(o, 200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    private static String describeHead(SourceInput input) {
        if (input.head().length == 0) {
            return "empty file";
        }
        String first = input.headText().strip().lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
        return "name " + input.fileName() + ", starts with '" + first.substring(0, Math.min(40, first.length())) + "'";
    }

    private static void drainDone(List<Future<?>> pending) {
        pending.removeIf(f -> {
            if (!f.isDone()) {
                return false;
            }
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof StrictFailure sf) {
                    throw sf;
                }
                if (e.getCause() instanceof Stopped st) {
                    throw st;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
    }

    /**
     * A record ready to store, with the search document built from it alone (null when it has none) and, in a bulk
     * load, its trial's view from it alone.
     */
    private record Mapped(MappedRecord record, TrialDocument document, Graph view) {}

    /**
     * The single writer: adds mapped records to an open store transaction as they come (so that a batch of any size
     * holds only its trial IRIs and documents in memory), and commits each batch through the index protocol.
     */
    private final class Writer implements Runnable {
        private final BlockingQueue<Object> queue;
        private final Consumer<Problem> report;
        private long stored;
        private long older;
        private final Set<String> changedTrials = new LinkedHashSet<>();
        // Any Throwable: an Error here (a full disk under TDB2's mapped files) must stop the run, not the thread alone.
        private volatile Throwable failure;
        private TrialStore.Batch batch;
        private final Set<String> trials = new LinkedHashSet<>();
        private final Map<String, TrialDocument> built = new HashMap<>();
        // The bulk load of a new store, while it lasts: the graphs and trials it holds (as 64-bit hashes: a few
        // bytes each at 600,000 trials), and the trials whose view and document must come from the store after it
        // (a second record of the trial, or no document of its own).
        private TrialStore.Bulk bulk;
        private boolean bulkWanted;
        private final Set<Long> bulkGraphs = new java.util.HashSet<>();
        // the concepts whose generated names the store holds, and those the open batch will write
        private final Set<String> named;
        private final List<GraphWrite> names = new ArrayList<>();
        private final Set<Long> bulkTrials = new java.util.HashSet<>();
        private final Set<String> fromStore = new LinkedHashSet<>();
        private final Set<String> toLink = new LinkedHashSet<>();
        // second versions of records read in this run (overlapping exports, a record in two files): kept on disk
        // until the bulk load ends, then written through transactions, which keep the newer version
        private final SpilledRecords deferred;
        // the documents of the trials the bulk load gives their first record, analysed beside the load
        private BackgroundIndexing bulkIndexing;

        Writer(BlockingQueue<Object> queue, Consumer<Problem> report, boolean bulk) {
            this.queue = queue;
            this.report = report;
            this.bulkWanted = bulk;
            this.deferred = new SpilledRecords(ws.dir());
            this.named = ws.store().readDataset(ConceptLabels::stored);
        }

        /** Writes through {@code to} the graphs of the generated concepts the record uses that the store lacks. */
        private void name(MappedRecord record, Consumer<GraphWrite> to) {
            ws.conceptLabels().of(record.graph()).forEach((concept, w) -> {
                if (named.add(concept)) {
                    to.accept(w);
                }
            });
        }

        /** Throws, naming the store and the cause, once the writer has failed. */
        void checkAlive() {
            Throwable f = failure;
            if (f != null) {
                throw new Stopped("ingest stopped: cannot write the store in " + ws.dir() + ": " + cause(f)
                        + "; the batches before it are stored, the failed one is not", f);
            }
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Object o = queue.poll(2, TimeUnit.SECONDS);
                    if (o == END) {
                        endBulk();
                        flush();
                        ws.protocol().flush();
                        return;
                    }
                    if (o instanceof Mapped m) {
                        if (bulkWanted && addBulk(m)) {
                            continue;
                        }
                        add(m);
                        if (batch.size() >= options.batchSize()) {
                            flush();
                        }
                    } else if (o == null && bulk == null) {
                        flush();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure = e;
                // Readers and the walk see the failure and stop; none waits on the queue, so it need not be drained.
            } finally {
                if (batch != null) {
                    batch.close();
                }
                if (bulk != null) {
                    // the mark stays: the next writable open starts the store again
                    bulk.close();
                }
                deferred.close();
                if (bulkIndexing != null) {
                    bulkIndexing.close();
                }
            }
        }

        /**
         * Adds a record to the bulk load (begun with the first record), or keeps it for after the load when the load
         * holds a version of it already; false when the bulk load has ended and the record must go through a
         * transaction. Graph and trial names are kept as 64-bit hashes: two names with one hash only send a record
         * or a trial the transactional way, which is always right.
         */
        private boolean addBulk(Mapped m) {
            Node g = m.record().graphName();
            if (bulkGraphs.contains(hash(g.getURI()))) {
                // its search document and view are made again once it is stored: the trial has a version already
                deferred.add(m.record());
                return true;
            }
            if (bulk == null) {
                bulk = ws.beginBulkLoad();
                bulkIndexing = new BackgroundIndexing(ws.index(), options.threads());
                progress.accept("... loading the new store in bulk");
            }
            bulkGraphs.add(hash(g.getURI()));
            stamp(m);
            bulk.add(new GraphWrite(g, m.record().graph()));
            name(m.record(), bulk::add);
            Node trialNode = m.record().trial();
            String trial = trialNode.getURI();
            // the trial's first record gives it its view and document; a later one sends it to the store's
            if (bulkTrials.add(hash(trial)) && m.document() != null) {
                bulk.add(new GraphWrite(TrialView.graphOf(trialNode), m.view()));
                bulkIndexing.update(m.document());
            } else {
                fromStore.add(trial);
            }
            toLink.add(trial);
            changedTrials.add(trial);
            stored++;
            if (toLink.size() >= options.batchSize()) {
                ws.linkPending().append(toLink);
                toLink.clear();
            }
            // every 1,000 records: a statfs call, nothing beside the load
            if (stored % 1000 == 0 && !ws.roomForBulkLoad(bulk.quads())) {
                progress.accept("... the disk holding the store is filling up: the bulk load ends here and the rest is "
                        + "written in transactions");
                endBulk();
            }
            return true;
        }

        /**
         * Ends the bulk load: the store's indexes are built and the mark cleared; then the trials with several
         * records, or none with a document of its own, get their views and documents from the store, in batches.
         */
        private void endBulk() {
            bulkWanted = false;
            if (bulk == null) {
                return;
            }
            ws.linkPending().append(toLink);
            toLink.clear();
            progress.accept(String.format("... building the indexes of %,d records loaded in bulk", stored));
            // the documents of single-record trials first: the store's rewrite of the others must come after them
            bulkIndexing.await();
            bulkIndexing.close();
            bulkIndexing = null;
            ws.endBulkLoad(bulk);
            bulk = null;
            bulkGraphs.clear();
            bulkTrials.clear();
            List<String> rest = new ArrayList<>(fromStore);
            fromStore.clear();
            for (int from = 0; from < rest.size(); from += options.batchSize()) {
                batch = ws.store().begin();
                trials.addAll(rest.subList(from, Math.min(rest.size(), from + options.batchSize())));
                flush();
            }
            if (deferred.size() > 0) {
                progress.accept(String.format("... writing %,d later versions of records read twice",
                        deferred.size()));
            }
            deferred.drain(record -> {
                add(new Mapped(record, null, null));
                if (batch.size() >= options.batchSize()) {
                    flush();
                }
            });
            flush();
        }

        private static long hash(String iri) {
            long h = 1125899906842597L;
            for (int i = 0; i < iri.length(); i++) {
                h = 31 * h + iri.charAt(i);
            }
            return h ^ ((long) iri.hashCode() << 32);
        }

        private void stamp(Mapped m) {
            Node g = m.record().graphName();
            m.record().graph().add(g, TK.ingestedAt.asNode(), NodeFactory.createLiteralDT(
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        }

        private void add(Mapped m) {
            if (batch == null) {
                batch = ws.store().begin();
            }
            Node g = m.record().graphName();
            DatasetGraph stored = batch.graphs();
            String storedDate = new GraphReader(stored.getGraph(g)).string(g, TK.lastUpdated);
            String date = new GraphReader(m.record().graph()).string(g, TK.lastUpdated);
            // an older version never replaces a newer one; without dates on both, the later read wins
            if (storedDate != null && date != null && date.compareTo(storedDate) < 0) {
                older++;
                return;
            }
            // the trial the stored version describes, when another (a changed document), is re-derived too
            stored.getGraph(g).find(g, TK.describes.asNode(), Node.ANY)
                    .forEachRemaining(t -> trials.add(t.getObject().getURI()));
            stamp(m);
            batch.replace(new GraphWrite(g, m.record().graph()));
            // written when the batch is, but not counted among its records
            name(m.record(), names::add);
            String trial = m.record().trial().getURI();
            trials.add(trial);
            // two records of one trial (in this batch or the store) are read back merged: see IndexSync
            if (m.document() != null) {
                built.put(trial, m.document());
            }
        }

        private void flush() {
            if (batch == null) {
                return;
            }
            TrialStore.Batch b = batch;
            int n = b.size();
            names.forEach(b::replace);
            names.clear();
            // each changed trial's one value of every single-valued fact, from all its records as they are now
            for (String t : trials) {
                Node trial = NodeFactory.createURI(t);
                Node view = TrialView.graphOf(trial);
                TrialView.derive(b.graphs(), trial).ifPresentOrElse(
                        v -> b.replace(new GraphWrite(view, v)), () -> b.remove(view));
            }
            // listed before the store commits: a run killed before it links leaves them for the next that links
            ws.linkPending().append(trials);
            ws.protocol().apply(new IndexProtocol.Change(trials, b::commit, built));
            batch = null;
            stored += n;
            changedTrials.addAll(trials);
            trials.clear();
            built.clear();
            ws.compactIfGrown().ifPresent(sizes -> progress.accept(String.format(
                    "... compacted the store: %,.0f MB -> %,.0f MB", sizes[0] / 1e6, sizes[1] / 1e6)));
        }
    }

    /** A run stopped by a failure that is not one input's fault: the message names the file or store and the cause. */
    static final class Stopped extends IllegalStateException {
        Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A strict run's first problem. */
    public static final class StrictFailure extends RuntimeException {
        private final transient Problem problem;

        StrictFailure(Problem problem) {
            super(problem.oneLine());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Prints a line now and then on long runs. */
    private static final class Progress {
        private final Consumer<String> out;
        private final AtomicLong records;
        private final long start = System.nanoTime();
        private long last = start;

        Progress(Consumer<String> out, AtomicLong records) {
            this.out = out;
            this.records = records;
        }

        void tick() {
            long now = System.nanoTime();
            if (now - last > TimeUnit.SECONDS.toNanos(5)) {
                last = now;
                double secs = (now - start) / 1e9;
                out.accept(String.format("... %,d records read (%.0f/s)", records.get(), records.get() / secs));
            }
        }
    }

    /**
     * What went wrong mapping a record, in one line: the exception's message, or, for a fault that carries none (a
     * null where a value was expected), its kind and the line of trialkg it was thrown from, for a bug report.
     */
    static String failure(RuntimeException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        String where = java.util.Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.trialkg.")).findFirst()
                .map(f -> " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName() + ":" + f.getLineNumber())
                .orElse("");
        return "internal error, " + e.getClass().getSimpleName() + where;
    }
}
