package org.trialkg.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fetches searches from the ClinicalTrials.gov API v2 ({@code GET /studies}) page by page: each page is saved
 * gzipped under {@code <store>/downloads/<run>/page-NNNNN.json.gz}, handed to the {@link PageSink} (the ingest), and
 * only then recorded as done in {@code fetches.json} with the token of the next page. A run stopped anywhere (a
 * failure, a kill) resumes at the first page not recorded, reading a page already saved from its file: nothing is
 * downloaded twice, nothing is skipped.
 *
 * <pre>{@code
 * CtgovFetcher f = new CtgovFetcher(store, new PageDownloader(RetryPolicy.DEFAULT, Sleeper.REAL, clock, out),
 *         page -> ingest(page.file()), clock, CtgovFetcher.MAX_PAGE_SIZE, out);
 * f.fetch(CtgovFetcher.DEFAULT_API, new CtgovQuery(null, null, "toripalimab", List.of(), null, false));
 * f.update(Optional.empty());   // every saved fetch, for what changed since its last run
 * }</pre>
 */
public final class CtgovFetcher {
    public static final URI DEFAULT_API = URI.create("https://clinicaltrials.gov/api/v2");
    /** The API's largest page (it coerces larger sizes down to it): the fewest requests for a search. */
    public static final int MAX_PAGE_SIZE = 1000;
    public static final String DOWNLOADS = "downloads";
    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path storeDir;
    private final FetchLog log;
    private final PageDownloader downloader;
    private final PageSink sink;
    private final Clock clock;
    private final int pageSize;
    private final Consumer<String> progress;

    public CtgovFetcher(Path storeDir, PageDownloader downloader, PageSink sink, Clock clock, int pageSize,
            Consumer<String> progress) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size: expected 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.storeDir = Objects.requireNonNull(storeDir, "store folder");
        this.log = FetchLog.open(storeDir);
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.sink = Objects.requireNonNull(sink, "page sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pageSize = pageSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public FetchLog log() {
        return log;
    }

    /**
     * Fetches a search: the saved fetch of the same search resumes its unfinished run, or runs again whole; a new
     * search is saved first.
     *
     * @throws FetchException when the run stops; it is saved and resumes when run again
     */
    public FetchRun fetch(URI api, CtgovQuery query) {
        return fetch(api, query, false);
    }

    /**
     * As {@link #fetch(URI, CtgovQuery)}; with {@code restart}, an unfinished run is left as it is and a new run
     * starts from the first page (for a run the API no longer resumes, such as one whose page token it refuses).
     */
    public FetchRun fetch(URI api, CtgovQuery query, boolean restart) {
        SavedFetch f = log.find(query).map(s -> s.withApi(api))
                .orElseGet(() -> new SavedFetch(log.newId(), api, query, null, List.of()));
        Optional<FetchRun> unfinished = f.lastRun().filter(r -> !r.finished() && !restart);
        return run(f, unfinished.map(FetchRun::resumed)
                .orElseGet(() -> FetchRun.start(runId(f), query.since(), clock.instant())));
    }

    /** What {@link #update} did: the runs, and a line for each saved fetch that failed. */
    public record Update(List<FetchRun> runs, List<String> failures) {
        public Update {
            runs = List.copyOf(runs);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Runs every saved fetch again for the studies updated since the day before its last successful run (a day
     * of margin, as the registry posts by its own calendar day); an unfinished run resumes instead. A fetch that
     * fails is reported and the others still run.
     *
     * @param api another API base for every fetch (a mirror, or a test server); empty for each fetch's own
     */
    public Update update(Optional<URI> api) {
        List<FetchRun> runs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (SavedFetch saved : log.fetches()) {
            SavedFetch f = api.map(saved::withApi).orElse(saved);
            Optional<FetchRun> unfinished = f.lastRun().filter(r -> !r.finished());
            FetchRun run;
            if (unfinished.isPresent()) {
                run = unfinished.get().resumed();
            } else {
                LocalDate since = f.lastSuccess() == null ? f.query().since()
                        : f.lastSuccess().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
                if (since != null && f.query().since() != null && f.query().since().isAfter(since)) {
                    since = f.query().since();
                }
                run = FetchRun.start(runId(f), since, clock.instant());
            }
            try {
                runs.add(run(f, run));
            } catch (FetchException e) {
                failures.add(e.getMessage());
            }
        }
        return new Update(runs, failures);
    }

    private FetchRun run(SavedFetch fetch, FetchRun start) {
        SavedFetch f = fetch.with(start);
        FetchRun run = start;
        log.put(f); // saved before the first request: a kill from here on resumes this run
        CtgovQuery query = run.since() == null ? f.query() : f.query().since(run.since());
        Map<String, String> params = query.parameters();
        Path dir = storeDir.resolve(DOWNLOADS).resolve(run.id());
        progress.accept(String.format("fetch %s: %s from %s%s -> %s", f.id(), query.describe(), f.api(),
                run.pages() > 0 ? ", resuming at page " + (run.pages() + 1) : "", dir));
        long t0 = System.nanoTime();
        long sessionStudies = 0;
        try {
            Files.createDirectories(dir);
            while (run.pages() == 0 || run.nextPageToken() != null) {
                int number = run.pages() + 1;
                Path file = dir.resolve(String.format("page-%05d.json.gz", number));
                String what = "fetch " + f.id() + " page " + number;
                URI uri = pageUri(f.api(), params, run.nextPageToken(), number == 1);
                ApiPage page = stored(file, what).orElseGet(() -> downloader.download(uri, file, what));
                if (page.nextPageToken() != null && page.nextPageToken().equals(run.nextPageToken())) {
                    // a server that hands out the token it was given would send the fetch round for ever
                    throw new FetchException(what + ": the API returned the page token it was asked for ("
                            + page.nextPageToken() + ") as the next one; stopped rather than loop");
                }
                sink.page(new SavedPage(f.id(), run.id(), number, file, page));
                run = run.afterPage(page);
                f = f.with(run);
                log.put(f);
                sessionStudies += page.studies();
                progress.accept(progressLine(f.id(), run, page, sessionStudies, Duration.ofNanos(System.nanoTime() - t0)));
            }
        } catch (IOException | RuntimeException e) {
            String why = e instanceof FetchException ? e.getMessage() : PageDownloader.describe(e);
            run = run.failed(clock.instant(), why);
            log.put(f.with(run));
            throw new FetchException(why + "; the fetch is saved: run the same command again, or trialkg update, to "
                    + "resume at page " + (run.pages() + 1) + " (--restart starts it afresh)", e);
        }
        run = run.done(clock.instant());
        log.put(f.with(run));
        return run;
    }

    /** A page a stopped run saved but did not record as done: read from its file instead of downloading it again. */
    private Optional<ApiPage> stored(Path file, String what) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            ApiPage page = ApiPage.readGzip(file);
            progress.accept("... " + what + " was saved before the run stopped; ingesting it from " + file);
            return Optional.of(page);
        } catch (IOException e) {
            // cannot happen to a page this class moved into place whole, but a damaged disk can: download it again
            progress.accept("... " + what + ": the saved file is damaged (" + e.getMessage() + "); downloading it again");
            return Optional.empty();
        }
    }

    /** {@code <api>/studies?<search>&pageSize=N[&countTotal=true][&pageToken=T]}. */
    URI pageUri(URI api, Map<String, String> params, String pageToken, boolean first) {
        StringBuilder sb = new StringBuilder(api.toString().replaceAll("/+$", "")).append("/studies?");
        params.forEach((k, v) -> sb.append(k).append('=').append(encode(v)).append('&'));
        sb.append("pageSize=").append(pageSize);
        if (first) {
            sb.append("&countTotal=true"); // the API gives totalCount with the first page only
        }
        if (pageToken != null) {
            sb.append("&pageToken=").append(encode(pageToken));
        }
        return URI.create(sb.toString());
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String runId(SavedFetch f) {
        String base = f.id() + "-" + RUN_STAMP.format(clock.instant());
        java.util.Set<String> taken = new java.util.HashSet<>();
        f.runs().forEach(r -> taken.add(r.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String progressLine(String fetchId, FetchRun run, ApiPage page, long sessionStudies, Duration elapsed) {
        StringBuilder sb = new StringBuilder(String.format("fetch %s: page %d (%,d studies), %,d", fetchId,
                run.pages(), page.studies(), run.studies()));
        if (run.totalCount() >= 0) {
            sb.append(String.format(" of %,d studies (%d%%)", run.totalCount(),
                    run.totalCount() == 0 ? 100 : Math.min(100, run.studies() * 100 / run.totalCount())));
            long left = Math.max(0, run.totalCount() - run.studies());
            double seconds = elapsed.toNanos() / 1e9;
            if (left > 0 && sessionStudies > 0 && seconds > 0) {
                double rate = sessionStudies / seconds;
                sb.append(String.format(", %.1f studies/s, about %s left", rate,
                        Durations.words(Duration.ofSeconds(Math.round(left / rate)))));
            }
        } else {
            sb.append(" studies");
        }
        return sb.toString();
    }
}
