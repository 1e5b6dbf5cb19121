package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchResult;

/**
 * {@code GET /api/trial/{ID}}: the trial card as JSON, the same as {@code trialkg trial ID --json}. A trial without
 * a registry ID is named by its IRI: {@code GET /api/trial?iri=...}.
 */
final class TrialServlet extends HttpServlet {
    static final String PATH = "/api/trial";

    private final transient Dataset dataset;
    private final transient JsonResponse json;

    TrialServlet(Dataset dataset, JsonResponse json) {
        this.dataset = dataset;
        this.json = json;
    }

    /** The path of a hit's card: by its first registry ID, or by IRI when it has none. */
    static String cardPath(SearchResult.Hit hit) {
        return hit.ids().isEmpty()
                ? PATH + "?iri=" + URLEncoder.encode(hit.iri(), StandardCharsets.UTF_8)
                : PATH + "/" + URLEncoder.encode(hit.ids().get(0), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String id = path == null || path.equals("/") ? req.getParameter("iri") : path.substring(1);
        if (id == null || id.isBlank()) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected " + PATH + "/{ID} or " + PATH + "?iri={trial IRI}");
            return;
        }
        Optional<TrialCard> card;
        try {
            card = Txn.calculateRead(dataset, () -> {
                CardReader reader = new CardReader(dataset.asDatasetGraph().getUnionGraph());
                return reader.resolve(id).flatMap(reader::read);
            });
        } catch (RuntimeException e) {
            json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot read the trial: " + e.getMessage());
            return;
        }
        if (card.isEmpty()) {
            json.error(resp, HttpServletResponse.SC_NOT_FOUND, "no trial with ID '" + id + "'");
            return;
        }
        json.send(resp, HttpServletResponse.SC_OK, card.get());
    }
}
