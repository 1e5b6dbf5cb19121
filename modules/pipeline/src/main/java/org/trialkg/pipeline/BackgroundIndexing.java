package org.trialkg.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.trialkg.search.TrialDocument;
import org.trialkg.search.TrialIndex;

/**
 * Search documents written on threads of their own while a bulk load runs. Analysing a document (synonyms, stemming,
 * folding) was most of the ingest's one writer thread's time in a profile of a bulk load, and the writer feeds the
 * loader; Lucene's {@code IndexWriter} takes documents from several threads at once. On 2 cores it gained little
 * (20,000 records 1.03x as fast), as the readers and the loader use the cores too; more cores gain more. At most a
 * few hundred documents wait, so memory stays bounded.
 */
final class BackgroundIndexing implements AutoCloseable {
    private static final int IN_FLIGHT = 512;

    private final TrialIndex index;
    private final ExecutorService threads;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    BackgroundIndexing(TrialIndex index, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("background indexing: threads must be at least 1, was " + threads);
        }
        this.index = index;
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "trialkg-bulk-indexer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands the document over, waiting while too many wait already; throws once an earlier one failed. */
    void update(TrialDocument document) {
        check();
        slots.acquireUninterruptibly();
        try {
            threads.execute(() -> {
                try {
                    index.update(document);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            throw e;
        }
    }

    /** Returns once every document handed over is in the index writer; throws if one failed. */
    void await() {
        slots.acquireUninterruptibly(IN_FLIGHT);
        slots.release(IN_FLIGHT);
        check();
    }

    private void check() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("cannot index a search document: " + t.getMessage(), t);
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(IndexProtocol.CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
