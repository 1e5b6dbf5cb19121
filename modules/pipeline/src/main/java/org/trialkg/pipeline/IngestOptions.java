package org.trialkg.pipeline;

/**
 * How an ingest runs.
 *
 * @param strict stop at the first problem instead of reporting it and going on
 * @param force re-derive records whose content is unchanged (after a lexicon or extractor change)
 * @param batchSize records per store transaction (the index commits every few seconds and at the end)
 * @param threads worker threads that read, enrich and map records (writes go through one writer)
 */
public record IngestOptions(boolean strict, boolean force, int batchSize, int threads) {
    public static final IngestOptions DEFAULT = new IngestOptions(false, false, 500,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size: expected at least 1, was " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, was " + threads);
        }
    }
}
