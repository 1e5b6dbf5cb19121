package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", description = "Rebuilds the search index from the store (the store is the record; the index is derived).")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), true)) {
            int n = ws.indexSync().reindex();
            System.out.printf("%,d trials indexed%n", n);
        }
        return 0;
    }
}
