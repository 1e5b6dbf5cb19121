package org.trialkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.trialkg.pipeline.Workspace;
import org.trialkg.search.SearchPropertyFunction;

/**
 * The HTTP server over a store folder: a read-only SPARQL endpoint with {@code tk:search}, the search and trial
 * card API, and a web page to use both.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(Path.of("trialkg-store"), false);
 *      TrialkgServer server = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 3030))) {
 *     System.out.println(server.url());
 *     server.join();
 * }
 * }</pre>
 * Paths: {@code /trialkg/sparql} and {@code /trialkg/query} (SPARQL), {@code /api/search}, {@code /api/trial/{ID}}
 * and {@code /} (the page).
 */
public final class TrialkgServer implements AutoCloseable {
    /** The dataset's name in Fuseki, so the SPARQL endpoint is {@code /trialkg/sparql}. */
    public static final String DATASET = "/trialkg";

    private final FusekiServer fuseki;
    private final String host;

    private TrialkgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Where the server listens: a host name or address, and a port (0 picks a free one). */
    public record Address(String host, int port) {
        public Address {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host: expected a host name or address, was '" + host + "'");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port: expected 0 to 65535, was " + port);
            }
            host = host.strip();
        }
    }

    /**
     * Starts serving the workspace at the address; the caller keeps the workspace open while the server runs and
     * closes it after.
     */
    public static TrialkgServer start(Workspace ws, Address address) {
        // Fuseki runs queries with the dataset's own context (where the store also sets the union default graph),
        // so tk:search registered there works in every query, exactly as in `trialkg sparql`.
        SearchPropertyFunction.register(ws.store().dataset().getContext(), ws.index());
        JsonResponse json = new JsonResponse();
        FusekiServer fuseki = FusekiServer.create()
                .port(address.port())
                // Fuseki modules found on the classpath would add endpoints nobody asked for.
                .fusekiModules(FusekiModules.empty())
                .add(DATASET, ws.store().dataset(), false)
                .addServlet("/api/search", new SearchServlet(ws.index(), json))
                .addServlet(TrialServlet.PATH + "/*", new TrialServlet(ws.store().dataset(), json))
                .addServlet(TrialServlet.PATH, new TrialServlet(ws.store().dataset(), json))
                // "" is the servlet path of the root alone; every other unknown path stays a 404.
                .addServlet("", new PageServlet())
                .verbose(false)
                .build();
        // Fuseki binds every interface or, with loopback, "localhost"; an explicit host needs the connector itself.
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address.host());
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + address.host() + ":" + address.port() + ": "
                    + rootMessage(e) + " (is another server using the port? choose another with --port)", e);
        }
        return new TrialkgServer(fuseki, address.host());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The port the server listens on (the one picked when started with 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URL of the web page, such as {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The URL of the SPARQL endpoint. */
    public String sparqlUrl() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
