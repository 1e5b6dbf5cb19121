package org.trialkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets pages of one other origin call the API and the SPARQL endpoint from a browser ({@code --cors ORIGIN}): their
 * responses name that origin in {@code Access-Control-Allow-Origin}, and a preflight {@code OPTIONS} is answered
 * here. A request from any other origin gets no CORS header, so its browser keeps the answer from the page. Off
 * unless asked for: without it only the server's own page can read the store from a browser.
 */
final class CorsFilter implements Filter {
    static final String METHODS = "GET, POST, OPTIONS";
    static final String HEADERS = "Accept, Content-Type";
    /** Ten minutes: browsers cap the preflight cache near this anyway (Chromium at 2 hours, Firefox at 24). */
    static final String MAX_AGE = "600";

    private final String origin;

    /** @param origin {@code scheme://host[:port]}, or {@code *} for every origin */
    CorsFilter(String origin) {
        this.origin = origin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String from = req.getHeader("Origin");
        boolean allowed = from != null && ("*".equals(origin) || origin.equalsIgnoreCase(from));
        if (allowed) {
            resp.setHeader("Access-Control-Allow-Origin", "*".equals(origin) ? "*" : from);
            // The answer differs by Origin: a cache must not give one origin's answer to another.
            resp.addHeader("Vary", "Origin");
            if ("OPTIONS".equalsIgnoreCase(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", METHODS);
                resp.setHeader("Access-Control-Allow-Headers", HEADERS);
                resp.setHeader("Access-Control-Max-Age", MAX_AGE);
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
