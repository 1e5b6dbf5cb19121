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
@Command(name = "trialkg", mixinStandardHelpOptions = true, version = "trialkg 0.1.0",
        description = "Clinical-trial registry records into a knowledge graph you can query with SPARQL and search.",
        subcommands = {IngestCommand.class, SearchCommand.class, SparqlCommand.class, TrialCommand.class,
            TrialsCommand.class, DrugCommand.class, StatsCommand.class, ValidateCommand.class, ReindexCommand.class,
            VerifyCommand.class, ExportCommand.class, VocabCommand.class, LinkCommand.class, MentionsCommand.class,
            ServeCommand.class, CompactCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (see the message)", "2:bad usage", "3:some inputs could not be ingested"})
public final class Main {
    /** Some inputs failed; the rest was done. */
    static final int PARTIAL = 3;

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Store folder (default: $TRIALKG_STORE or ./trialkg-store).")
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
