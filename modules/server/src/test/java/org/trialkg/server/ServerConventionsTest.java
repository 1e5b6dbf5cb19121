package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.Workspace;

/**
 * What users of Fuseki and of other search APIs expect of the server: a ping, CORS when asked for, XML results, one
 * clear line for a SPARQL mistake, filters that say which values they take, escaped snippets, unranked browsing.
 */
class ServerConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ORIGIN = "https://notebook.example.org";

    @TempDir
    static Path tmp;
    private static Workspace ws;
    private static TrialkgServer server;
    private static TrialkgServer withCors;

    @BeforeAll
    static void serve() {
        ws = ExampleStore.build(tmp.resolve("store"));
        server = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 0));
        withCors = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 0),
                new TrialkgServer.Options(Duration.ofSeconds(10), false, ORIGIN));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {withCors, server, ws}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(TrialkgServer s, String path) {
        return HttpRequest.newBuilder(URI.create(s.url() + path));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode search(String params) throws IOException, InterruptedException {
        HttpResponse<String> r = send(at(server, "api/search?" + params));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String error(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body()).get("error").asText();
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> h.get("ids").forEach(id -> ids.add(id.asText())));
        return ids;
    }

    @Test
    void pingAnswersWithTheTime() throws Exception {
        HttpResponse<String> r = send(at(server, "$/ping"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().strip().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "a timestamp: " + r.body());
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> r = send(at(server, "api/search?q=capecitabine").header("Origin", ORIGIN));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().map().toString());
    }

    @Test
    void corsOriginMayReadTheApiAndSparqlAndOthersMayNot() throws Exception {
        HttpResponse<String> api = send(at(withCors, "api/search?q=capecitabine").header("Origin", ORIGIN));
        assertEquals(ORIGIN, api.headers().firstValue("Access-Control-Allow-Origin").orElse(null), api.headers().map().toString());
        HttpResponse<String> sparql = send(at(withCors, "trialkg/query?query=" + enc("ASK {}")).header("Origin", ORIGIN)
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, sparql.statusCode(), sparql.body());
        assertEquals(ORIGIN, sparql.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = send(at(withCors, "trialkg/sparql").header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        HttpResponse<String> other = send(at(withCors, "api/search?q=capecitabine").header("Origin", "https://evil.example"));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().map().toString());
    }

    @Test
    void corsOriginWithAPathIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrialkgServer.Options(Duration.ofSeconds(1), false, "https://example.org/app"));
        assertTrue(e.getMessage().startsWith("cors: expected an origin"), e.getMessage());
    }

    @Test
    void sparqlAnswersInXmlByAcceptAndByFormat() throws Exception {
        String q = enc("SELECT ?id WHERE { ?t <https://w3id.org/trialkg/ns#identifier> ?id } LIMIT 2");
        HttpResponse<String> byAccept = send(at(server, "trialkg/query?query=" + q).header("Accept", "application/sparql-results+xml"));
        HttpResponse<String> byFormat = send(at(server, "trialkg/query?query=" + q + "&format=xml"));
        for (HttpResponse<String> r : List.of(byAccept, byFormat)) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"),
                    r.headers().map().toString());
            assertTrue(r.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"") && r.body().contains("<binding name=\"id\">"),
                    r.body());
        }
    }

    @Test
    void updateSentToTheQueryEndpointIsReadOnlyInOneLine() throws Exception {
        String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        List<HttpResponse<String>> tries = List.of(
                send(at(server, "trialkg/sparql").header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(insert))),
                send(at(server, "trialkg/query?query=" + enc(insert))),
                send(at(server, "trialkg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(insert)))),
                send(at(server, "trialkg/sparql").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert))));
        for (HttpResponse<String> r : tries) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(error(r).startsWith("this endpoint is read-only: SPARQL Update is not accepted"), r.body());
        }
        assertEquals("false", JSON.readTree(send(at(server, "trialkg/query?query=" + enc("ASK { <urn:a> ?p ?o }"))
                .header("Accept", "application/sparql-results+json")).body()).get("boolean").asText(), "nothing was written");
    }

    @Test
    void malformedQueryIsOneLineWithLineAndColumn() throws Exception {
        HttpResponse<String> r = send(at(server, "trialkg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE {\n  ?s ?p \n")));
        assertEquals(400, r.statusCode(), r.body());
        String e = error(r);
        assertTrue(e.startsWith("SPARQL syntax error at line "), e);
        assertFalse(e.contains("\n"), e);
    }

    @Test
    void goodQueryPostedAsABodyStillRuns() throws Exception {
        HttpResponse<String> r = send(at(server, "trialkg/sparql").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?t <https://w3id.org/trialkg/ns#identifier> \""
                        + ExampleStore.XSS_ID + "\" }")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("boolean").asBoolean(), "the body reached Fuseki whole: " + r.body());
    }

    @Test
    void filterValueOutsideTheFacetListsTheAcceptedValues() throws Exception {
        HttpResponse<String> phase = send(at(server, "api/search?q=&phase=" + enc("Phase 3")));
        assertEquals(400, phase.statusCode(), phase.body());
        assertTrue(error(phase).startsWith("phase: 'Phase 3' is not a value of this facet; accepted: EARLY_PHASE1, PHASE1, PHASE2,"),
                phase.body());
        HttpResponse<String> country = send(at(server, "api/search?q=&country=Atlantis"));
        assertEquals(400, country.statusCode(), country.body());
        assertTrue(error(country).contains("a two-letter code such as CN"), country.body());
    }

    @Test
    void countryFilterTakesAnEnglishNameAsItsCode() throws Exception {
        assertEquals(ids(search("q=&limit=50&country=CN")), ids(search("q=&limit=50&country=China")));
        assertFalse(ids(search("q=&limit=50&country=China")).isEmpty());
    }

    @Test
    void phaseFilterTakesTheValuesAsTheCardPrintsThem() throws Exception {
        List<String> both = ids(search("q=&limit=50&phase=" + enc("PHASE2|PHASE3")));
        assertTrue(both.contains(ExampleStore.XSS_ID), both.toString());
        List<String> either = ids(search("q=&limit=50&phase=PHASE2&phase=PHASE3"));
        assertEquals(either, both);
        assertTrue(ids(search("q=&limit=50&phase=phase3")).contains(ExampleStore.XSS_ID), "any case");
    }

    @Test
    void browsingEveryTrialShowsNoScore() throws Exception {
        JsonNode all = search("q=&limit=5");
        assertFalse(all.get("ranked").asBoolean());
        all.get("hits").forEach(h -> assertTrue(h.get("score").isNull(), h.toString()));
        JsonNode ranked = search("q=capecitabine&limit=5");
        assertTrue(ranked.get("ranked").asBoolean());
        assertTrue(ranked.get("hits").get(0).get("score").asDouble() > 0, ranked.toString());
    }

    @Test
    void snippetIsEscapedTextWithHighlightMarksOnly() throws Exception {
        JsonNode body = search("q=" + enc("\"colorectal cancer\" fictional browser") + "&limit=20");
        JsonNode hit = null;
        for (JsonNode h : body.get("hits")) {
            if (h.get("ids").toString().contains(ExampleStore.XSS_ID)) {
                hit = h;
            }
        }
        assertTrue(hit != null, body.toString());
        assertEquals("/trial/" + ExampleStore.XSS_ID, hit.get("page").asText());
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("<b>"), snippet);
        assertTrue(snippet.replaceAll("</?b>", "").indexOf('<') < 0, "no markup but the marks: " + snippet);
    }

    @Test
    void snippetShowsMarkdownEscapesAsTheCharacters() throws Exception {
        JsonNode body = search("q=" + enc("summary:years") + "&limit=20");
        String snippets = body.get("hits").toString();
        assertTrue(snippets.contains("&gt;= 18 <b>years</b>"), snippets);
        assertFalse(snippets.contains("\\\\&gt;") || snippets.contains("\\\\["), snippets);
    }

    @Test
    void drugApiAnswersTheReportAndNotFoundInOneLine() throws Exception {
        HttpResponse<String> r = send(at(server, "api/drug/capecitabine"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = JSON.readTree(r.body());
        assertEquals("capecitabine", d.get("name").asText().toLowerCase());
        assertTrue(d.get("trialsByRegistry").toString().contains(ExampleStore.XSS_ID), d.toString());
        HttpResponse<String> none = send(at(server, "api/drug/nosuchdrugxyz"));
        assertEquals(404, none.statusCode());
        assertEquals("no drug or drug class named 'nosuchdrugxyz' in the lexicon", error(none));
    }

    @Test
    void trialApiTakesAnIdWithASlashAsAParameter() throws Exception {
        HttpResponse<String> r = send(at(server, "api/trial?id=" + ExampleStore.XSS_ID));
        assertEquals(200, r.statusCode(), r.body());
        assertNull(JSON.readTree(r.body()).get("error"));
    }
}
