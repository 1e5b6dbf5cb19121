package org.trialkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.trialkg.enrich.Enricher;
import org.trialkg.ingest.FormatDetector;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.SourceWalker;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.Iris;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.store.GraphWrite;

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

    private final Workspace ws;
    private final IngestOptions options;
    private final Consumer<String> progress;
    private final FormatDetector detector;
    private final Enricher enricher;
    private final RecordMapper mapper = new RecordMapper();

    public Ingest(Workspace ws, IngestOptions options, Consumer<String> progress) {
        this.ws = ws;
        this.options = options;
        this.progress = progress;
        this.detector = Components.detector(ws.lexicon());
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
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(options.batchSize() * 2);
        Writer writer = new Writer(queue, report);
        Thread writerThread = new Thread(writer, "trialkg-writer");
        writerThread.start();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "trialkg-reader");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> pending = new ArrayList<>();
        Progress meter = new Progress(progress, records);
        // At most a few inputs wait per worker, so that walking a large zip never buffers more than that.
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(options.threads() * 4);
        try {
            new SourceWalker(report).walk(paths, input -> {
                inputs.incrementAndGet();
                if (input.readOnce()) {
                    // a large zip entry streams from its archive: read it before the walk moves on
                    readOne(input, queue, report, records, unchanged, byFormat);
                } else {
                    inFlight.acquireUninterruptibly();
                    pending.add(workers.submit(() -> {
                        try {
                            readOne(input, queue, report, records, unchanged, byFormat);
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
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            workers.shutdownNow();
            putQuietly(queue, END);
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (writer.failure != null) {
            throw writer.failure;
        }
        Stats stats = Stats.of(ws.store());
        return new IngestReport(inputs.get(), records.get(), writer.stored, unchanged.get(), stats.trials(),
                stats.drugs(), stats.sponsors(), stats.sites(), stats.triples(), Map.copyOf(byFormat),
                List.copyOf(problems), writer.changedTrials);
    }

    private void readOne(SourceInput input, BlockingQueue<Object> queue, Consumer<Problem> report,
            AtomicLong records, AtomicLong unchanged, Map<String, Long> byFormat) {
        Optional<SourceReader> reader = detector.detect(input);
        if (reader.isEmpty()) {
            report.accept(new Problem(input.name(), "", "detect", "not a format trialkg reads ("
                    + describeHead(input) + ")"));
            return;
        }
        RecordSink sink = new RecordSink() {
            @Override
            public void record(TrialRecord record) {
                records.incrementAndGet();
                byFormat.merge(record.source().layout(), 1L, Long::sum);
                Node graph = NodeFactory.createURI(Iris.record(record.source()));
                if (!options.force() && ws.store().contentHash(graph)
                        .filter(h -> h.equals(record.source().contentHash())).isPresent()) {
                    unchanged.incrementAndGet();
                    return;
                }
                String key = record.primaryId().map(Object::toString).orElse(record.source().recordKey());
                try {
                    MappedRecord mapped = mapper.map(enricher.enrich(record));
                    putQuietly(queue, mapped);
                } catch (RuntimeException e) {
                    report.accept(new Problem(input.name(), key, "map", String.valueOf(e.getMessage())));
                }
            }

            @Override
            public void problem(Problem problem) {
                report.accept(problem);
            }
        };
        try {
            reader.get().read(input, sink);
        } catch (StrictFailure e) {
            throw e;
        } catch (java.io.IOException | RuntimeException e) {
            report.accept(new Problem(input.name(), "", "read", e.getClass().getSimpleName() + ": " + e.getMessage()));
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
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /** The single writer: batches mapped records into store transactions, and hands each batch to the indexer. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Object> queue;
        private final Consumer<Problem> report;
        private long stored;
        private final Set<String> changedTrials = new LinkedHashSet<>();
        private RuntimeException failure;
        private long lastCommit = System.nanoTime();
        private long journalMark;
        // Indexing batch N (reading cards, analysing text) overlaps with storing batch N+1.
        private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "trialkg-indexer");
            t.setDaemon(true);
            return t;
        });
        private Future<?> indexing;

        Writer(BlockingQueue<Object> queue, Consumer<Problem> report) {
            this.queue = queue;
            this.report = report;
        }

        @Override
        public void run() {
            List<MappedRecord> batch = new ArrayList<>();
            try {
                while (true) {
                    Object o = queue.poll(2, TimeUnit.SECONDS);
                    if (o == END) {
                        flush(batch);
                        awaitIndexing();
                        ws.index().commit();
                        ws.journal().clearThrough(journalMark);
                        return;
                    }
                    if (o instanceof MappedRecord m) {
                        batch.add(m);
                        if (batch.size() >= options.batchSize()) {
                            flush(batch);
                        }
                    } else if (o == null && !batch.isEmpty()) {
                        flush(batch);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
                indexer.shutdownNow();
                // keep draining so the workers never block on a full queue
                while (queue.poll() != END) {
                    Thread.onSpinWait();
                }
            }
        }

        private void flush(List<MappedRecord> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<GraphWrite> writes = new ArrayList<>(batch.size());
            Set<String> trials = new LinkedHashSet<>();
            for (MappedRecord m : batch) {
                writes.add(new GraphWrite(m.graphName(), m.graph()));
                trials.add(m.trial().getURI());
            }
            // Journal first: a run killed after the store commits and before the index does leaves these trials
            // listed, and the next writable open re-derives just them.
            long mark = ws.journal().append(trials);
            journalMark = mark;
            ws.store().write(writes);
            stored += batch.size();
            changedTrials.addAll(trials);
            awaitIndexing();
            indexing = indexer.submit(() -> {
                ws.indexSync().update(trials);
                // The store commits every batch; the index commits every few seconds (a commit flushes and syncs
                // its segments), and then the journal forgets the batches up to this one (later ones stay).
                if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(10)) {
                    ws.index().commit();
                    ws.journal().clearThrough(mark);
                    lastCommit = System.nanoTime();
                }
            });
            batch.clear();
        }

        private void awaitIndexing() {
            if (indexing == null) {
                return;
            }
            try {
                indexing.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } finally {
                indexing = null;
            }
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
}
