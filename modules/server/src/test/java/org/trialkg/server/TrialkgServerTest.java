package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.Workspace;

/** The server over a store folder filled from the repository's examples, called over HTTP as users and scripts do. */
class TrialkgServerTest {
    private static final String NCT = "NCT09000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    static Path tmp;
    private static Workspace ws;
    private static TrialkgServer server;

    @BeforeAll
    static void serveExamples() {
        // As `trialkg serve` does: the store opened read-only, held by the server while it runs.
        ws = ExampleStore.build(tmp.resolve("store"));
        // A short timeout, so that the test of a runaway query ends soon; every other query here takes milliseconds.
        server = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 0),
                new TrialkgServer.Options(TIMEOUT, false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sparql(String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand: the JDK client will not send another Host header or a TRACE with headers. */
    private static String raw(String method, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((method + " /api/search?q=x HTTP/1.1\r\nHost: " + host
                    + "\r\nCookie: secret=1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type, was " + r.headers().firstValue("Content-Type"));
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> hitIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> h.get("ids").forEach(id -> ids.add(id.asText())));
        return ids;
    }

    @Test
    void searchReturnsTheTrialWithSnippetAndFacets() throws Exception {
        HttpResponse<String> r = get("api/search?q=" + enc("toripalimab consolidation"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("total").asLong() >= 1, r.body());
        JsonNode first = body.get("hits").get(0);
        assertTrue(first.get("iri").asText().endsWith("/trial/nct/" + NCT), first.toString());
        assertTrue(hitIds(body).contains(NCT), r.body());
        assertTrue(first.get("score").asDouble() > 0, first.toString());
        assertTrue(first.get("snippet").asText().contains("<b>"), "a highlighted snippet: " + first);
        assertEquals("/api/trial/" + NCT, first.get("card").asText());
        assertTrue(body.get("facets").get("phase").size() > 0, "phase facet counts: " + body.get("facets"));
        assertTrue(body.get("facets").get("country").toString().contains("\"CN\""), body.get("facets").toString());
    }

    @Test
    void searchSaysWhenItRelaxedTheQueryOrCorrectedAWord() throws Exception {
        JsonNode strict = json(get("api/search?q=" + enc("toripalimab consolidation")));
        assertFalse(strict.get("relaxed").asBoolean(), strict.toString());
        assertTrue(strict.get("didYouMean").isNull(), strict.toString());
        JsonNode relaxed = json(get("api/search?q=" + enc("can toripalimab consolidation cure everything")));
        assertTrue(relaxed.get("relaxed").asBoolean(), relaxed.toString());
        assertTrue(hitIds(relaxed).contains(NCT), relaxed.toString());
        JsonNode misspelt = json(get("api/search?q=" + enc("toripalimub")));
        assertEquals("toripalimab", misspelt.get("didYouMean").asText(), misspelt.toString());
        assertTrue(hitIds(misspelt).contains(NCT), misspelt.toString());
    }

    @Test
    void facetFilterKeepsOnlyTrialsWithTheValue() throws Exception {
        JsonNode all = json(get("api/search?q=*&limit=100"));
        JsonNode china = json(get("api/search?q=*&limit=100&country=CN"));
        JsonNode nowhere = json(get("api/search?q=toripalimab&country=IS"));
        assertTrue(china.get("total").asLong() >= 1, china.toString());
        assertTrue(china.get("total").asLong() < all.get("total").asLong(), "the filter drops some trials: " + all.get("facets"));
        assertTrue(hitIds(china).contains(NCT));
        assertEquals(0, nowhere.get("total").asLong());
        assertEquals(0, nowhere.get("hits").size());
    }

    @Test
    void offsetPagesThroughTheRanking() throws Exception {
        JsonNode all = json(get("api/search?q=*&limit=3"));
        JsonNode second = json(get("api/search?q=*&limit=1&offset=1"));
        assertTrue(all.get("hits").size() >= 2, all.toString());
        assertEquals(1, second.get("hits").size());
        assertEquals(1, second.get("offset").asInt());
        assertEquals(all.get("hits").get(1).get("iri"), second.get("hits").get(0).get("iri"));
    }

    @Test
    void malformedQueryIsBadRequestWithOneLineJsonError() throws Exception {
        HttpResponse<String> r = get("api/search?q=" + enc("(toripalimab"));
        assertEquals(400, r.statusCode());
        JsonNode body = json(r);
        assertEquals(1, body.size(), "only the error: " + r.body());
        String error = body.get("error").asText();
        assertTrue(error.startsWith("cannot read the query '(toripalimab'"), error);
        assertFalse(error.contains("\n") || error.contains("\tat "), "one line, no stack trace: " + error);
    }

    @Test
    void unknownParameterOrBadNumberIsBadRequest() throws Exception {
        HttpResponse<String> unknown = get("api/search?q=x&colour=red");
        HttpResponse<String> limit = get("api/search?q=x&limit=ten");
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).get("error").asText().contains("[colour]"), unknown.body());
        assertEquals(400, limit.statusCode());
        assertEquals("limit: expected a whole number, was 'ten'", json(limit).get("error").asText());
    }

    @Test
    void sparqlJoinsSearchWithGraphPatterns() throws Exception {
        String query = """
                PREFIX tk: <https://w3id.org/trialkg/ns#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?trial ?score ?title WHERE {
                  (?trial ?score) tk:search ("toripalimab" 10) .
                  ?trial dct:title ?title .
                  ?trial tk:identifier "%s" .
                }""".formatted(NCT);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = JSON.readTree(r.body()).get("results").get("bindings");
        assertEquals(1, rows.size(), r.body());
        JsonNode row = rows.get(0);
        assertTrue(row.get("trial").get("value").asText().endsWith("/trial/nct/" + NCT), row.toString());
        assertTrue(Float.parseFloat(row.get("score").get("value").asText()) > 0, row.toString());
        assertTrue(row.get("title").get("value").asText().toLowerCase().contains("toripalimab"), row.toString());
    }

    @Test
    void malformedSearchInsideSparqlIsABadRequest() throws Exception {
        String query = "PREFIX tk: <https://w3id.org/trialkg/ns#> SELECT ?trial WHERE { ?trial tk:search \"(toripalimab\" }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("tk:search"), r.body());
    }

    @Test
    void queryEndpointAnswersGetAndSeesTheUnionOfRecords() throws Exception {
        String query = "ASK { ?trial <https://w3id.org/trialkg/ns#identifier> \"" + NCT + "\" }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "trialkg/query?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("boolean").asBoolean(), "the default graph is the union of the record graphs");
    }

    @Test
    void storeCannotBeUpdatedOverHttp() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "trialkg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update refused, was " + r.statusCode());
        assertTrue(json(get("api/search?q=*")).get("total").asLong() > 0, "the trials are still there");
    }

    @Test
    void trialCardIsServedByRegistryId() throws Exception {
        HttpResponse<String> r = get("api/trial/" + NCT);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode card = json(r);
        assertTrue(card.get("iri").asText().endsWith("/trial/nct/" + NCT), card.toString());
        assertTrue(card.get("title").asText().contains("Toripalimab"), card.get("title").toString());
    }

    @Test
    void unknownTrialIsNotFoundWithJsonError() throws Exception {
        HttpResponse<String> r = get("api/trial/NCT00000000");
        assertEquals(404, r.statusCode());
        assertEquals("no trial with ID 'NCT00000000'", json(r).get("error").asText());
    }

    @Test
    void pageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<textarea") && r.body().contains("src=\"/page.js\""), "search box, SPARQL area, script");
        assertFalse(r.body().contains("src=\"http"), "nothing fetched from elsewhere");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"),
                "no inline script runs: " + r.headers().map());
        HttpResponse<String> script = get("page.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/api/search") && !script.body().contains("http://"), "the script, calling only its server");
        assertEquals(200, get("trial/" + NCT).statusCode(), "a trial's page");
        assertEquals(200, get("drug/capecitabine").statusCode(), "a drug's page");
        assertEquals(404, get("no-such-page").statusCode());
    }

    @Test
    void runawaySparqlQueryIsStoppedAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(5)) < 0, "stopped near the timeout, took " + took);
        assertEquals(200, sparql("ASK { ?s ?p ?o }").statusCode(), "the server answers after it");
    }

    @Test
    void serviceIsRefusedAndNothingIsFetched() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        target.start();
        try {
            HttpResponse<String> r = sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:" + target.getAddress().getPort()
                    + "/x> { ?s ?p ?o } }");
            // Fuseki answers 422 (a query it understood but will not run): the client's error, not the server's.
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
            assertEquals(0, calls.get(), "the server made no request on the client's behalf");
        } finally {
            target.stop(0);
        }
    }

    @Test
    void foreignHostHeaderIsForbiddenOnLoopback() throws Exception {
        int port = server.port();
        assertTrue(raw("GET", "evil.example:" + port).startsWith("HTTP/1.1 403"), "a rebound name is refused");
        assertTrue(raw("GET", "127.0.0.1:" + (port + 1)).startsWith("HTTP/1.1 403"), "another port is refused");
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertTrue(raw("GET", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void traceIsNotAllowedAndEchoesNothing() throws Exception {
        String answer = raw("TRACE", "127.0.0.1:" + server.port());
        assertTrue(answer.startsWith("HTTP/1.1 405"), answer);
        assertFalse(answer.contains("secret=1"), answer);
    }

    @Test
    void oversizedQueryIsRefusedBeforeItIsParsed() throws Exception {
        String big = "ASK { ?s ?p \"" + "x".repeat(RequestGuard.MAX_REQUEST_BYTES) + "\" }";
        HttpResponse<String> r = sparql(big);
        assertEquals(413, r.statusCode(), r.body().substring(0, Math.min(200, r.body().length())));
        assertTrue(json(r).get("error").asText().contains("at most " + RequestGuard.MAX_REQUEST_BYTES), r.body());
    }

    @Test
    void overflowingOffsetAndTooManyWildcardsAreBadRequests() throws Exception {
        HttpResponse<String> offset = get("api/search?q=*&offset=2147483647");
        assertEquals(400, offset.statusCode(), offset.body());
        assertTrue(json(offset).get("error").asText().startsWith("offset: expected 0 or more"), offset.body());
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            q.append(i == 0 ? "" : " OR ").append("w").append(i).append('*');
        }
        HttpResponse<String> wild = get("api/search?q=" + enc(q.toString()));
        assertEquals(400, wild.statusCode(), wild.body());
        assertTrue(json(wild).get("error").asText().contains("expands to more than"), wild.body());
    }
}
