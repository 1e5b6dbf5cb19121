package org.trialkg.ingest;

import org.trialkg.model.TrialRecord;

/** Where a reader pushes what it reads: records, and problems with the records it could not read. */
public interface RecordSink {
    void record(TrialRecord record);

    void problem(Problem problem);
}
