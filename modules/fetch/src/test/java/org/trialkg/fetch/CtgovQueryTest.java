package org.trialkg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtgovQueryTest {
    @Test
    void refusesASearchWithoutAnyFilterUnlessAllIsGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CtgovQuery(" ", null, "", List.of(), null, false));
        assertTrue(e.getMessage().contains("--all"), e.getMessage());
        assertEquals(Map.of("format", "json"), new CtgovQuery(null, null, null, List.of(), null, true).parameters());
    }

    @Test
    void mapsEachOptionToItsApiV2Parameter() {
        CtgovQuery q = new CtgovQuery("JS001", "nasopharyngeal carcinoma", "toripalimab",
                List.of(OverallStatus.RECRUITING, OverallStatus.NOT_YET_RECRUITING, OverallStatus.RECRUITING),
                LocalDate.parse("2026-10-31"), false);
        assertEquals(Map.of("format", "json", "query.term", "JS001", "query.cond", "nasopharyngeal carcinoma",
                "query.intr", "toripalimab", "filter.overallStatus", "RECRUITING,NOT_YET_RECRUITING",
                "filter.advanced", "AREA[LastUpdatePostDate]RANGE[2026-10-31,MAX]"), q.parameters());
    }

    @Test
    void readsStatusesAsUsersTypeThemAndNamesTheValidOnes() {
        assertEquals(OverallStatus.ACTIVE_NOT_RECRUITING, OverallStatus.parse("active-not-recruiting"));
        assertEquals(OverallStatus.RECRUITING, OverallStatus.parse("Recruiting"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OverallStatus.parse("open"));
        assertTrue(e.getMessage().contains("NOT_YET_RECRUITING"), e.getMessage());
    }

    @Test
    void pageUrlsEncodeTheSearchAndAskForTheTotalOnTheFirstPageOnly(@TempDir Path store) {
        CtgovFetcher f = new CtgovFetcher(store, new PageDownloader(RetryPolicy.DEFAULT, d -> { }, Clock.systemUTC(),
                s -> { }), p -> { }, Clock.systemUTC(), 1000, s -> { });
        CtgovQuery q = new CtgovQuery(null, "lung cancer", null, List.of(), null, false);
        assertEquals("https://clinicaltrials.gov/api/v2/studies?format=json&query.cond=lung%20cancer&pageSize=1000"
                + "&countTotal=true", f.pageUri(CtgovFetcher.DEFAULT_API, q.parameters(), null, true).toString());
        assertEquals(URI.create("http://mirror/api/v2/studies?format=json&query.cond=lung%20cancer&pageSize=1000"
                + "&pageToken=NF0g5J%2BS"), f.pageUri(URI.create("http://mirror/api/v2/"), q.parameters(), "NF0g5J+S",
                false));
    }
}
