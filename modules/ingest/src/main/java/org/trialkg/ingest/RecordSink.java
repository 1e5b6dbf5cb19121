package org.trialkg.ingest;

import org.trialkg.model.TrialRecord;

/** Where a reader pushes what it reads: records, and problems with the records it could not read. */
public interface RecordSink {
    void record(TrialRecord record);

    void problem(Problem problem);

    /**
     * Something the user should know about a file that was read all the same, such as the character set guessed
     * for it; not a problem, so it does not fail a strict run. Ignored unless the sink shows it.
     */
    default void note(Problem note) {
    }
}
