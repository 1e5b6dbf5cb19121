package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.Workspace;

/**
 * A SPARQL query stops when its client goes away, and an answer cut by the timeout never reaches the client as a
 * complete one. The server's own timeout is long here (60 s), so that only the client's leaving can explain a query
 * that stops within seconds; the truncation test lowers it per request with the protocol's {@code timeout}.
 */
class QueryCancelTest {
    /** Never finishes on any store worth querying: four unbound patterns joined. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /**
     * Every quad first, streamed at once (well past Jetty's output buffer, so the 200 is on the wire), then a branch
     * that yields nothing for a cross product's time: the filter needs all three patterns, so it cannot be pushed
     * down.
     */
    private static final String STREAM_THEN_STALL = "SELECT * WHERE { { ?s ?p ?o } UNION "
            + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?a) = CONCAT(STR(?d), STR(?g), \"-never\")) } }";

    @TempDir
    static Path tmp;
    private static Workspace ws;
    private static TrialkgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveExamples() {
        Path examples = Path.of("../../examples");
        assumeTrue(Files.isDirectory(examples), "the repository's examples/ folder is not at " + examples.toAbsolutePath());
        Path store = tmp.resolve("store");
        try (Workspace writable = Workspace.open(store, true)) {
            writable.ensureVocabularies();
            new Ingest(writable, IngestOptions.DEFAULT, s -> { }).run(List.of(examples));
        }
        ws = Workspace.open(store, false);
        server = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 0),
                new TrialkgServer.Options(Duration.ofSeconds(60), false));
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

    @Test
    void aClientThatHangsUpStopsItsQuery() throws Exception {
        long before = ClientWatch.CLIENTS_GONE.get();
        String body = "query=" + URLEncoder.encode(RUNAWAY, StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /trialkg/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nAccept: application/sparql-results+json\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            awaitQueryRunning(Duration.ofSeconds(10));
        }
        long hungUp = System.nanoTime();
        // The abort reaches the query at its next step; the thread is free once no thread evaluates a query.
        Duration freed = awaitNoQueryRunning(Duration.ofSeconds(20));
        assertEquals(before + 1, ClientWatch.CLIENTS_GONE.get(), "the hang-up was seen as the client leaving");
        assertTrue(freed.compareTo(Duration.ofSeconds(5)) < 0, "the query stopped "
                + freed.toMillis() + " ms after the hang-up; the timeout was 60 s");
        long start = System.nanoTime();
        HttpResponse<String> next = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()
                + "?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000, "the next request is served promptly");
        assertTrue(Duration.ofNanos(System.nanoTime() - hungUp).toSeconds() < 30);
    }

    @Test
    void anAnswerCutByTheTimeoutAfterItsFirstRowsIsAnIncompleteTransfer() throws Exception {
        long before = BoundedQuery.CUT_AFTER_COMMIT.get();
        HttpRequest csv = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?timeout=2&query="
                + URLEncoder.encode(STREAM_THEN_STALL, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build();
        HttpResponse<InputStream> r = HTTP.send(csv, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), "rows were on their way before the timeout");
        byte[] got = new byte[1 << 16];
        int firstRead;
        try (InputStream in = r.body()) {
            firstRead = in.readNBytes(got, 0, got.length);
            // The rest of the answer: the client must be told that it never came, not handed a shorter CSV.
            IOException cut = assertThrows(IOException.class, in::readAllBytes,
                    "the body ended as if complete; a CSV reader would take the partial rows for the whole answer");
            assertFalse(String.valueOf(cut.getMessage()).isEmpty());
        }
        assertTrue(firstRead > 0);
        assertTrue(new String(Arrays.copyOf(got, firstRead), StandardCharsets.UTF_8).startsWith("s,p,o"));
        assertEquals(before + 1, BoundedQuery.CUT_AFTER_COMMIT.get());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the server answers after it");
    }

    @Test
    void aQueryTimedOutBeforeItsFirstRowIsA503() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?timeout=1&query="
                + URLEncoder.encode("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                        + "FILTER(STR(?a) = CONCAT(STR(?d), STR(?g), \"-never\")) }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().startsWith("a,b,c"), "no partial answer under the error: " + r.body());
    }

    /** Threads whose stack is inside ARQ's query engine. */
    private static long queryThreads() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(QueryCancelTest::evaluating).count();
    }

    private static boolean evaluating(ThreadInfo t) {
        return Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine"));
    }

    private static void awaitQueryRunning(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (queryThreads() == 0) {
            assertTrue(System.nanoTime() < end, "the query never started");
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }

    private static Duration awaitNoQueryRunning(Duration max) throws InterruptedException {
        long start = System.nanoTime();
        while (queryThreads() > 0) {
            assertTrue(System.nanoTime() - start < max.toNanos(), "a thread still evaluates the query after " + max);
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
