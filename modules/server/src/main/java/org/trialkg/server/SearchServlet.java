package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.trialkg.search.SearchResult;
import org.trialkg.search.SearchTimeoutException;
import org.trialkg.search.TrialIndex;

/** {@code GET /api/search}: ranked hits with snippets and facet counts, as JSON (see {@link SearchParams}). */
final class SearchServlet extends HttpServlet {
    private final transient TrialIndex index;
    private final transient JsonResponse json;

    private final Duration timeout;

    SearchServlet(TrialIndex index, JsonResponse json, Duration timeout) {
        this.index = index;
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * The answer: the hits of the requested page, with a link to each trial's card; {@code relaxed} when no trial
     * matched every word and the hits match most of them, {@code didYouMean} the query with misspelt words corrected.
     */
    record Answer(String query, long total, int offset, int limit, List<Hit> hits,
            Map<String, List<SearchResult.FacetCount>> facets, boolean relaxed, String didYouMean) {}

    /** One hit; {@code snippet} marks the matched words with {@code <b>}, and {@code card} is the card's path. */
    record Hit(String iri, List<String> ids, String title, float score, String snippet, String snippetField, String card) {
        static Hit of(SearchResult.Hit h) {
            return new Hit(h.iri(), h.ids(), h.title(), h.score(), h.snippet(), h.snippetField(), TrialServlet.cardPath(h));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SearchParams params;
        SearchResult result;
        try {
            params = SearchParams.parse(req.getParameterMap());
            result = index.search(params.request(timeout));
        } catch (IllegalArgumentException e) {
            // InvalidQueryException is one: a query that cannot be read is the caller's to fix.
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (SearchTimeoutException e) {
            // As Fuseki answers a SPARQL query that timed out: the server is busy with it, not the client wrong.
            json.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        } catch (RuntimeException e) {
            json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "search failed: " + e.getMessage());
            return;
        }
        List<Hit> page = result.hits().stream().map(Hit::of).toList();
        json.send(resp, HttpServletResponse.SC_OK,
                new Answer(params.query(), result.total(), params.offset(), params.limit(), page, result.facets(),
                        result.relaxed(), result.didYouMean()));
    }
}
