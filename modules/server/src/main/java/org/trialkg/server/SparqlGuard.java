package org.trialkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;

/**
 * Reads a SPARQL request before Fuseki does, to answer the two mistakes users make with one clear line instead of
 * Fuseki's parser dump: an update sent to this read-only endpoint ("syntax error at line 0" in Fuseki's words), and a
 * query that does not parse (line, column and what was found). Everything else goes on to Fuseki unchanged.
 * {@link RequestGuard} runs first, so a body read here is at most {@link RequestGuard#MAX_REQUEST_BYTES}.
 */
final class SparqlGuard implements Filter {
    static final String READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"
            + " (the store changes only through trialkg ingest)";

    private final JsonResponse json;

    SparqlGuard(JsonResponse json) {
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String contentType = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/sparql-update") || req.getRequestURI().endsWith("/update")
                || (!contentType.startsWith("application/sparql-query") && req.getParameter("update") != null)) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, READ_ONLY);
            return;
        }
        HttpServletRequest forward = req;
        String query;
        if ("POST".equalsIgnoreCase(req.getMethod()) && contentType.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();
            query = new String(body, StandardCharsets.UTF_8);
            forward = new ReadBody(req, body);
        } else {
            query = req.getParameter("query");
        }
        String problem = query == null ? null : problem(query);
        if (problem != null) {
            json.error(resp, HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        chain.doFilter(forward, response);
    }

    /** Null when the text parses as a query (in Fuseki's ARQ syntax); else what is wrong with it, in one line. */
    static String problem(String text) {
        try {
            QueryFactory.create(text, Syntax.syntaxARQ);
            return null;
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                return READ_ONLY;
            }
            String found = JsonResponse.oneLine(e.getMessage()).replaceFirst("^Encountered ", "found ");
            return "SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": " + found;
        } catch (QueryException e) {
            return "SPARQL query error: " + JsonResponse.oneLine(e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxARQ);
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    /** The request with its body, already read here, given again to whoever reads it next. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; it is given back synchronously only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
