package org.trialkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Refuses, before any work is done, the requests that turn a server against its host or its memory: {@code TRACE}
 * (it echoes the request, cookies included), a {@code Host} other than the server's own when it listens on a
 * loopback address (a page on another site that rebinds its DNS name to 127.0.0.1 would otherwise read the
 * store), and a query or body larger than {@link #MAX_REQUEST_BYTES}.
 */
final class RequestGuard implements Filter {
    /**
     * The largest query string or request body. The longest query in {@code queries/} is 1.5 KB, and a query naming
     * a thousand trials by IRI ({@code VALUES}) is about 60 KB; 256 KB leaves room for that while keeping a parse cheap.
     */
    static final int MAX_REQUEST_BYTES = 256 * 1024;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowedHosts;
    private final IntSupplier port;
    private final JsonResponse json;

    /**
     * @param boundHost the host the server listens on, as given; when it is a loopback address the Host header must
     *     name this machine
     * @param loopback whether {@code boundHost} is a loopback address
     * @param port the port the server listens on (known only once it has started with port 0)
     */
    RequestGuard(String boundHost, boolean loopback, IntSupplier port, JsonResponse json) {
        String bound = boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost;
        this.allowedHosts = loopback ? union(LOOPBACK_NAMES, bound.toLowerCase(Locale.ROOT)) : null;
        this.port = port;
        this.json = json;
    }

    private static Set<String> union(Set<String> names, String one) {
        var all = new java.util.HashSet<>(names);
        all.add(one);
        return Set.copyOf(all);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            json.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not served");
            return;
        }
        if (allowedHosts != null && !hostAllowed(req.getHeader("Host"))) {
            json.error(resp, HttpServletResponse.SC_FORBIDDEN, "this server answers only requests addressed to "
                    + "localhost, 127.0.0.1 or [::1] (port " + port.getAsInt() + "), not to '" + req.getHeader("Host") + "'");
            return;
        }
        String queryString = req.getQueryString();
        if (queryString != null && queryString.length() > MAX_REQUEST_BYTES) {
            json.error(resp, 414, "the query string is " + queryString.length() + " bytes; at most " + MAX_REQUEST_BYTES
                    + " are read (send a long SPARQL query with POST)");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > MAX_REQUEST_BYTES) {
            // The body is left unread, so the connection cannot carry another request: tell the client so.
            resp.setHeader("Connection", "close");
            json.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is " + length
                    + " bytes; at most " + MAX_REQUEST_BYTES + " are read");
            return;
        }
        if (length < 0 && "POST".equalsIgnoreCase(method)) {
            // A chunked body has no length to check before it is read.
            resp.setHeader("Connection", "close");
            json.error(resp, HttpServletResponse.SC_LENGTH_REQUIRED, "a POST needs a Content-Length header"
                    + " (at most " + MAX_REQUEST_BYTES + " bytes)");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A missing Host (HTTP/1.0) comes from no browser, so it cannot be a rebinding attack. */
    private boolean hostAllowed(String host) {
        if (host == null) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            String p = h.substring(colon + 1);
            if (!p.equals(Integer.toString(port.getAsInt()))) {
                return false;
            }
            h = h.substring(0, colon);
        }
        return allowedHosts.contains(h);
    }
}
