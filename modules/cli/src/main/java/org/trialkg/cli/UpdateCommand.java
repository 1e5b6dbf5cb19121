package org.trialkg.cli;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trialkg.fetch.CtgovFetcher;
import org.trialkg.fetch.StoreIngest;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
    "Fetches what changed since each saved fetch last ran.",
    "Runs every fetch saved in the store again for the studies updated since the day before its last successful "
        + "run; a fetch that stopped resumes where it stopped instead."},
        footer = {"%nExamples:", "  trialkg update", "  trialkg update --store trialkg-store --no-link"})
final class UpdateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--api", paramLabel = "URL", description = "Another API base for every saved fetch (a mirror).")
    URI api;

    @Mixin
    FetchRuns.Options options = new FetchRuns.Options();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Workspace ws = Workspace.open(main.ownStore(false), true)) {
            StoreIngest sink = FetchRuns.ingest(ws);
            CtgovFetcher fetcher = FetchRuns.fetcher(main.storeDir(), sink, options.pageSize);
            if (fetcher.log().fetches().isEmpty()) {
                System.err.println("trialkg update: no fetch saved in " + main.storeDir()
                        + "; start one with 'trialkg fetch ctgov --intervention NAME'");
                return 1;
            }
            CtgovFetcher.Update u = fetcher.update(Optional.ofNullable(api));
            return FetchRuns.finish("update", main.storeDir(), ws, sink, u.runs(), u.failures(), options, start);
        }
    }
}
