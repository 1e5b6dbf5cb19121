package org.trialkg.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.TrialListing;

/**
 * {@code GET /api/trials}: every trial card as one JSON array, as {@code trialkg trials --json}; written as the
 * cards are read, so that a store of any size is listed holding one card at a time.
 */
final class TrialsServlet extends HttpServlet {
    static final String PATH = "/api/trials";

    private final transient Workspace ws;
    private final transient ObjectMapper mapper = new ObjectMapper();

    TrialsServlet(Workspace ws) {
        this.ws = ws;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (JsonGenerator out = mapper.getFactory().createGenerator(resp.getOutputStream())) {
            out.writeStartArray();
            TrialListing.forEach(ws, card -> {
                try {
                    mapper.writeValue(out, card);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.writeEndArray();
        }
    }
}
