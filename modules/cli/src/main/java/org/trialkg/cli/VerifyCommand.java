package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.IndexSync;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checks that the store and the search index hold the same trials.",
            "With --repair, trials missing from the index are indexed and documents of trials no longer stored are "
                + "dropped. Exits with 1 when they are out of step and --repair was not given."},
        footer = {"%nExamples:", "  trialkg verify", "  trialkg verify --repair --json"})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--repair", description = "Re-index missing trials and drop documents of trials no longer stored.")
    boolean repair;

    @Option(names = "--json", description = "Print the comparison as JSON (every missing and extra trial IRI).")
    boolean json;

    /** What {@code --json} prints: the comparison, and whether it was repaired. */
    record Answer(int storeTrials, int indexTrials, boolean inStep, boolean repaired,
            java.util.List<String> missingFromIndex, java.util.List<String> extraInIndex) {}

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.ownStore(false), repair)) {
            IndexSync.Difference d;
            try (Progress progress = Progress.elapsed(repair ? "comparing and repairing" : "comparing the store and the index")) {
                d = repair ? ws.protocol().repair() : ws.indexSync().verify();
            }
            if (json) {
                System.out.println(Json.write(new Answer(d.storeTrials(), d.indexTrials(), d.inStep(),
                        repair && !d.inStep(), d.missingFromIndex(), d.extraInIndex())));
                return d.inStep() || repair ? 0 : 1;
            }
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
