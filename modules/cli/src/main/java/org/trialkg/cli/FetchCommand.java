package org.trialkg.cli;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trialkg.fetch.CtgovFetcher;
import org.trialkg.fetch.CtgovQuery;
import org.trialkg.fetch.FetchException;
import org.trialkg.fetch.FetchRun;
import org.trialkg.fetch.OverallStatus;
import org.trialkg.fetch.StoreIngest;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
    "Fetches a search from a registry's API into the store.",
    "Page by page, through the same ingest as files. ctgov: ClinicalTrials.gov API v2. Pages are kept gzipped under <store>/downloads/ (ingest them again with "
        + "'trialkg ingest <store>/downloads'); the search is saved, so that 'trialkg update' fetches what changed. "
        + "A stopped fetch resumes at its first page not stored when run again."},
        footer = {"%nExamples:", "  trialkg fetch ctgov --intervention toripalimab",
            "  trialkg fetch ctgov --condition \"esophageal cancer\" --status RECRUITING --status NOT_YET_RECRUITING",
            "  trialkg fetch ctgov --query \"PD-1\" --since 2026-01-01"})
final class FetchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "REGISTRY", description = "ctgov (ClinicalTrials.gov).")
    String registry;

    @Option(names = "--query", paramLabel = "TEXT", description = "Other terms (query.term), in the registry's search syntax.")
    String query;

    @Option(names = "--condition", paramLabel = "TEXT", description = "Condition or disease (query.cond).")
    String condition;

    @Option(names = "--intervention", paramLabel = "TEXT", description = "Intervention or treatment (query.intr).")
    String intervention;

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Overall status, repeatable (RECRUITING, NOT_YET_RECRUITING, ACTIVE_NOT_RECRUITING, COMPLETED, ...).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only studies whose last update was posted on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--all", description = "Fetch every study of the registry (needed when no filter is given).")
    boolean all;

    // the default is not shown in the help: picocli would cut the address across lines
    @Option(names = "--api", paramLabel = "URL", description = "API base (default: ClinicalTrials.gov's own API v2; "
            + "a mirror or a test server otherwise).", defaultValue = "https://clinicaltrials.gov/api/v2",
            showDefaultValue = CommandLine.Help.Visibility.NEVER)
    URI api;

    @Mixin
    FetchRuns.Options options = new FetchRuns.Options();

    @Option(names = "--restart", description = "Start afresh from the first page instead of resuming a stopped fetch "
            + "of the same search.")
    boolean restart;

    @Override
    public Integer call() {
        if (!registry.equals("ctgov")) {
            throw new IllegalArgumentException("registry '" + registry + "': trialkg fetches from ctgov "
                    + "(ClinicalTrials.gov) only");
        }
        List<OverallStatus> s = statuses.stream().map(OverallStatus::parse).toList();
        CtgovQuery q = new CtgovQuery(query, condition, intervention, s, since, all);
        long start = System.nanoTime();
        try (Workspace ws = Workspace.open(main.ownStore(true), true)) {
            StoreIngest sink = FetchRuns.ingest(ws);
            CtgovFetcher fetcher = FetchRuns.fetcher(main.storeDir(), sink, options.pageSize);
            List<FetchRun> runs = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            try {
                runs.add(fetcher.fetch(api, q, restart));
            } catch (FetchException e) {
                failures.add(e.getMessage());
            }
            return FetchRuns.finish("fetch", main.storeDir(), ws, sink, runs, failures, options, start);
        }
    }
}
