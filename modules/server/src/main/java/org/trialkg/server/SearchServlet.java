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
    record Answer(String query, long total, int offset, int limit, boolean ranked, List<Hit> hits,
            Map<String, List<SearchResult.FacetCount>> facets, boolean relaxed, String didYouMean) {}

    /**
     * One hit. {@code snippet} is HTML: the record's text escaped, with {@code <b>} marking the matched words and no
     * other markup. {@code card} is the path of the card's JSON, {@code page} that of the trial's page. {@code score}
     * is null when nothing ranks the hits (browsing every trial), where each would otherwise show the same 1.0.
     */
    record Hit(String iri, List<String> ids, String title, Float score, String snippet, String snippetField, String card,
            String page) {
        static Hit of(SearchResult.Hit h, boolean ranked) {
            return new Hit(h.iri(), h.ids(), h.title(), ranked ? h.score() : null, SnippetHtml.of(h.snippet()),
                    h.snippetField(), TrialServlet.cardPath(h), TrialServlet.pagePath(h));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SearchParams params;
        SearchResult result;
        // a client that hangs up stops its search as the time limit would (see ClientWatch)
        java.util.concurrent.atomic.AtomicBoolean gone = new java.util.concurrent.atomic.AtomicBoolean();
        ClientWatch watch = ClientWatch.start(org.eclipse.jetty.ee10.servlet.ServletContextRequest
                .getServletContextRequest(req).getConnectionMetaData().getConnection().getEndPoint());
        watch.onGone(() -> gone.set(true));
        try {
            params = SearchParams.parse(req.getParameterMap());
            result = index.search(params.request(timeout), gone::get);
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
        } finally {
            // before the servlet returns: from then on Jetty reads the connection, for the next request
            watch.stop();
        }
        boolean ranked = params.ranked();
        List<Hit> page = result.hits().stream().map(h -> Hit.of(h, ranked)).toList();
        json.send(resp, HttpServletResponse.SC_OK,
                new Answer(params.query(), result.total(), params.offset(), params.limit(), ranked, page, result.facets(),
                        result.relaxed(), result.didYouMean()));
    }
}
