package org.trialkg.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many trials matched, the best of them in rank order, and facet counts when asked for.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** One ranked trial, with the snippet of the field that matched best ({@code <b>} marks the matched words). */
    public record Hit(String iri, float score, String title, List<String> ids, String snippet, String snippetField) {}

    /** A facet value and how many matching trials have it. */
    public record FacetCount(String value, long count) {}
}
