package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of {@code queries/} over the repository's {@code examples/} (and one radiotherapy page of the test
 * resources), so that a fresh clone tests each without {@code ../shared}. Where a query names what it asks about
 * (the seeds' trial IDs, a sponsor), the test puts in the examples' own.
 */
class ExampleQueriesTest {
    private static Workspace ws;

    @BeforeAll
    static void ingest() throws Exception {
        ws = Workspace.inMemory();
        Path examples = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "examples");
        Path radiotherapy = Path.of(ExampleQueriesTest.class.getResource("/queries").toURI());
        IngestReport r = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(examples, radiotherapy));
        assertEquals(List.of(), r.problems());
        assertEquals(6, r.stored());
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void trialsOfDrugFindsToripalimabByItsResearchCode() throws Exception {
        assertEquals(List.of("NCT09000001", "ChiCTR1900000005, NCT09000005"),
                QueryRows.rows(ws, "trials-of-drug.rq", r -> sorted(r.get("ids"))));
    }

    @Test
    void drugsPerTrialGivesEachDrugsDoseRouteAndInterval() throws Exception {
        assertEquals(List.of("capecitabine 500.0 mg oral P1D", "toripalimab 240.0 mg IV P3W"),
                QueryRows.rows(ws, "drugs-per-trial.rq",
                        Map.of("VALUES ?given { \"NCT07177794\" \"NCT07016737\" }", "VALUES ?given { \"NCT09000001\" }"),
                        r -> r.get("drug") + " " + r.get("doseMin") + " " + r.get("unit") + " " + r.get("route") + " "
                                + r.get("interval")));
    }

    @Test
    void trialsBySponsorFindsTheOrganisationByPartOfItsName() throws Exception {
        assertEquals(List.of("LEAD ChiCTR1900000005, NCT09000005"),
                QueryRows.rows(ws, "trials-by-sponsor.rq", Map.of("\"sun yat-sen\"", "\"biosciences\""),
                        r -> r.get("role") + " " + sorted(r.get("ids"))));
    }

    @Test
    void sitesByCountryCountsTheSitesOfTheDrugsTrials() throws Exception {
        assertEquals(List.of("CN 2 2", "TW 1 1"), QueryRows.rows(ws, "sites-by-country.rq",
                r -> r.get("country") + " " + r.get("sites") + " " + r.get("trials")));
    }

    @Test
    void phase3ByDrugClassListsThePd1Trials() throws Exception {
        assertEquals(List.of("NCT09000001", "NCT09000003", "ChiCTR1900000005, NCT09000005"),
                QueryRows.rows(ws, "phase3-by-drug-class.rq", r -> sorted(r.get("ids"))));
    }

    @Test
    void pd1EveryThreeWeeksGivesTheDoses() throws Exception {
        assertEquals(List.of("toripalimab 240.0", "pembrolizumab 200.0", "toripalimab 240.0"),
                QueryRows.rows(ws, "pd1-every-3-weeks.rq", r -> r.get("drug") + " " + r.get("doseMin")));
    }

    @Test
    void radiotherapyAbove50GyKeepsTheHigherCourseOnly() throws Exception {
        assertEquals(List.of("NCT09100002 60.0 30.0"), QueryRows.rows(ws, "radiotherapy-above-50gy.rq",
                r -> r.get("ids") + " " + r.get("totalMax") + " " + r.get("fractionsMax")));
    }

    @Test
    void searchAndGraphJoinsTheSearchWithPhaseAndCountry() throws Exception {
        assertEquals(List.of("NCT09000001"), QueryRows.rows(ws, "search-and-graph.rq", r -> r.get("ids")));
    }

    private static String sorted(String ids) {
        return Arrays.stream(ids.split(", ")).sorted().collect(Collectors.joining(", "));
    }
}
