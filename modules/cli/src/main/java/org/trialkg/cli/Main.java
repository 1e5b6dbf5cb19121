package org.trialkg.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code trialkg} command: turns clinical-trial registry records into a knowledge graph, and queries it.
 *
 * <pre>
 * trialkg ingest examples/
 * trialkg search "toripalimab esophageal"
 * trialkg trial NCT07177794 --json
 * </pre>
 */
@Command(name = "trialkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = "Clinical-trial registry records into a knowledge graph you can query with SPARQL and search.",
        subcommands = {IngestCommand.class, SearchCommand.class, SparqlCommand.class, TrialCommand.class,
            TrialsCommand.class, DrugCommand.class, SponsorCommand.class, StatsCommand.class, ValidateCommand.class, ReindexCommand.class,
            VerifyCommand.class, ExportCommand.class, VocabCommand.class, LinkCommand.class, MentionsCommand.class,
            ServeCommand.class, CompactCommand.class, FetchCommand.class, UpdateCommand.class, RemoveCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"%nExamples:",
            "  trialkg ingest examples/",
            "  trialkg search \"toripalimab esophageal\"",
            "  trialkg trial NCT07177794 --json",
            "  trialkg stats --help"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (see the message)", "2:bad usage", "3:some inputs could not be ingested"})
public final class Main {
    /** Some inputs failed; the rest was done. */
    static final int PARTIAL = 3;

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Store folder (default: $TRIALKG_STORE, else trialkg-store in the current folder).")
    Path store;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    Path storeDir() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("TRIALKG_STORE");
        return Path.of(env == null || env.isBlank() ? "trialkg-store" : env);
    }

    /**
     * The store folder of a command that reads or changes a store: it must exist already, so that a mistyped
     * {@code --store} is reported instead of opening (and creating) an empty store. Only ingest creates one.
     */
    Path existingStore() {
        Path dir = storeDir();
        // tdb2/ is what TrialStore.open creates first: a folder without it holds no store.
        if (!java.nio.file.Files.isDirectory(dir.resolve("tdb2"))) {
            throw new NoStoreException(java.nio.file.Files.isDirectory(dir)
                    ? "no trialkg store in " + dir + " (the folder has no tdb2/); run `trialkg ingest PATH --store "
                            + dir + "` to make one there, or give the store's folder with --store"
                    : "no store at " + dir + "; run `trialkg ingest PATH --store " + dir + "` first");
        }
        return dir;
    }

    /** The server running on the existing store folder, which read commands ask instead of opening the store. */
    java.util.Optional<ServerFile> server() {
        return ServerFile.running(existingStore());
    }

    /**
     * A report by name: from the running server's {@code apiPath} when one holds the store, else read from the store
     * by {@code local}; empty when nothing answers to the name.
     */
    <T> java.util.Optional<T> report(String apiPath, Class<T> type,
            java.util.function.Function<org.trialkg.pipeline.Workspace, java.util.Optional<T>> local) {
        java.util.Optional<ServerFile> running = server();
        if (running.isPresent()) {
            return new ServerClient(running.get()).get(apiPath, type);
        }
        try (org.trialkg.pipeline.Workspace ws = org.trialkg.pipeline.Workspace.open(existingStore(), false)) {
            return local.apply(ws);
        }
    }

    /**
     * The store folder of a command that opens the store itself (every write, and the reads the server does not
     * answer: validate, verify, mentions, export): it must exist, and no server may hold it (TDB2 lets one process
     * open a store, and the server keeps it open until it stops). {@code mayCreate} for ingest alone.
     */
    Path ownStore(boolean mayCreate) {
        Path dir = mayCreate ? storeDir() : existingStore();
        ServerFile.running(dir).ifPresent(s -> {
            throw new IllegalStateException("the store " + dir + " is served by " + s.describe()
                    + "; stop it first (Ctrl-C where it runs, or kill " + s.pid() + ")");
        });
        return dir;
    }

    /** A command was pointed at a folder that holds no store. */
    static final class NoStoreException extends RuntimeException {
        NoStoreException(String message) {
            super(message);
        }
    }

    // Held in a field so that the level set below stays (loggers are weakly referenced).
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        // Apache POI logs through the Log4j API, which log4j-to-slf4j hands to slf4j-nop like every other library's
        // logging (the ingest module brings it). Log4j's own simple logger printed POI's FATAL parse errors, with a
        // stack trace, for a workbook the reader reports on its own line anyway.
        // Lucene tells through java.util.logging which memory-mapping and vector code it picked on newer JDKs.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        HelpText.install(cl);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Main top = cmd.getCommandSpec().root().userObject() instanceof Main m ? m : null;
            if (top != null && top.verbose) {
                ex.printStackTrace(cmd.getErr());
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("trialkg " + cmd.getCommandName() + ": " + msg.lines().findFirst().orElse(msg));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl.execute(args);
    }
}
