package org.trialkg.pipeline;

/**
 * How an ingest runs.
 *
 * @param strict stop at the first problem instead of reporting it and going on
 * @param force re-derive records whose content is unchanged (after a lexicon or extractor change)
 * @param batchSize records per store transaction (the index commits every few seconds and at the end)
 * @param threads worker threads that read, enrich and map records (writes go through one writer)
 * @param bulk load a store that holds no records yet through TDB2's bulk loader (see {@code Ingest}); off, every
 *     record goes through store transactions
 */
public record IngestOptions(boolean strict, boolean force, int batchSize, int threads, boolean bulk) {
    /**
     * Records per store transaction. TDB2 copies every index block a transaction touches and never reuses the old
     * copy, so few large transactions leave far less behind: the 6,786 legacy XML records of {@code ../shared/data}
     * took 1.1 GB in batches of 500 and 695 MB in batches of 5,000; 20,000 re-minted trials of every format
     * ({@code bench/ScaleData.java}) took 1.4 GB in batches of 5,000 and 1.2 GB in one transaction, the bulk
     * loader's size for the same quads (1.26 GB). The writer streams records into the open transaction, so a batch
     * holds in memory only its trial IRIs and their search documents (peak heap 1.0 GB for 20,000 in one batch); a
     * run killed mid-batch re-reads at most this many records on the next run.
     */
    public static final int DEFAULT_BATCH = 20_000;
    public static final IngestOptions DEFAULT = new IngestOptions(false, false, DEFAULT_BATCH,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), false);

    /**
     * Options with the bulk load off: measured beside other work on 20,000 re-minted trials, it was 1.1 times as
     * fast as transactions and left a 1.17 times larger store, not yet enough to make it the default.
     */
    public IngestOptions(boolean strict, boolean force, int batchSize, int threads) {
        this(strict, force, batchSize, threads, false);
    }

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size: expected at least 1, was " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, was " + threads);
        }
    }
}
