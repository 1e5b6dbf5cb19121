package org.trialkg.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trialkg.search.FacetValues;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.TrialFields;

/**
 * The query parameters of {@code GET /api/search}: {@code q}, {@code limit}, {@code offset}, {@code facets} and one
 * filter parameter per facet ({@code phase}, {@code status}, {@code country}, {@code drug}, ...; repeat one, or
 * join values with {@code |} as the card prints them, to OR its values). Filter values are checked by
 * {@link FacetValues}.
 */
record SearchParams(String query, Map<String, List<String>> filters, int limit, int offset, boolean facets) {
    static final int MAX_LIMIT = 1000;
    static final int MAX_WINDOW = SearchRequest.MAX_WINDOW;
    private static final Set<String> OPTIONS = Set.of("q", "limit", "offset", "facets");

    SearchParams {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: expected 1 to " + MAX_LIMIT + ", was " + limit);
        }
        // long arithmetic: an offset near Integer.MAX_VALUE plus the limit must not wrap round
        if (offset < 0 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset: expected 0 or more with offset + limit at most " + MAX_WINDOW
                    + ", was " + offset);
        }
        filters = Map.copyOf(filters);
    }

    /** Reads the parameters of a request; an unknown parameter or a bad number is an IllegalArgumentException. */
    static SearchParams parse(Map<String, String[]> params) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(OPTIONS);
        unknown.removeAll(TrialFields.FACETS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter(s): " + unknown + "; expected q, limit, offset, facets or a facet filter "
                    + TrialFields.FACETS);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : TrialFields.FACETS) {
            List<String> values = new ArrayList<>();
            for (String v : params.getOrDefault(facet, new String[0])) {
                if (!v.isBlank()) {
                    for (String checked : FacetValues.check(facet, v)) {
                        if (!values.contains(checked)) {
                            values.add(checked);
                        }
                    }
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        return new SearchParams(single(params, "q", ""), filters, number(params, "limit", 10),
                number(params, "offset", 0), bool(params, "facets", true));
    }

    /** Whether the hits are ranked by a query: browsing every trial ({@code q} empty or {@code *}) ranks nothing. */
    boolean ranked() {
        return !query.isBlank() && !query.strip().equals("*");
    }

    /** The search to run, stopped when it runs past the timeout. */
    SearchRequest request(Duration timeout) {
        return new SearchRequest(query, filters, offset, limit, facets, timeout);
    }

    private static String single(Map<String, String[]> params, String name, String otherwise) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return otherwise;
        }
        if (values.length > 1) {
            throw new IllegalArgumentException(name + ": expected one value, was " + values.length);
        }
        return values[0];
    }

    private static int number(Map<String, String[]> params, String name, int otherwise) {
        String v = single(params, name, null);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a whole number, was '" + v + "'");
        }
    }

    private static boolean bool(Map<String, String[]> params, String name, boolean otherwise) {
        String v = single(params, name, null);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + ": expected true or false, was '" + v + "'");
        };
    }
}
