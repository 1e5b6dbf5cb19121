package org.trialkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * The SPARQL query operation with a ceiling on the rows of an answer: a query without {@code LIMIT}, or with a
 * larger one, gets {@link #MAX_ROWS}. Clients page past it with {@code LIMIT} and {@code OFFSET}, as on public
 * endpoints (DBpedia's caps an answer at 10,000 rows).
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /**
     * Rows an answer holds at most. A row of a few bound IRIs and literals is a few hundred bytes of JSON, so
     * 100,000 rows is tens of megabytes: more than a page or a script reading one answer needs, little enough
     * for several clients at once.
     */
    static final long MAX_ROWS = 100_000;

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        bound(query, MAX_ROWS);
    }

    /** Lowers the query's LIMIT to {@code max} when it has none or a larger one; an ASK has one answer anyway. */
    static void bound(Query query, long max) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
        }
    }
}
