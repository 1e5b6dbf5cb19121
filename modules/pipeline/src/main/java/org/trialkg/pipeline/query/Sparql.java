package org.trialkg.pipeline.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.update.UpdateFactory;
import org.trialkg.pipeline.Workspace;
import org.trialkg.search.SearchPropertyFunction;

/**
 * Runs SPARQL over the store, with {@code tk:search} bound to the store's index, and writes the results.
 */
public final class Sparql {
    /** Output formats of SELECT and ASK results. */
    public enum Format { TABLE, CSV, TSV, JSON, XML }

    private final Workspace ws;

    public Sparql(Workspace ws) {
        this.ws = ws;
    }

    /** Parses a query; a syntax error comes back as an {@link IllegalArgumentException} with line and column. */
    public static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new IllegalArgumentException("SPARQL Update is not accepted: queries only read the store"
                        + " (it changes through trialkg ingest)", e);
            }
            throw new IllegalArgumentException("SPARQL syntax error at line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + e.getMessage().lines().findFirst().orElse("").replaceFirst("^Encountered ", "found "), e);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    /** Runs the query and writes its results in the format; CONSTRUCT and DESCRIBE write Turtle. */
    public void run(String text, Format format, OutputStream out) {
        Query q = parse(text);
        ws.store().query(q, qe -> {
            SearchPropertyFunction.register(qe.getContext(), ws.index());
            write(q, qe, format, out);
            return null;
        });
    }

    /**
     * Runs a query execution and writes its results in the format; CONSTRUCT and DESCRIBE write Turtle (JSON-LD
     * for {@code JSON}). The execution may be local or a remote endpoint's ({@code QueryExecutionHTTP}).
     */
    public static void write(Query q, QueryExecution qe, Format format, OutputStream out) {
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, q);
                case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
                case XML -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_XML);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            if (format == Format.JSON) {
                ResultSetFormatter.outputAsJSON(out, b);
            } else if (format == Format.XML) {
                ResultSetFormatter.outputAsXML(out, b);
            } else {
                new java.io.PrintStream(out, true).println(String.valueOf(b).toLowerCase(Locale.ROOT));
            }
        } else if (q.isConstructType() || q.isDescribeType()) {
            var m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format == Format.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
        } else {
            throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
        }
    }

}
