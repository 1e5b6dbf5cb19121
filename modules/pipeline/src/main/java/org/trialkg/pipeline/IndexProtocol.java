package org.trialkg.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.trialkg.search.TrialDocument;
import org.trialkg.search.TrialIndex;

/**
 * The one order in which a change reaches the store and the search index: journal the trials it touches (synced to
 * disk), write the store, rewrite their documents, commit the index, clear the journal through the change. A run
 * killed at any step leaves every trial whose document may be missing or stale in the journal, and the next
 * writable open re-derives just those ({@link #recover()}). Ingest, link and recovery all go through here.
 *
 * <p>Documents are rewritten on an indexer thread of their own, so that analysing batch N overlaps with storing
 * batch N+1; the index commits every {@link #COMMIT_INTERVAL_SECONDS} seconds and at {@link #flush()}.
 *
 * <pre>{@code
 * protocol.apply(new IndexProtocol.Change(trials, () -> store.write(graphs), prebuiltDocuments));
 * protocol.flush(); // documents written, index committed, journal cleared
 * }</pre>
 */
public final class IndexProtocol implements AutoCloseable {
    /**
     * An index commit flushes and syncs segments (about a second on a large index); committing every few seconds
     * keeps that under a tenth of an ingest's time, and bounds what a killed run has to re-derive.
     */
    static final long COMMIT_INTERVAL_SECONDS = 10;
    /** A batch's documents take a few seconds to analyse; a close waits that long before it gives up on them. */
    static final long CLOSE_WAIT_SECONDS = 60;

    private final TrialIndex index;
    private final IndexJournal journal;
    private final IndexSync sync;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trialkg-indexer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> indexing;
    private long lastCommit = System.nanoTime();
    private long journalMark = -1;

    IndexProtocol(TrialIndex index, IndexJournal journal, IndexSync sync) {
        this.index = index;
        this.journal = journal;
        this.sync = sync;
    }

    /**
     * One change: the trials whose documents it may change, the store write (all or nothing), and the documents
     * already built for some of those trials from the records in memory (used where the store holds no other record
     * of the trial; the others are read back from the store).
     */
    public record Change(Set<String> trials, Runnable storeWrite, Map<String, TrialDocument> prebuilt) {
        public Change {
            trials = Set.copyOf(trials);
            Objects.requireNonNull(storeWrite, "change: storeWrite");
            prebuilt = Map.copyOf(prebuilt);
        }

        /** A change whose documents are all read back from the store. */
        public static Change of(Set<String> trials, Runnable storeWrite) {
            return new Change(trials, storeWrite, Map.of());
        }
    }

    /**
     * Journals the change's trials, writes the store, and hands the documents to the indexer thread; returns once
     * the store holds the change. The index commits when the interval has passed; {@link #flush()} commits the rest.
     */
    public synchronized void apply(Change change) {
        awaitIndexing();
        long mark = journal.append(change.trials());
        journalMark = mark;
        change.storeWrite().run();
        if (change.trials().isEmpty()) {
            return;
        }
        indexing = indexer.submit(() -> {
            sync.update(change.trials(), change.prebuilt());
            if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_INTERVAL_SECONDS)) {
                commitThrough(mark);
            }
        });
    }

    /** Applies the change and commits the index before returning. */
    public synchronized void applyNow(Change change) {
        apply(change);
        flush();
    }

    /** Waits for the documents of every change applied so far, commits the index and clears the journal. */
    public synchronized void flush() {
        awaitIndexing();
        commitThrough(journalMark);
    }

    /**
     * Re-derives the documents of the trials the journal lists (those an interrupted run may have left missing or
     * stale), commits, and clears the journal; returns how many trials it re-derived (0 when it was empty).
     */
    public synchronized int recover() {
        Set<String> pending = journal.pending();
        if (!pending.isEmpty()) {
            sync.update(pending, Map.of());
            index.commit();
        }
        journal.clear();
        return pending.size();
    }

    /**
     * Brings the index back in step with the store: the journal's trials first (a stale document is only found
     * there), then every trial missing from the index or no longer stored. Returns how they differed.
     */
    public synchronized IndexSync.Difference repair() {
        recover();
        return sync.mend();
    }

    private void commitThrough(long mark) {
        index.commit();
        if (mark >= 0) {
            journal.clearThrough(mark);
        }
        lastCommit = System.nanoTime();
    }

    private void awaitIndexing() {
        if (indexing == null) {
            return;
        }
        try {
            indexing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } finally {
            indexing = null;
        }
    }

    /**
     * Lets the document rewrite in progress finish, then stops the indexer thread; documents not yet committed stay
     * journalled. The thread is not interrupted: Lucene takes an interrupt inside the index writer as a fatal error.
     */
    @Override
    public void close() {
        indexer.shutdown();
        try {
            if (!indexer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                indexer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
