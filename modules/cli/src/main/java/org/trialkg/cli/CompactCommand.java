package org.trialkg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Gives back the disk space that earlier writes left behind.",
            "The store is rewritten into a new generation and the old one deleted. An ingest does this itself when "
                + "the store has grown well past its data."},
        footer = {"%nExample:", "  trialkg compact --store trialkg-store"})
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the sizes before and after, in bytes, as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.ownStore(false), true)) {
            long[] sizes = ws.store().compact();
            System.out.println(json ? Json.write(Map.of("bytesBefore", sizes[0], "bytesAfter", sizes[1]))
                    : String.format("store compacted: %,.1f MB -> %,.1f MB", sizes[0] / 1e6, sizes[1] / 1e6));
        }
        return 0;
    }
}
