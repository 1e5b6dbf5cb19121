package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class BoundedQueryTest {
    @Test
    void queryWithoutLimitOrAboveTheCeilingGetsTheCeiling() {
        Query none = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query large = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5000000");
        BoundedQuery.bound(none, BoundedQuery.MAX_ROWS);
        BoundedQuery.bound(large, BoundedQuery.MAX_ROWS);
        assertEquals(BoundedQuery.MAX_ROWS, none.getLimit());
        assertEquals(BoundedQuery.MAX_ROWS, large.getLimit());
    }

    @Test
    void smallerLimitAndAskAreLeftAlone() {
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 200000");
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        BoundedQuery.bound(small, BoundedQuery.MAX_ROWS);
        BoundedQuery.bound(ask, BoundedQuery.MAX_ROWS);
        assertEquals(10, small.getLimit());
        assertEquals(200000, small.getOffset(), "paging past the ceiling works");
        assertFalse(ask.hasLimit());
    }
}
