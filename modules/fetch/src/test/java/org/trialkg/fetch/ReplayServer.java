package org.trialkg.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for {@code GET /api/v2/studies}: serves the studies it holds as API v2 pages of the requested
 * {@code pageSize}, with {@code nextPageToken}, {@code totalCount} on request, and the
 * {@code AREA[LastUpdatePostDate]RANGE[day,MAX]} filter applied; faults queued per page number are served before
 * the page itself (a status with headers, a connection dropped mid-body, a body cut short).
 */
final class ReplayServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SINCE = Pattern.compile("AREA\\[LastUpdatePostDate\\]RANGE\\[(\\d{4}-\\d{2}-\\d{2}),MAX\\]");

    /** Something served instead of a page. */
    record Fault(int status, Map<String, String> headers, Kind kind) {
        enum Kind { STATUS, DROP, TRUNCATE }

        static Fault status(int status, Map<String, String> headers) {
            return new Fault(status, headers, Kind.STATUS);
        }

        /** The headers promise the whole page; half of it is sent and the connection closed. */
        static Fault drop() {
            return new Fault(200, Map.of(), Kind.DROP);
        }

        /** Half of the page is sent as if it were all of it (the connection closes cleanly). */
        static Fault truncate() {
            return new Fault(200, Map.of(), Kind.TRUNCATE);
        }
    }

    private final HttpServer server;
    private volatile boolean stuckToken;
    private volatile List<JsonNode> studies;
    private final Map<Integer, Deque<Fault>> faults = new HashMap<>();
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());

    /**
     * A fetcher for a test: its downloader waits through {@code sleeps} and reports to {@code lines}, as the
     * fetcher does, on the test's clock; 5 s to connect and 20 s a page, as the command's.
     */
    static CtgovFetcher fetcher(Path store, PageSink sink, TestClock clock, int pageSize, Sleeper sleeps,
            java.util.function.Consumer<String> lines) {
        PageDownloader d = new PageDownloader(java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(5)).build(), RetryPolicy.DEFAULT, sleeps, clock,
                java.time.Duration.ofSeconds(20), lines);
        return new CtgovFetcher(store, d, sink, clock, pageSize, lines);
    }

    ReplayServer(List<JsonNode> studies) throws IOException {
        this.studies = List.copyOf(studies);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/studies", this::handle);
        server.start();
    }

    /** Studies of a JSON array file (the "Download JSON" layout), such as the fixture or {@code ../shared/data}. */
    static List<JsonNode> studies(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(file.toFile()).forEach(out::add);
        return out;
    }

    static List<JsonNode> fixture() throws IOException {
        try (InputStream in = ReplayServer.class.getResourceAsStream("/ctgov/three-studies.json")) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(out::add);
            return out;
        }
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
    }

    /** From now on, every page names its own token as the next one (a broken server). */
    void stickTokens() {
        stuckToken = true;
    }

    void replaceStudies(List<JsonNode> next) {
        studies = List.copyOf(next);
    }

    synchronized void fail(int page, Fault... fs) {
        Deque<Fault> q = faults.computeIfAbsent(page, p -> new ArrayDeque<>());
        Collections.addAll(q, fs);
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    /** The query parameters of every request so far, in order. */
    List<Map<String, String>> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private synchronized Fault nextFault(int page) {
        Deque<Fault> q = faults.get(page);
        return q == null ? null : q.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            Map<String, String> params = params(ex.getRequestURI());
            requests.add(params);
            String token = params.get("pageToken");
            int page = token == null ? 1 : Integer.parseInt(token.substring("tok-".length()));
            int size = Integer.parseInt(params.getOrDefault("pageSize", "10"));
            List<JsonNode> matching = filter(params.get("filter.advanced"));
            int from = (page - 1) * size;
            ObjectNode body = JSON.createObjectNode();
            if ("true".equals(params.get("countTotal")) && token == null) {
                body.put("totalCount", matching.size());
            }
            ArrayNode list = body.putArray("studies");
            matching.subList(Math.min(from, matching.size()), Math.min(from + size, matching.size())).forEach(list::add);
            if (from + size < matching.size()) {
                body.put("nextPageToken", stuckToken && token != null ? token : "tok-" + (page + 1));
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            Fault f = nextFault(page);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            if (f == null) {
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
                return;
            }
            switch (f.kind()) {
                case STATUS -> {
                    f.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
                    byte[] msg = ("fault " + f.status()).getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(f.status(), msg.length);
                    ex.getResponseBody().write(msg);
                }
                case DROP -> {
                    ex.sendResponseHeaders(200, bytes.length);
                    OutputStream out = ex.getResponseBody();
                    out.write(bytes, 0, bytes.length / 2);
                    out.flush();
                    // a handler that throws makes the JDK server close the connection mid-body
                    throw new IOException("connection dropped on purpose");
                }
                case TRUNCATE -> {
                    ex.sendResponseHeaders(200, bytes.length / 2);
                    ex.getResponseBody().write(bytes, 0, bytes.length / 2);
                }
            }
        } finally {
            ex.close();
        }
    }

    private List<JsonNode> filter(String advanced) {
        if (advanced == null) {
            return studies;
        }
        Matcher m = SINCE.matcher(advanced);
        if (!m.matches()) {
            throw new IllegalStateException("the replay server reads only AREA[LastUpdatePostDate]RANGE[day,MAX], got "
                    + advanced);
        }
        String since = m.group(1);
        return studies.stream().filter(s -> s.path("protocolSection").path("statusModule")
                .path("lastUpdatePostDateStruct").path("date").asText("").compareTo(since) >= 0).toList();
    }

    private static Map<String, String> params(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q == null) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Path shared(String sub) {
        String prop = System.getProperty("trialkg.shared");
        Path base = prop != null ? Path.of(prop) : Path.of("../../../shared");
        Path p = base.resolve(sub);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p),
                "real data not found at " + p.toAbsolutePath() + " (../shared beside the repository)");
        return p;
    }
}
