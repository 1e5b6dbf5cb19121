package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web pages: {@code /} (search and SPARQL), {@code /trial/{ID}} (a trial's card) and {@code /drug/{NAME}} (a drug
 * and its trials). One self-contained HTML file serves them all and reads its address to know which to show; it
 * fetches its data from the API and nothing from elsewhere (users may be offline).
 */
final class PageServlet extends HttpServlet {
    static final String RESOURCE = "index.html";
    /** The page's script, a file of its own so that the page's policy can forbid every inline script. */
    static final String SCRIPT = "page.js";
    /** The trial pages' path. */
    static final String TRIAL = "/trial";
    /** The drug pages' path. */
    static final String DRUG = "/drug";

    private final byte[] page;
    private final String contentType;

    /** The HTML page. */
    PageServlet() {
        this(RESOURCE, "text/html;charset=utf-8");
    }

    /** A file of the page, served from the classpath beside this class. */
    PageServlet(String resource, String contentType) {
        this.contentType = contentType;
        try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath beside " + PageServlet.class.getName());
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web page's " + resource, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        // The page builds its content from the API with escaped text; the policy also tells the browser to run no
        // script but the page's own file, should a value ever slip through unescaped.
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
