package org.trialkg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The SPARQL query operation, bounded three ways beyond Fuseki's own timeout:
 * <ul>
 * <li>a ceiling on the rows of an answer: a query without {@code LIMIT}, or with a larger one, gets
 *     {@link #MAX_ROWS}. Clients page past it with {@code LIMIT} and {@code OFFSET}, as on public endpoints
 *     (DBpedia's caps an answer at 10,000 rows);</li>
 * <li>a client that closes its connection stops its query ({@link ClientWatch}): the execution is aborted as
 *     when its time is up, instead of holding a core until the timeout;</li>
 * <li>an answer cut by the timeout never looks complete. Fuseki, once rows were written, ends the body normally
 *     after a {@code ## Query cancelled ...} comment; to a CSV or TSV reader that is two more rows. Here the
 *     answer is a {@code 503} when nothing was sent yet, and otherwise the connection is dropped before the end of
 *     the body, so every HTTP client reports a truncated transfer (curl exits 18, Java's client throws).</li>
 * </ul>
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /**
     * Rows an answer holds at most. A row of a few bound IRIs and literals is a few hundred bytes of JSON, so
     * 100,000 rows is tens of megabytes: more than a page or a script reading one answer needs, little enough
     * for several clients at once.
     */
    static final long MAX_ROWS = 100_000;

    /** Answers cut by the timeout after their first bytes were sent, whose connection was dropped. */
    static final AtomicLong CUT_AFTER_COMMIT = new AtomicLong();

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

    /** The watch of the request this thread executes, handed from {@link #execute} to {@link #createQueryExec}. */
    private final ThreadLocal<ClientWatch> watch = new ThreadLocal<>();

    @Override
    protected void execute(String queryString, HttpAction action) {
        ClientWatch w = ClientWatch.start(ServletContextRequest.getServletContextRequest(action.getRequest())
                .getConnectionMetaData().getConnection().getEndPoint());
        watch.set(w);
        try {
            super.execute(queryString, action);
        } finally {
            watch.remove();
            // Before the servlet returns: from then on Jetty reads the connection, for the next request.
            w.stop();
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        ClientWatch w = watch.get();
        if (w != null) {
            // An aborted execution throws QueryCancelledException at its iterators' next step.
            w.onGone(exec::abort);
        }
        return exec;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet()) {
            // ASK, CONSTRUCT and DESCRIBE are computed whole before a byte is written: a timeout is a 503 already.
            super.sendResults(action, result, prologue);
            return;
        }
        Watched rows = new Watched(result.rowSet());
        super.sendResults(action, new QueryExecResult(rows), prologue);
        if (rows.cancelled == null) {
            return;
        }
        HttpServletResponse response = action.getResponse();
        if (!response.isCommitted()) {
            // Nothing has left the buffer: Fuseki answers the exception as it does a timeout before the first row.
            throw rows.cancelled;
        }
        CUT_AFTER_COMMIT.incrementAndGet();
        // The status and the first rows are gone; only the missing end of the body can tell the client. Closing
        // the connection here, before the servlet returns, keeps Jetty from writing the final chunk.
        ServletContextRequest.getServletContextRequest(action.getRequest()).getConnectionMetaData().getConnection()
                .getEndPoint().close(rows.cancelled);
    }

    /** A row set that remembers whether its query was cancelled while the answer was being written. */
    private static final class Watched implements RowSet {
        private final RowSet rows;
        private volatile QueryCancelledException cancelled;

        Watched(RowSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (QueryCancelledException e) {
                cancelled = e;
                throw e;
            }
        }

        @Override
        public Binding next() {
            try {
                return rows.next();
            } catch (QueryCancelledException e) {
                cancelled = e;
                throw e;
            }
        }

        @Override
        public List<Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
