package org.trialkg.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search: the query text in the syntax of the README, filters by facet value (values of one facet are OR-ed,
 * facets are AND-ed), which page of hits (skip {@code offset}, return {@code limit}), whether to count facets, and
 * how long the search may run ({@link Duration#ZERO}: no limit).
 *
 * <pre>{@code
 * new SearchRequest("toripalimab consolidation", Map.of("phase", List.of("PHASE3")), 10, true)
 * new SearchRequest("toripalimab", Map.of(), 20, 10, false, Duration.ofSeconds(30))   // hits 21 to 30
 * }</pre>
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int offset, int limit, boolean facets,
        Duration timeout) {
    /**
     * The deepest hit a search reaches ({@code offset + limit}): ranking keeps every hit up to it in memory, so the
     * window bounds a request's memory; deeper pages are what SPARQL is for.
     */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        timeout = timeout == null ? Duration.ZERO : timeout;
        if (limit < 1 || limit > MAX_WINDOW) {
            throw new IllegalArgumentException("search limit: expected 1 to " + MAX_WINDOW + ", was " + limit);
        }
        // long arithmetic: offset Integer.MAX_VALUE plus a limit must not wrap round to a small number
        if (offset < 0 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("search offset: expected 0 or more with offset + limit at most "
                    + MAX_WINDOW + ", was " + offset + " + " + limit);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("search timeout: expected zero (no limit) or more, was " + timeout);
        }
        for (String dim : filters.keySet()) {
            if (!TrialFields.FACETS.contains(dim)) {
                throw new IllegalArgumentException("search filter: unknown facet '" + dim + "'; expected one of "
                        + TrialFields.FACETS);
            }
        }
    }

    /** The first {@code limit} hits, without a time limit. */
    public SearchRequest(String query, Map<String, List<String>> filters, int limit, boolean facets) {
        this(query, filters, 0, limit, facets, Duration.ZERO);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), limit, false);
    }

    /** The same search with a time limit. */
    public SearchRequest withTimeout(Duration t) {
        return new SearchRequest(query, filters, offset, limit, facets, t);
    }
}
