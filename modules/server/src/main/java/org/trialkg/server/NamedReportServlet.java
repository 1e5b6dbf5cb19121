package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.DrugReport;
import org.trialkg.pipeline.query.SponsorReport;

/**
 * {@code GET PATH/{NAME}} (or {@code PATH?name=}): the report on one named thing, as the command of the same name
 * prints it with {@code --json}: {@code /api/drug} (a drug or class by any name of the lexicon) and
 * {@code /api/sponsor} (a sponsor by any spelling). A name nothing answers to is a 404.
 */
final class NamedReportServlet extends HttpServlet {
    static final String DRUG = "/api/drug";
    static final String SPONSOR = "/api/sponsor";

    private final String path;
    private final String what;
    private final String where;
    private final transient Function<String, Optional<?>> lookup;
    private final transient JsonResponse json;

    private NamedReportServlet(String path, String what, String where, Function<String, Optional<?>> lookup,
            JsonResponse json) {
        this.path = path;
        this.what = what;
        this.where = where;
        this.lookup = lookup;
        this.json = json;
    }

    static NamedReportServlet drug(Workspace ws, JsonResponse json) {
        return new NamedReportServlet(DRUG, "drug or drug class", " in the lexicon", name -> DrugReport.of(ws, name), json);
    }

    static NamedReportServlet sponsor(Workspace ws, JsonResponse json) {
        return new NamedReportServlet(SPONSOR, "sponsor", " in the records", name -> SponsorReport.of(ws.store(), name),
                json);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        String name = info == null || info.equals("/") ? req.getParameter("name") : info.substring(1);
        if (name == null || name.isBlank()) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected " + path + "/{NAME} or " + path + "?name={NAME}");
            return;
        }
        Optional<?> report;
        try {
            report = lookup.apply(name.strip());
        } catch (RuntimeException e) {
            json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot read the " + what + ": " + e.getMessage());
            return;
        }
        if (report.isEmpty()) {
            json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no " + what + " named '" + name.strip() + "'" + where);
            return;
        }
        json.send(resp, HttpServletResponse.SC_OK, report.get());
    }
}
