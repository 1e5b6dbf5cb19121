package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchResult;
import org.trialkg.store.TrialStore;

/**
 * {@code GET /api/trial/{ID}}: the trial card as JSON, the same as {@code trialkg trial ID --json}. A trial without
 * a registry ID is named by its IRI: {@code GET /api/trial?iri=...}; an ID with a slash by {@code ?id=...}.
 */
final class TrialServlet extends HttpServlet {
    static final String PATH = "/api/trial";

    private final transient TrialStore store;
    private final transient JsonResponse json;

    TrialServlet(TrialStore store, JsonResponse json) {
        this.store = store;
        this.json = json;
    }

    /** The path of a hit's card: by its first registry ID, or by IRI when it has none. */
    static String cardPath(SearchResult.Hit hit) {
        return path(PATH, hit);
    }

    /** The path of a hit's trial page ({@link PageServlet#TRIAL}), named as its card is. */
    static String pagePath(SearchResult.Hit hit) {
        return path(PageServlet.TRIAL, hit);
    }

    private static String path(String base, SearchResult.Hit hit) {
        if (hit.ids().isEmpty()) {
            return base + "?iri=" + URLEncoder.encode(hit.iri(), StandardCharsets.UTF_8);
        }
        String id = hit.ids().get(0);
        // An ID with a slash (CTRI/2020/01/012345) cannot be a path segment: Jetty refuses an encoded slash in a path.
        return id.contains("/")
                ? base + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                : base + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String id = path == null || path.equals("/")
                ? (req.getParameter("iri") != null ? req.getParameter("iri") : req.getParameter("id"))
                : path.substring(1);
        if (id == null || id.isBlank()) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected " + PATH + "/{ID}, " + PATH + "?id={ID} or "
                    + PATH + "?iri={trial IRI}");
            return;
        }
        Optional<TrialCard> card;
        try {
            card = store.read(union -> {
                CardReader reader = new CardReader(union);
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
