package org.trialkg.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks the server that holds a store folder what a read command would have read from the store itself: its JSON
 * API ({@code /api/search}, {@code /api/trial}, {@code /api/trials}, {@code /api/drug}, {@code /api/stats}).
 */
final class ServerClient {
    /** Answers of the API carry more than the records the commands print (a hit's card path, the paging). */
    static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ServerFile server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerClient(ServerFile server) {
        this.server = server;
    }

    ServerFile server() {
        return server;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The answer to {@code GET path} read as {@code type}; empty on 404 (no such trial or drug). */
    <T> Optional<T> get(String path, Class<T> type) {
        try (InputStream body = open(path)) {
            return body == null ? Optional.empty() : Optional.of(MAPPER.readValue(body, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer of " + server.url() + path.substring(1) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The body of {@code GET path} as it streams in, or null on 404; a refused request (400) is the caller's to
     * fix and comes back as an {@link IllegalArgumentException} with the server's message.
     */
    InputStream open(String path) {
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("the store is served by " + server.describe() + ", which does not "
                    + "answer: " + e.getMessage() + " (stop it, or delete its server.json if it is gone)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + server.describe(), e);
        }
        int status = resp.statusCode();
        if (status == 200) {
            return resp.body();
        }
        String message;
        try (InputStream body = resp.body()) {
            JsonNode error = MAPPER.readTree(body);
            message = error != null && error.has("error") ? error.get("error").asText() : "status " + status;
        } catch (IOException e) {
            message = "status " + status;
        }
        if (status == 404) {
            return null;
        }
        if (status == 400) {
            throw new IllegalArgumentException(message);
        }
        throw new IllegalStateException(server.describe() + " answered " + status + ": " + message);
    }
}
