package org.trialkg.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
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
 * Paths: {@code /trialkg/sparql} and {@code /trialkg/query} (SPARQL), {@code /api/search}, {@code /api/trial/{ID}},
 * {@code /api/drug/{NAME}}, {@code /$/ping} (Fuseki's liveness check), and the pages {@code /},
 * {@code /trial/{ID}} and {@code /drug/{NAME}}.
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
     * How the server guards its host: the longest a SPARQL query or search may run before it is stopped, and whether
     * SPARQL {@code SERVICE} may make the server fetch other URLs (off by default: it would let any client make
     * requests from the server's host, to the machine itself or its network), and the one other origin whose pages
     * may call the API and SPARQL from a browser ({@code cors}: {@code scheme://host[:port]} or {@code *}; null, the
     * default, for none).
     */
    public record Options(Duration timeout, boolean allowService, String cors) {
        /**
         * 30 s: room for a count or grouping over a whole store, while a runaway cross product (which would
         * otherwise hold a core until it ends) lets go within half a minute. Not yet measured against the
         * 600,000-trial store: the soak in bench/ is what should confirm it.
         */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        public static final Options DEFAULT = new Options(DEFAULT_TIMEOUT, false, null);

        public Options {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout: expected more than 0 seconds, was " + timeout);
            }
            cors = cors == null ? null : corsOrigin(cors);
        }

        /** Options without CORS. */
        public Options(Duration timeout, boolean allowService) {
            this(timeout, allowService, null);
        }

        // An origin is what a browser sends in Origin: scheme, host and port, no path; a typo here would
        // otherwise match no page and fail silently in the browser.
        private static String corsOrigin(String origin) {
            String o = origin.strip();
            if (o.equals("*")) {
                return o;
            }
            if (!o.matches("https?://[^/?#\\s]+")) {
                throw new IllegalArgumentException("cors: expected an origin such as https://example.org or"
                        + " http://localhost:8080 (scheme, host and port; no path), or *, was '" + origin + "'");
            }
            return o;
        }
    }

    /** Starts serving with {@link Options#DEFAULT}. */
    public static TrialkgServer start(Workspace ws, Address address) {
        return start(ws, address, Options.DEFAULT);
    }

    /**
     * Starts serving the workspace at the address; the caller keeps the workspace open while the server runs and
     * closes it after.
     */
    public static TrialkgServer start(Workspace ws, Address address, Options options) {
        // Fuseki runs queries with the dataset's own context (where the store also sets the union default graph),
        // so tk:search registered there works in every query, exactly as in `trialkg sparql`, and the timeout and
        // the SERVICE switch set there hold for every query.
        Context context = ws.store().dataset().getContext();
        SearchPropertyFunction.register(context, ws.index(), options.timeout());
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, options.allowService());
        JsonResponse json = new JsonResponse();
        AtomicReference<FusekiServer> started = new AtomicReference<>();
        RequestGuard guard = new RequestGuard(address.host(), isLoopback(address.host()),
                () -> started.get() == null ? address.port() : started.get().getHttpPort(), json);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(address.port())
                // Fuseki modules found on the classpath would add endpoints nobody asked for.
                .fusekiModules(FusekiModules.empty())
                .registerOperation(Operation.Query, new BoundedQuery())
                .add(DATASET, ws.store().dataset(), false)
                // GET /$/ping: 200 and the time, as Fuseki answers for monitors and scripts waiting for the start.
                .enablePing(true)
                .addFilter("/*", guard);
        if (options.cors() != null) {
            CorsFilter cors = new CorsFilter(options.cors());
            builder.addFilter("/api/*", cors).addFilter(DATASET + "/*", cors).addFilter(DATASET, cors);
        }
        PageServlet page = new PageServlet();
        FusekiServer fuseki = builder
                .addFilter(DATASET + "/*", new SparqlGuard(json))
                .addFilter(DATASET, new SparqlGuard(json))
                .addServlet("/api/search", new SearchServlet(ws.index(), json, options.timeout()))
                .addServlet(TrialServlet.PATH + "/*", new TrialServlet(ws.store(), json))
                .addServlet(TrialServlet.PATH, new TrialServlet(ws.store(), json))
                .addServlet(NamedReportServlet.DRUG + "/*", NamedReportServlet.drug(ws, json))
                .addServlet(NamedReportServlet.SPONSOR + "/*", NamedReportServlet.sponsor(ws, json))
                .addServlet(NamedReportServlet.SPONSOR, NamedReportServlet.sponsor(ws, json))
                // What `trialkg stats`, `trials` and `drug` ask while this server holds the store.
                .addServlet(StatsServlet.PATH, new StatsServlet(ws, json))
                .addServlet(TrialsServlet.PATH, new TrialsServlet(ws))
                .addServlet(NamedReportServlet.DRUG, NamedReportServlet.drug(ws, json))
                // "" is the servlet path of the root alone; every other unknown path stays a 404.
                .addServlet("", page)
                .addServlet(PageServlet.TRIAL + "/*", page)
                .addServlet(PageServlet.TRIAL, page)
                .addServlet(PageServlet.DRUG + "/*", page)
                .addServlet(PageServlet.DRUG, page)
                .addServlet("/" + PageServlet.SCRIPT, new PageServlet(PageServlet.SCRIPT, "text/javascript;charset=utf-8"))
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
        started.set(fuseki);
        return new TrialkgServer(fuseki, address.host());
    }

    /** Whether a host names this machine only; a name that does not resolve is not (the start will fail on it). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host.replaceAll("^\\[|]$", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
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
