package org.trialkg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialkg.ingest.Problem;

/**
 * What an ingest did.
 *
 * @param inputs files and zip entries read
 * @param records records read from them
 * @param stored records written (new or changed)
 * @param unchanged records skipped because their content was already stored
 * @param trials trials in the store after the ingest
 * @param drugs distinct drug concepts used by those trials
 * @param sponsors distinct sponsor organisations
 * @param sites sites
 * @param triples quads in the store
 * @param byFormat records read per detected format or layout
 * @param problems every file or record that could not be ingested, with the reason
 * @param changedTrials the trial IRIs whose records this run stored (new or changed), for the linker
 */
public record IngestReport(long inputs, long records, long stored, long unchanged, long trials, long drugs,
        long sponsors, long sites, long triples, Map<String, Long> byFormat, List<Problem> problems,
        Set<String> changedTrials) {
    public IngestReport {
        changedTrials = Set.copyOf(changedTrials);
    }

    /** Files with at least one problem. */
    public long failedInputs() {
        return problems.stream().map(Problem::file).distinct().count();
    }
}
