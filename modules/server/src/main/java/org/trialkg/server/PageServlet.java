package org.trialkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /}: the web page, one self-contained HTML file (no scripts from elsewhere: users may be offline). */
final class PageServlet extends HttpServlet {
    static final String RESOURCE = "index.html";

    private final byte[] page;

    PageServlet() {
        try (InputStream in = PageServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside " + PageServlet.class.getName());
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web page " + RESOURCE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
