package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.DrugReport;

/**
 * {@code GET /api/drug/{NAME}} (or {@code ?name=}): a drug or drug class with its names, classes, identifiers and
 * trials by registry, the same as {@code trialkg drug NAME --json}. Any name of the lexicon works: INN, research
 * code, brand.
 */
final class DrugServlet extends HttpServlet {
    static final String PATH = "/api/drug";

    private final transient Workspace ws;
    private final transient JsonResponse json;

    DrugServlet(Workspace ws, JsonResponse json) {
        this.ws = ws;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null || path.equals("/") ? req.getParameter("name") : path.substring(1);
        if (name == null || name.isBlank()) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected " + PATH + "/{NAME} or " + PATH + "?name={NAME}");
            return;
        }
        Optional<DrugReport> report;
        try {
            report = DrugReport.of(ws, name.strip());
        } catch (RuntimeException e) {
            json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot read the drug: " + e.getMessage());
            return;
        }
        if (report.isEmpty()) {
            json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no drug or drug class named '" + name.strip() + "' in the lexicon");
            return;
        }
        json.send(resp, HttpServletResponse.SC_OK, report.get());
    }
}
