package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.IndexSync;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", description = "Checks that the store and the search index hold the same trials; --repair mends the index.")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--repair", description = "Re-index missing trials and drop documents of trials no longer stored.")
    boolean repair;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), repair)) {
            IndexSync.Difference d = repair ? ws.protocol().repair() : ws.indexSync().verify();
            System.out.printf("store %,d trials, index %,d documents%n", d.storeTrials(), d.indexTrials());
            d.missingFromIndex().forEach(i -> System.out.println("not in the index: " + i));
            d.extraInIndex().forEach(i -> System.out.println("in the index but not stored: " + i));
            if (d.inStep()) {
                System.out.println("in step");
                return 0;
            }
            System.out.println(repair ? "repaired" : "out of step: run 'trialkg verify --repair'");
            return repair ? 0 : 1;
        }
    }
}
