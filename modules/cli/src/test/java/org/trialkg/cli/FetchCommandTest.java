package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trialkg fetch} and {@code trialkg update} against a local server that serves one page of two studies. */
class FetchCommandTest {
    private static final String STUDY = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"%s\","
            + "\"briefTitle\":\"Toripalimab study %s (fictional)\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\","
            + "\"lastUpdatePostDateStruct\":{\"date\":\"2024-05-02\"}},\"armsInterventionsModule\":{\"interventions\":"
            + "[{\"type\":\"DRUG\",\"name\":\"Toripalimab\"}]}}}";

    @TempDir
    Path tmp;

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void refusesAFetchWithoutAFilterOrFromAnotherRegistry() {
        Cli.Run none = run("fetch", "--store", tmp.resolve("s").toString(), "ctgov");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no filter") && none.err().contains("--all"), none.err());
        Cli.Run other = run("fetch", "--store", tmp.resolve("s").toString(), "isrctn", "--query", "x");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("ctgov"), other.err());
        assertTrue(!Files.exists(tmp.resolve("s")), "nothing is created for a refused fetch");
    }

    @Test
    void fetchesIntoTheStoreKeepsThePagesAndUpdatesWhatChanged() throws IOException {
        List<String> queries = Collections.synchronizedList(new ArrayList<>());
        String page = "{\"totalCount\":2,\"studies\":[" + String.format(STUDY, "NCT09000021", "A") + ","
                + String.format(STUDY, "NCT09000022", "B") + "]}";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/studies", ex -> {
            queries.add(URLDecoder.decode(ex.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            byte[] b = page.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            String api = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2";
            Path store = tmp.resolve("store");
            Cli.Run fetch = run("fetch", "--store", store.toString(), "ctgov", "--intervention", "toripalimab",
                    "--status", "recruiting", "--api", api);
            assertEquals(0, fetch.code(), fetch.err());
            assertTrue(fetch.out().contains("2 studies read (2 stored, 0 unchanged)"), fetch.out());
            assertTrue(fetch.out().contains("2 trials"), fetch.out());
            assertTrue(fetch.err().contains("page 1 (2 studies), 2 of 2 studies (100%)"), fetch.err());
            assertTrue(queries.get(0).contains("query.intr=toripalimab") && queries.get(0).contains(
                    "filter.overallStatus=RECRUITING"), queries.toString());
            assertTrue(Files.exists(store.resolve("fetches.json")));
            try (var dirs = Files.list(store.resolve("downloads"))) {
                assertEquals(1, dirs.count());
            }

            Cli.Run update = run("update", "--store", store.toString());
            assertEquals(0, update.code(), update.err());
            // the server ignores the filter and serves both studies again: the store still holds two trials
            assertTrue(update.out().contains("2 studies read (0 stored, 2 unchanged)"), update.out());
            assertTrue(update.out().contains(": 2 trials,"), update.out());
            String last = queries.get(queries.size() - 1);
            assertTrue(last.contains("filter.advanced=AREA[LastUpdatePostDate]RANGE[")
                    && last.contains("query.intr=toripalimab"), last);

            Cli.Run again = run("update", "--store", store.toString(), "--json");
            assertEquals(0, again.code(), again.err());
            var counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.out());
            assertEquals(2, counts.get("studies").asInt(), again.out());
            assertEquals(0, counts.get("stored").asInt(), "the same studies again store nothing: " + again.out());
            assertEquals(2, counts.get("store").get("trials").asInt(), again.out());
        } finally {
            server.stop(0);
        }
    }
}
