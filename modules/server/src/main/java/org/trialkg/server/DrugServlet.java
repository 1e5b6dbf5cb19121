package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.DrugReport;

/** {@code GET /api/drug?name=NAME}: a drug and the trials that use it, as {@code trialkg drug NAME --json}. */
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
        String name = req.getParameter("name");
        if (name == null || name.isBlank()) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected " + PATH + "?name={drug name}");
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
            json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no drug or drug class named '" + name.strip()
                    + "' in the lexicon");
            return;
        }
        json.send(resp, HttpServletResponse.SC_OK, report.get());
    }
}
