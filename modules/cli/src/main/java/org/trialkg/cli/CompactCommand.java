package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "compact", description = "Gives back the disk space earlier writes left behind: the store is "
        + "rewritten into a new generation and the old one deleted (an ingest does this itself when the store has "
        + "grown well past its data).")
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), true)) {
            long[] sizes = ws.store().compact();
            System.out.printf("store compacted: %,.1f MB -> %,.1f MB%n", sizes[0] / 1e6, sizes[1] / 1e6);
        }
        return 0;
    }
}
