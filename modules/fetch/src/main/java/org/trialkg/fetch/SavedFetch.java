package org.trialkg.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetch kept in the store: its search and where it was sent, when it last succeeded, and its runs, oldest first.
 * {@code trialkg update} runs it again for what changed since {@code lastSuccess}.
 *
 * @param id its name ({@code ctgov-1})
 * @param api the API base it fetches from
 * @param query the search as the user gave it
 * @param lastSuccess when its last successful run started; null before the first one ends
 * @param runs its runs, oldest first
 */
public record SavedFetch(String id, URI api, CtgovQuery query, Instant lastSuccess, List<FetchRun> runs) {
    public SavedFetch {
        Objects.requireNonNull(id, "fetch id");
        Objects.requireNonNull(api, "fetch api");
        Objects.requireNonNull(query, "fetch query");
        runs = List.copyOf(runs);
    }

    /** The latest run; empty before the first. */
    public Optional<FetchRun> lastRun() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** With {@code run} in place of the run of the same id, or added after the others. */
    SavedFetch with(FetchRun run) {
        List<FetchRun> next = new ArrayList<>(runs);
        int i = next.stream().map(FetchRun::id).toList().indexOf(run.id());
        if (i >= 0) {
            next.set(i, run);
        } else {
            next.add(run);
        }
        Instant success = run.finished() ? run.started() : lastSuccess;
        return new SavedFetch(id, api, query, success, next);
    }

    SavedFetch withApi(URI other) {
        return new SavedFetch(id, other, query, lastSuccess, runs);
    }
}
