package org.trialkg.fetch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One run of a saved fetch, as it stands after its last stored page: a run that is not done resumes with the page
 * after {@code pages}, requested with {@code nextPageToken}.
 *
 * @param id the run's name, also its folder under {@code downloads/}
 * @param since the {@code --since} day this run asked for (an update's is the day before the last successful run);
 *     null for none
 * @param started when it started
 * @param ended when it ended (done or failed); null while running
 * @param state where it stands
 * @param pages pages stored and ingested
 * @param studies studies in those pages
 * @param totalCount studies in all pages, as the first page said; -1 when unknown
 * @param nextPageToken the token of the page after {@code pages}; null before the first page and after the last
 * @param error why it failed; null unless failed
 */
public record FetchRun(String id, LocalDate since, Instant started, Instant ended, RunState state, int pages,
        long studies, long totalCount, String nextPageToken, String error) {
    public FetchRun {
        Objects.requireNonNull(id, "run id");
        Objects.requireNonNull(started, "run started");
        Objects.requireNonNull(state, "run state");
        if (pages < 0 || studies < 0) {
            throw new IllegalArgumentException("run " + id + ": pages and studies must be 0 or more, were " + pages
                    + " and " + studies);
        }
    }

    static FetchRun start(String id, LocalDate since, Instant now) {
        return new FetchRun(id, since, now, null, RunState.RUNNING, 0, 0, -1, null, null);
    }

    /** The run after one more page was stored and ingested. */
    FetchRun afterPage(ApiPage page) {
        long total = pages == 0 && page.totalCount() >= 0 ? page.totalCount() : totalCount;
        return new FetchRun(id, since, started, null, RunState.RUNNING, pages + 1, studies + page.studies(), total,
                page.nextPageToken(), null);
    }

    FetchRun resumed() {
        return new FetchRun(id, since, started, null, RunState.RUNNING, pages, studies, totalCount, nextPageToken,
                null);
    }

    FetchRun done(Instant now) {
        return new FetchRun(id, since, started, now, RunState.DONE, pages, studies, totalCount, null, null);
    }

    FetchRun failed(Instant now, String why) {
        return new FetchRun(id, since, started, now, RunState.FAILED, pages, studies, totalCount, nextPageToken, why);
    }

    public boolean finished() {
        return state == RunState.DONE;
    }
}
