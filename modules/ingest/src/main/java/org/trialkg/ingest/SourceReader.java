package org.trialkg.ingest;

import java.io.IOException;

/**
 * Reads one source format into {@link org.trialkg.model.TrialRecord}s. A reader knows nothing of RDF, the store or
 * the index; it streams, so that a file of any size is never held in memory whole.
 */
public interface SourceReader {
    /** Stable name of the format, recorded as the source layout: {@code ctgov-json}, {@code document}. */
    String format();

    /**
     * How sure this reader is that it can read the input, from its name and first bytes, by the evidence it saw.
     * The detector picks the highest claim.
     */
    Claim confidence(SourceInput input);

    /** Reads every record of the input into the sink; a bad record is reported to the sink and skipped. */
    void read(SourceInput input, RecordSink sink) throws IOException;
}
