package org.trialkg.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many trials matched, the best of them in rank order, and facet counts when asked for.
 * {@code relaxed} says that no trial (or too few) matched every word, so the trials shown match most of them;
 * {@code didYouMean} is the query with the words the index does not hold replaced by the nearest words it holds,
 * which the search also matched, or null when every word was found.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean relaxed,
        String didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A result of a query read as typed: not relaxed, nothing corrected. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, false, null);
    }

    /** One ranked trial, with the snippet of the field that matched best ({@code <b>} marks the matched words). */
    public record Hit(String iri, float score, String title, List<String> ids, String snippet, String snippetField) {}

    /** A facet value and how many matching trials have it. */
    public record FacetCount(String value, long count) {}
}
