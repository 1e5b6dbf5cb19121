package org.trialkg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialkg.ingest.Problem;

/**
 * What an ingest did; what the store holds after it is {@code query.Stats}.
 *
 * @param inputs files and zip entries read
 * @param records records read from them
 * @param stored records written (new or changed)
 * @param unchanged records skipped because their content was already stored
 * @param older records skipped because the store holds a newer version of them (by the registry's last-update date)
 * @param byFormat records read per detected format or layout
 * @param problems every file or record that could not be ingested, with the reason
 * @param changedTrials the trial IRIs whose records this run stored (new or changed), for the linker
 */
public record IngestReport(long inputs, long records, long stored, long unchanged, long older, Map<String, Long> byFormat,
        List<Problem> problems, Set<String> changedTrials) {
    public IngestReport {
        changedTrials = Set.copyOf(changedTrials);
    }

    /** Files with at least one problem. */
    public long failedInputs() {
        return problems.stream().map(Problem::file).distinct().count();
    }
}
