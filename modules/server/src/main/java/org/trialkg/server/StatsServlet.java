package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.Stats;

/** {@code GET /api/stats}: the counts of {@code trialkg stats --json}, read from kept statistics (no scan). */
final class StatsServlet extends HttpServlet {
    static final String PATH = "/api/stats";

    private final transient Workspace ws;
    private final transient JsonResponse json;

    StatsServlet(Workspace ws, JsonResponse json) {
        this.ws = ws;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        json.send(resp, HttpServletResponse.SC_OK, Stats.of(ws));
    }
}
