package org.trialkg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching pages from the replay server through every failure, with a sink that only collects the pages. */
class CtgovFetcherTest {
    private static final CtgovQuery TORIPALIMAB = new CtgovQuery(null, null, "toripalimab", List.of(), null, false);

    @TempDir
    Path store;

    private ReplayServer server;
    private final TestClock clock = new TestClock("2026-11-02T10:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<SavedPage> pages = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer(ReplayServer.fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CtgovFetcher fetcher(PageSink sink, int pageSize) {
        return ReplayServer.fetcher(store, sink, clock, pageSize, sleeps::add, lines::add);
    }

    private CtgovFetcher fetcher(int pageSize) {
        return fetcher(pages::add, pageSize);
    }

    private List<String> nctIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (SavedPage p : pages) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p.file()))) {
                for (JsonNode s : ReplayServer.JSON.readTree(in).path("studies")) {
                    ids.add(s.path("protocolSection").path("identificationModule").path("nctId").asText());
                }
            }
        }
        return ids;
    }

    @Test
    void followsNextPageTokenPageByPageAndSavesEachPageGzipped() throws IOException {
        FetchRun run = fetcher(1).fetch(server.api(), TORIPALIMAB);

        assertEquals(RunState.DONE, run.state());
        assertEquals(3, run.pages());
        assertEquals(3, run.studies());
        assertEquals(3, run.totalCount());
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        Path dir = store.resolve("downloads").resolve(run.id());
        assertEquals(List.of(dir.resolve("page-00001.json.gz"), dir.resolve("page-00002.json.gz"),
                dir.resolve("page-00003.json.gz")), pages.stream().map(SavedPage::file).toList());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
        List<Map<String, String>> req = server.requests();
        assertEquals(3, req.size());
        assertEquals(Map.of("format", "json", "query.intr", "toripalimab", "pageSize", "1", "countTotal", "true"),
                req.get(0));
        assertEquals(Map.of("format", "json", "query.intr", "toripalimab", "pageSize", "1", "pageToken", "tok-2"),
                req.get(1));
        assertEquals("tok-3", req.get(2).get("pageToken"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("page 2 (1 studies), 2 of 3 studies (66%)")), lines.toString());

        SavedFetch saved = FetchLog.open(store).fetches().get(0);
        assertEquals(TORIPALIMAB, saved.query());
        assertEquals(clock.instant(), saved.lastSuccess());
        assertEquals(run, saved.lastRun().orElseThrow());
    }

    @Test
    void waitsAsRetryAfterSaysOn429InSecondsAndAsAnHttpDate() throws IOException {
        server.fail(2, ReplayServer.Fault.status(429, Map.of("Retry-After", "7")),
                ReplayServer.Fault.status(429, Map.of("Retry-After", "Mon, 02 Nov 2026 10:00:30 GMT")));
        FetchRun run = fetcher(1).fetch(server.api(), TORIPALIMAB);

        assertEquals(RunState.DONE, run.state());
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(30)), sleeps);
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        assertEquals(5, server.requests().size());
    }

    @Test
    void backsOffExponentiallyOn503() throws IOException {
        server.fail(1, ReplayServer.Fault.status(503, Map.of()), ReplayServer.Fault.status(503, Map.of()),
                ReplayServer.Fault.status(502, Map.of()));
        FetchRun run = fetcher(2).fetch(server.api(), TORIPALIMAB);

        assertEquals(RunState.DONE, run.state());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), sleeps);
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        assertTrue(lines.stream().anyMatch(l -> l.contains("HTTP 503") && l.contains("retrying in 2 s (attempt 2 of 6)")),
                lines.toString());
    }

    @Test
    void aConnectionDroppedMidPageOrABodyCutShortIsRequestedAgainWithNothingDuplicated() throws IOException {
        server.fail(2, ReplayServer.Fault.drop(), ReplayServer.Fault.truncate());
        FetchRun run = fetcher(1).fetch(server.api(), TORIPALIMAB);

        assertEquals(RunState.DONE, run.state());
        assertEquals(2, sleeps.size());
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        assertTrue(lines.stream().anyMatch(l -> l.contains("connection failed")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("incomplete or broken page")), lines.toString());
    }

    @Test
    void exhaustedRetriesFailInOneLineAndTheRunResumesAtThatPageWithoutDownloadingEarlierOnes() throws IOException {
        for (int i = 0; i < RetryPolicy.DEFAULT.attempts(); i++) {
            server.fail(3, ReplayServer.Fault.status(503, Map.of()));
        }
        CtgovFetcher first = fetcher(1);
        FetchException e = assertThrows(FetchException.class, () -> first.fetch(server.api(), TORIPALIMAB));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().startsWith("fetch ctgov-1 page 3: HTTP 503: fault 503; gave up after 6 attempts"),
                e.getMessage());
        assertTrue(e.getMessage().contains("resume at page 3"), e.getMessage());
        FetchRun failed = FetchLog.open(store).fetches().get(0).lastRun().orElseThrow();
        assertEquals(RunState.FAILED, failed.state());
        assertEquals(2, failed.pages());
        assertEquals("tok-3", failed.nextPageToken());
        assertNull(FetchLog.open(store).fetches().get(0).lastSuccess());

        int before = server.requests().size();
        FetchRun resumed = fetcher(1).fetch(server.api(), TORIPALIMAB);
        List<Map<String, String>> after = server.requests().subList(before, server.requests().size());
        assertEquals(1, after.size(), "only page 3 is requested again");
        assertEquals("tok-3", after.get(0).get("pageToken"));
        assertEquals(failed.id(), resumed.id());
        assertEquals(RunState.DONE, resumed.state());
        assertEquals(3, resumed.studies());
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
    }

    @Test
    void aRunKilledAfterSavingAPageIngestsThatPageFromItsFileWhenResumed() throws IOException {
        RuntimeException kill = new IllegalStateException("killed");
        boolean[] killed = {false};
        PageSink dies = p -> {
            if (p.number() == 2 && !killed[0]) {
                killed[0] = true;
                throw kill;
            }
            pages.add(p);
        };
        assertThrows(FetchException.class, () -> fetcher(dies, 1).fetch(server.api(), TORIPALIMAB));
        assertEquals(2, server.requests().size());

        FetchRun resumed = fetcher(dies, 1).fetch(server.api(), TORIPALIMAB);
        assertEquals(3, server.requests().size(), "page 2 is read from its file; only page 3 is downloaded");
        assertEquals("tok-3", server.requests().get(2).get("pageToken"));
        assertEquals(List.of(1, 2, 3), pages.stream().map(SavedPage::number).toList());
        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        assertEquals(3, resumed.studies());
    }

    @Test
    void aRefusedRequestIsNotRetriedAndSaysWhatTheServerSaid() {
        server.fail(1, ReplayServer.Fault.status(400, Map.of()));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(10).fetch(server.api(), TORIPALIMAB));
        assertTrue(e.getMessage().startsWith("fetch ctgov-1 page 1: HTTP 400: fault 400"), e.getMessage());
        assertTrue(sleeps.isEmpty());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aRetryAfterLongerThanTenMinutesStopsTheFetchSayingWhenToComeBack() {
        server.fail(1, ReplayServer.Fault.status(503, Map.of("Retry-After", "3600")));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(10).fetch(server.api(), TORIPALIMAB));
        assertTrue(e.getMessage().contains("asks to wait 1 h before trying again"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-11-02T11:00:00Z"), e.getMessage());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void updateAsksForWhatChangedSinceTheDayBeforeTheLastSuccessfulRun() throws IOException {
        fetcher(10).fetch(server.api(), TORIPALIMAB);
        clock.set("2026-12-02T09:00:00Z");
        List<JsonNode> changed = new ArrayList<>(ReplayServer.fixture());
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get(1).path("protocolSection").path("statusModule"))
                .put("overallStatus", "ACTIVE_NOT_RECRUITING")
                .set("lastUpdatePostDateStruct", ReplayServer.JSON.createObjectNode().put("date", "2026-11-20"));
        server.replaceStudies(changed);
        pages.clear();

        CtgovFetcher.Update u = fetcher(10).update(java.util.Optional.empty());

        assertTrue(u.failures().isEmpty(), u.failures().toString());
        assertEquals(1, u.runs().size());
        Map<String, String> req = server.requests().get(server.requests().size() - 1);
        assertEquals("AREA[LastUpdatePostDate]RANGE[2026-11-01,MAX]", req.get("filter.advanced"));
        assertEquals("toripalimab", req.get("query.intr"));
        assertEquals(List.of("NCT09000012"), nctIds());
        SavedFetch saved = FetchLog.open(store).fetches().get(0);
        assertEquals(2, saved.runs().size());
        assertEquals(java.time.LocalDate.parse("2026-11-01"), saved.runs().get(1).since());
        assertEquals(clock.instant(), saved.lastSuccess());
        assertFalse(saved.runs().get(0).id().equals(saved.runs().get(1).id()));
    }

    @Test
    void restartLeavesTheUnfinishedRunAndFetchesFromTheFirstPage() throws IOException {
        server.fail(2, ReplayServer.Fault.status(400, Map.of()));
        assertThrows(FetchException.class, () -> fetcher(1).fetch(server.api(), TORIPALIMAB));
        clock.set("2026-11-02T11:00:00Z");
        pages.clear();
        FetchRun fresh = fetcher(1).fetch(server.api(), TORIPALIMAB, true);

        assertEquals(List.of("NCT09000011", "NCT09000012", "NCT09000013"), nctIds());
        assertEquals(1, pages.get(0).number());
        List<FetchRun> runs = FetchLog.open(store).fetches().get(0).runs();
        assertEquals(List.of(RunState.FAILED, RunState.DONE), runs.stream().map(FetchRun::state).toList());
        assertEquals(fresh, runs.get(1));
    }

    @Test
    void aServerRepeatingThePageTokenStopsTheFetchInsteadOfLooping() {
        server.stickTokens();
        FetchException e = assertThrows(FetchException.class, () -> fetcher(1).fetch(server.api(), TORIPALIMAB));
        assertTrue(e.getMessage().startsWith("fetch ctgov-1 page 2: the API returned the page token it was asked for"),
                e.getMessage());
        assertEquals(2, server.requests().size());
    }

    @Test
    void realStudiesFromSharedDataArriveWholeInPagesOfThirty() throws IOException {
        server.replaceStudies(ReplayServer.studies(ReplayServer.shared("data/ctgov-json/nsclc-phase3-100.json")));
        server.fail(2, ReplayServer.Fault.drop());
        server.fail(3, ReplayServer.Fault.status(429, Map.of("Retry-After", "1")));
        FetchRun run = fetcher(30).fetch(server.api(), TORIPALIMAB);

        assertEquals(4, run.pages());
        assertEquals(100, run.studies());
        List<String> ids = nctIds();
        assertEquals(100, ids.size());
        assertEquals(100, ids.stream().distinct().count());
    }
}
