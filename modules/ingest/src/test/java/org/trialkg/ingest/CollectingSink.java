package org.trialkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.trialkg.model.TrialRecord;

/** A sink for reader tests: keeps every record, problem and note a reader pushed, in order. */
public final class CollectingSink implements RecordSink {
    public final List<TrialRecord> records = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<Problem> notes = new ArrayList<>();

    @Override
    public void record(TrialRecord record) {
        records.add(record);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void note(Problem note) {
        notes.add(note);
    }

    /** The record whose own registry ID is this one; fails the test when there is none. */
    public TrialRecord byId(String id) {
        return records.stream().filter(r -> r.primaryId().map(i -> i.value().equals(id)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no record " + id + " among " + records.size()));
    }

    /** The record with this record key; fails the test when there is none. */
    public TrialRecord byKey(String key) {
        return records.stream().filter(r -> r.source().recordKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + key));
    }
}
