package org.trialkg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Rebuilds the search index from the store.",
            "The store is the record; the index is derived from it and can always be made again."},
        footer = {"%nExample:", "  trialkg reindex --store trialkg-store"})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the number of trials indexed as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.ownStore(false), true)) {
            int n;
            try (Progress progress = Progress.of("trials indexed", -1)) {
                n = ws.indexSync().reindex(progress::update);
            }
            System.out.println(json ? Json.write(Map.of("trialsIndexed", n)) : String.format("%,d trials indexed", n));
        }
        return 0;
    }
}
