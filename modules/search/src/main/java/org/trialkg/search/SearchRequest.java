package org.trialkg.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search: the query text in the syntax of the README, filters by facet value (values of one facet are OR-ed,
 * facets are AND-ed), how many hits and whether to count facets.
 *
 * <pre>{@code
 * new SearchRequest("toripalimab consolidation", Map.of("phase", List.of("PHASE3")), 10, true)
 * }</pre>
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int limit, boolean facets) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("search limit: expected 1 to 10000, was " + limit);
        }
        for (String dim : filters.keySet()) {
            if (!TrialFields.FACETS.contains(dim)) {
                throw new IllegalArgumentException("search filter: unknown facet '" + dim + "'; expected one of "
                        + TrialFields.FACETS);
            }
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), limit, false);
    }
}
