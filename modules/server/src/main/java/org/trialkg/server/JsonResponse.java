package org.trialkg.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the API's answers: a JSON body with its status, and errors as {@code {"error": "one line"}}. */
final class JsonResponse {
    private final ObjectMapper mapper = new ObjectMapper();

    void send(HttpServletResponse resp, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            // A value the API built itself could not be written: a bug, reported without its stack trace.
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            bytes = mapper.writeValueAsBytes(Map.of("error", "cannot write JSON: " + oneLine(e.getOriginalMessage())));
        }
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, Map.of("error", oneLine(message)));
    }

    /** The first line of a message: clients show it as it is, and a stack trace is never part of it. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
