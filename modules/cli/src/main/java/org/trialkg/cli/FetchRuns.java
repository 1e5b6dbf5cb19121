package org.trialkg.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.trialkg.fetch.CtgovFetcher;
import org.trialkg.fetch.FetchRun;
import org.trialkg.fetch.PageDownloader;
import org.trialkg.fetch.RetryPolicy;
import org.trialkg.fetch.Sleeper;
import org.trialkg.fetch.StoreIngest;
import org.trialkg.link.TrialLinker;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.Stats;

/**
 * What {@code fetch} and {@code update} share: their options, the fetcher over a store, and the summary after the
 * runs.
 */
final class FetchRuns {
    private FetchRuns() {
    }

    /** The options of both commands (a picocli mixin). */
    static final class Options {
        @picocli.CommandLine.Option(names = "--page-size", paramLabel = "N",
                defaultValue = "" + CtgovFetcher.MAX_PAGE_SIZE,
                description = "Studies per page, 1 to 1000 (default: ${DEFAULT-VALUE}).")
        int pageSize;

        @picocli.CommandLine.Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Link the fetched records with other registries' records of the same trials "
                        + "(default: on).")
        boolean link;

        @picocli.CommandLine.Option(names = "--json", description = "Print the runs' counts and the store's as JSON.")
        boolean json;
    }

    static CtgovFetcher fetcher(Path store, StoreIngest sink, int pageSize) {
        Clock clock = Clock.systemUTC();
        return new CtgovFetcher(store, new PageDownloader(RetryPolicy.DEFAULT, Sleeper.REAL, clock, System.err::println),
                sink, clock, pageSize, System.err::println);
    }

    static StoreIngest ingest(Workspace ws) {
        return new StoreIngest(ws, System.err::println, System.err::println);
    }

    /**
     * Links what the runs stored, prints the summary, and gives the exit code: 1 when a fetch stopped (it resumes
     * when run again), 3 when some studies could not be ingested, else 0.
     */
    static int finish(String command, Path store, Workspace ws, StoreIngest sink, List<FetchRun> runs,
            List<String> failures, Options options, long startNanos) {
        boolean json = options.json;
        TrialLinker.Report l = null;
        if (options.link && (sink.stored() > 0 || !ws.linkPending().isEmpty())) {
            try (Progress progress = Progress.of("trials compared", -1)) {
                l = ws.link(new TrialLinker(ws.store()).progress(progress::update), sink.changedTrials());
            }
            if (!json) {
                System.out.printf("linked: %,d trials compared, %,d certain links, %,d identity links by "
                        + "title/sponsor/dates, %,d candidates (%.1f s)%n", sink.changedTrials().size(),
                        l.certainLinks(), l.identityLinks(), l.candidates(), l.millis() / 1000.0);
            }
        }
        ws.compactIfGrown().ifPresent(sizes -> System.err.printf(
                "compacted the store: %,.0f MB -> %,.0f MB%n", sizes[0] / 1e6, sizes[1] / 1e6));
        for (String f : failures) {
            System.err.println("trialkg " + command + ": " + f);
        }
        int code = failures.isEmpty() ? (sink.problems().isEmpty() ? 0 : Main.PARTIAL) : 1;
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("runs", runs.stream().map(r -> java.util.Map.of("id", r.id(), "pages", r.pages(),
                    "studies", r.studies(), "since", String.valueOf(r.since()))).toList());
            m.put("studies", sink.records());
            m.put("stored", sink.stored());
            m.put("unchanged", sink.unchanged());
            m.put("identityLinks", l == null ? 0 : l.identityLinks());
            m.put("problems", sink.problems().size());
            m.put("failures", failures);
            m.put("store", Stats.of(ws));
            System.out.println(Json.write(m));
            return code;
        }
        for (FetchRun r : runs) {
            System.out.printf("%s: %,d pages, %,d studies%s -> %s%n", r.id(), r.pages(), r.studies(),
                    r.since() == null ? "" : " updated since " + r.since(),
                    store.resolve(CtgovFetcher.DOWNLOADS).resolve(r.id()));
        }
        System.out.printf("%,d studies read (%,d stored, %,d unchanged) in %.1f s%n", sink.records(), sink.stored(),
                sink.unchanged(), (System.nanoTime() - startNanos) / 1e9);
        Stats stats = Stats.of(ws);
        System.out.printf("store %s: %,d trials, %,d drugs, %,d sponsors, %,d sites, %,d triples%n", store,
                stats.trials(), stats.drugs(), stats.sponsors(), stats.sites(), stats.triples());
        if (failures.isEmpty() && !sink.problems().isEmpty()) {
            System.out.printf("%,d studies could not be ingested (listed above)%n", sink.problems().size());
        }
        return code;
    }
}
