package org.trialkg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.IngestReport;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.vocab.TK;

/** Fetched pages through the ingest into a real store folder. */
class StoreIngestTest {
    private static final CtgovQuery TORIPALIMAB = new CtgovQuery(null, null, "toripalimab", List.of(), null, false);

    @TempDir
    Path store;

    private ReplayServer server;
    private final TestClock clock = new TestClock("2026-11-02T10:00:00Z");
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer(ReplayServer.fixture());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CtgovFetcher fetcher(StoreIngest sink, int pageSize) {
        return ReplayServer.fetcher(store, sink, clock, pageSize, w -> { }, s -> { });
    }

    private static List<String> statuses(Workspace ws, String nct) {
        String q = "PREFIX tk: <" + TK.NS + "> SELECT ?s WHERE { ?t tk:identifier \"" + nct
                + "\" ; tk:status ?s } ORDER BY ?s";
        Dataset ds = ws.store().dataset();
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("s").getURI();
                    out.add(iri.substring(iri.lastIndexOf("status_") + "status_".length()));
                });
            }
            return out;
        });
    }

    @Test
    void aMalformedStudyIsReportedInOneLineAndTheOtherStudiesOfItsPageAreStored() throws IOException {
        List<JsonNode> studies = new ArrayList<>(ReplayServer.fixture());
        studies.add(1, ReplayServer.JSON.readTree("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT123\"}}}"));
        studies.add(3, ReplayServer.JSON.readTree("{\"protocolSection\":{\"statusModule\":{}}}"));
        server.replaceStudies(studies);
        try (Workspace ws = Workspace.open(store, true)) {
            StoreIngest sink = new StoreIngest(ws, s -> { }, problems::add);
            FetchRun run = fetcher(sink, 3).fetch(server.api(), TORIPALIMAB);

            assertEquals(2, run.pages());
            assertEquals(5, run.studies());
            assertEquals(3, sink.stored());
            assertEquals(3, Stats.of(ws).trials());
            assertEquals(List.of(
                    "problem: fetch ctgov-1 page 1 [study 2]: read: nctId 'NCT123' is not a valid NCT number (NCT "
                            + "followed by 8 digits)",
                    "problem: fetch ctgov-1 page 2 [study 1]: read: not a ClinicalTrials.gov API v2 study: no "
                            + "protocolSection.identificationModule.nctId (top-level keys: protocolSection)"),
                    problems);
        }
    }

    @Test
    void anUpdateStoresTheChangedStatusOfAStudyUpdatedSinceTheLastRun() throws IOException {
        try (Workspace ws = Workspace.open(store, true)) {
            fetcher(new StoreIngest(ws, s -> { }, problems::add), 2).fetch(server.api(), TORIPALIMAB);
            assertEquals(List.of("RECRUITING"), statuses(ws, "NCT09000012"));

            List<JsonNode> changed = new ArrayList<>(ReplayServer.fixture());
            ((ObjectNode) changed.get(1).path("protocolSection").path("statusModule"))
                    .put("overallStatus", "ACTIVE_NOT_RECRUITING")
                    .set("lastUpdatePostDateStruct", ReplayServer.JSON.createObjectNode().put("date", "2026-11-20"));
            server.replaceStudies(changed);
            clock.set("2026-12-02T09:00:00Z");
            StoreIngest sink = new StoreIngest(ws, s -> { }, problems::add);
            CtgovFetcher.Update u = fetcher(sink, 2).update(Optional.empty());

            assertTrue(u.failures().isEmpty(), u.failures().toString());
            assertEquals(1, sink.records(), "only the changed study is fetched again");
            assertEquals(1, sink.stored());
            assertEquals(List.of("ACTIVE_NOT_RECRUITING"), statuses(ws, "NCT09000012"),
                    "the newer version replaced the stored one");
            assertEquals(List.of("RECRUITING"), statuses(ws, "NCT09000011"));
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void theDownloadsFolderIngestsAgainWithoutTheServer() throws IOException {
        try (Workspace ws = Workspace.open(store, true)) {
            fetcher(new StoreIngest(ws, s -> { }, problems::add), 2).fetch(server.api(), TORIPALIMAB);
            server.close();
            IngestReport again = new Ingest(ws, IngestOptions.DEFAULT, s -> { })
                    .run(List.of(store.resolve(CtgovFetcher.DOWNLOADS)));
            assertEquals(2, again.inputs());
            assertEquals(3, again.records());
            assertEquals(3, again.unchanged(), "the same pages give the same records");
            assertEquals(3, Stats.of(ws).trials());
        }
    }
}
