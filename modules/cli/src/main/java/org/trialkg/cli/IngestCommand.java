package org.trialkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.trialkg.ingest.Problem;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.IngestReport;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.pipeline.Workspace;
import org.trialkg.link.TrialLinker;
import org.trialkg.store.TrialStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Reads trial records from files, folders and zip archives into the store.",
            "Folders are read recursively. Formats are detected from content: ClinicalTrials.gov JSON, CSV and XML, "
                + "WHO ICTRP exports, ctrdata JSON, registry pages and prose summaries as text, HTML, PDF or DOCX. An "
                + "unchanged record is skipped; a changed one replaces its graph. The store folder is made when "
                + "it does not exist (the only command that makes one). Progress goes to standard error: a bar "
                + "on a terminal, a line every 5 s elsewhere."},
        footer = {"%nExamples:", "  trialkg ingest examples/", "  trialkg ingest ctg-studies.csv --store my-store --json",
            "  trialkg ingest ICTRP-Results.xml --no-link && trialkg link"})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zip archives.")
    List<Path> paths;

    @Option(names = "--strict", description = "Stop at the first problem.")
    boolean strict;

    @Option(names = "--force", description = "Re-derive records even when their content is unchanged.")
    boolean force;

    @Option(names = "--batch", defaultValue = "" + IngestOptions.DEFAULT_BATCH, description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", description = "Reader threads (default: the number of cores, at most 4).")
    Integer threads;

    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Link the records this run stored with the records of the same trials in other "
                    + "registries (default: on; --no-link skips it, 'trialkg link' recomputes every link later).")
    boolean link;

    @Option(names = "--bulk", description = "Load a store that holds no records yet through TDB2's phased bulk "
            + "loader instead of transactions (off by default until it is measured faster on a quiet machine). A bulk "
            + "load stopped half way is started again by the next ingest.")
    boolean bulk;

    @Option(names = "--json", description = "Print the summary as JSON (problems included) instead of text.")
    boolean json;

    /** What {@code --json} prints: what this run did and what the store holds after it. */
    record Answer(long inputs, long records, long stored, long unchanged, Map<String, Long> byFormat,
            List<String> problems, long failedInputs, Linked linked, double seconds, Stats store) {}

    /** The linker's counts for this run; null when it did not run. */
    record Linked(int trialsCompared, int certainLinks, int identityLinks, int candidates, long millis) {}

    @Override
    public Integer call() {
        IngestOptions o = new IngestOptions(strict, force, batch,
                threads == null ? IngestOptions.DEFAULT.threads() : threads, bulk);
        long start = System.nanoTime();
        IngestReport r;
        Stats stats;
        Linked linked = null;
        Path dir = main.ownStore(true);
        // records into a store that holds some already land here and there in it: read its files, do not map them
        if (!bulk && TrialStore.exists(dir)) {
            TrialStore.readFilesDirectly();
        }
        try (Workspace ws = Workspace.open(dir, true)) {
            try (Progress progress = Progress.of("records read", -1)) {
                r = new Ingest(ws, o, System.err::println, progress::update).run(paths);
            } catch (Ingest.StrictFailure e) {
                System.err.println("trialkg ingest: " + e.problem().oneLine());
                System.err.println("stopped at the first problem (--strict); nothing of the failed batch was stored");
                return Main.PARTIAL;
            }
            if (link && (r.stored() > 0 || !ws.linkPending().isEmpty())) {
                TrialLinker.Report l;
                try (Progress progress = Progress.of("trials compared", -1)) {
                    l = ws.link(new TrialLinker(ws.store()).progress(progress::update), r.changedTrials());
                }
                linked = new Linked(r.changedTrials().size(), l.certainLinks(), l.identityLinks(), l.candidates(),
                        l.millis());
            }
            ws.compactIfGrown().ifPresent(sizes -> System.err.printf(
                    "compacted the store: %,.0f MB -> %,.0f MB%n", sizes[0] / 1e6, sizes[1] / 1e6));
            stats = Stats.of(ws);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int code = r.problems().isEmpty() ? 0 : Main.PARTIAL;
        if (json) {
            System.out.println(Json.write(new Answer(r.inputs(), r.records(), r.stored(), r.unchanged(),
                    new TreeMap<>(r.byFormat()), r.problems().stream().map(Problem::oneLine).toList(), r.failedInputs(),
                    linked, Math.round(secs * 10) / 10.0, stats)));
            return code;
        }
        if (linked != null) {
            System.out.printf("linked: %,d trials compared, %,d certain links, %,d identity links by "
                    + "title/sponsor/dates, %,d candidates (%.1f s)%n", linked.trialsCompared(), linked.certainLinks(),
                    linked.identityLinks(), linked.candidates(), linked.millis() / 1000.0);
        }
        for (Problem p : r.problems()) {
            System.err.println("problem: " + p.oneLine());
        }
        System.out.printf("%,d files read, %,d records (%,d stored, %,d unchanged) in %.1f s%n", r.inputs(),
                r.records(), r.stored(), r.unchanged(), secs);
        if (r.older() > 0) {
            System.out.printf("%,d records older than the stored version, kept the stored one%n", r.older());
        }
        if (!r.byFormat().isEmpty()) {
            StringBuilder sb = new StringBuilder("by format:");
            for (Map.Entry<String, Long> e : new TreeMap<>(r.byFormat()).entrySet()) {
                sb.append(' ').append(e.getKey()).append(' ').append(String.format("%,d", e.getValue()));
            }
            System.out.println(sb);
        }
        System.out.printf("store %s: %,d trials, %,d drugs, %,d sponsors, %,d sites, %,d triples%n",
                main.storeDir(), stats.trials(), stats.drugs(), stats.sponsors(), stats.sites(), stats.triples());
        if (code != 0) {
            System.out.printf("%,d problems in %,d files (listed above)%n", r.problems().size(), r.failedInputs());
        }
        return code;
    }
}
