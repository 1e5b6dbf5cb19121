package org.trialkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.server.TrialkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serves the store over HTTP until stopped.",
            "Serves a web page to search, a search and trial-card JSON API, and a read-only SPARQL endpoint where "
                + "tk:search works. The server holds the store folder while it runs and writes its address to "
                + "server.json there: 'trialkg search', 'sparql', 'trial', 'trials', 'drug' and 'stats' on the "
                + "same folder ask the server, and commands that write refuse until it stops."},
        footer = {"%nExamples:", "  trialkg serve                  # then open http://127.0.0.1:3030/",
            "  trialkg serve --port 8080 --host 0.0.0.0 --timeout 60"})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Stop a SPARQL query or search that runs longer than this (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--allow-service",
            description = "Let SPARQL SERVICE fetch other endpoints. Off by default: any client could make the server "
                    + "send requests to this machine or its network.")
    boolean allowService;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages of this origin (https://host[:port], or * for any) call the API and SPARQL from a "
                    + "browser. Off by default: only the server's own page can.")
    String cors;

    @Override
    public Integer call() {
        // Checked before the store is opened, so that a typo does not wait for (or report on) the store.
        TrialkgServer.Address address = new TrialkgServer.Address(host, port);
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout: expected 1 second or more, was " + timeoutSeconds);
        }
        TrialkgServer.Options options = new TrialkgServer.Options(Duration.ofSeconds(timeoutSeconds), allowService, cors);
        Path dir = main.ownStore(false);
        Workspace ws = Workspace.open(dir, false);
        TrialkgServer server;
        try {
            server = TrialkgServer.start(ws, address, options);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        ServerFile file = new ServerFile(server.url(), server.sparqlUrl(), ProcessHandle.current().pid());
        // The server runs until the process is stopped (Ctrl-C, kill): then stop it and let go of the store.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                file.delete(dir);
                server.close();
            } finally {
                ws.close();
            }
        }, "trialkg-serve-stop"));
        file.write(dir);
        System.out.println("trialkg serve: " + server.url() + " (search page), " + server.url() + "api/search?q=..., "
                + server.url() + "api/trial/{ID}, " + server.sparqlUrl() + " (SPARQL); store " + main.storeDir()
                + "; queries stop after " + timeoutSeconds + " s" + (allowService ? "; SERVICE allowed" : "")
                + (cors == null ? "" : "; CORS for " + cors)
                + "; stop with Ctrl-C");
        System.out.flush();
        server.join();
        return 0;
    }
}
