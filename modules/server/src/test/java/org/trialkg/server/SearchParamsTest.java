package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialkg.search.SearchRequest;

class SearchParamsTest {
    @Test
    void repeatedFacetParametersBecomeOneFilterAndOffsetAndTimeoutPassToTheRequest() {
        SearchParams p = SearchParams.parse(Map.of(
                "q", new String[] {"toripalimab"},
                "phase", new String[] {"PHASE2", "PHASE3"},
                "country", new String[] {" CN ", ""},
                "limit", new String[] {"5"},
                "offset", new String[] {"10"},
                "facets", new String[] {"false"}));
        SearchRequest r = p.request(Duration.ofSeconds(7));
        assertEquals("toripalimab", r.query());
        assertEquals(Map.of("phase", List.of("PHASE2", "PHASE3"), "country", List.of("CN")), r.filters());
        assertEquals(5, r.limit());
        assertEquals(10, r.offset());
        assertEquals(Duration.ofSeconds(7), r.timeout());
        assertFalse(r.facets());
    }

    @Test
    void missingQueryMeansEveryTrial() {
        SearchParams p = SearchParams.parse(Map.of());
        assertEquals("", p.query());
        assertEquals(10, p.limit());
        assertEquals(0, p.offset());
    }

    @Test
    void rejectsUnknownParametersAndOutOfRangeNumbers() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SearchParams.parse(Map.of("colour", new String[] {"red"})));
        assertEquals("unknown parameter(s): [colour]; expected q, limit, offset, facets or a facet filter "
                + "[phase, status, type, country, drug, class, sponsor, year]", unknown.getMessage());
        assertEquals("limit: expected 1 to 1000, was 0", assertThrows(IllegalArgumentException.class,
                () -> SearchParams.parse(Map.of("limit", new String[] {"0"}))).getMessage());
        assertEquals("offset: expected 0 or more with offset + limit at most 10000, was 9995", assertThrows(
                IllegalArgumentException.class, () -> SearchParams.parse(Map.of("offset", new String[] {"9995"}))).getMessage());
        assertEquals("offset: expected 0 or more with offset + limit at most 10000, was 2147483647", assertThrows(
                IllegalArgumentException.class, () -> SearchParams.parse(Map.of("offset", new String[] {"2147483647"}))).getMessage());
        assertEquals("facets: expected true or false, was 'maybe'", assertThrows(IllegalArgumentException.class,
                () -> SearchParams.parse(Map.of("facets", new String[] {"maybe"}))).getMessage());
    }
}
