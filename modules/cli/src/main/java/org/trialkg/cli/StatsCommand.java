package org.trialkg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Counts what the store holds: trials, records, drugs, sponsors, sites, triples.",
            "The counts are kept up to date by every write, so this reads no records. A trial is counted once "
                + "however many registries' records it has, as in 'trialkg trials' and the search total."},
        footer = {"%nExamples:", "  trialkg stats", "  trialkg stats --json"})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Optional<ServerFile> server = main.server();
        Stats s;
        if (server.isPresent()) {
            s = new ServerClient(server.get()).get("/api/stats", Stats.class)
                    .orElseThrow(() -> new IllegalStateException(server.get().describe() + " has no /api/stats"));
        } else {
            try (Workspace ws = Workspace.open(main.existingStore(), false)) {
                s = Stats.of(ws);
            }
        }
        if (json) {
            System.out.println(Json.write(java.util.Map.of("stats", s)));
        } else {
            System.out.printf("trials %,d%nrecords %,d%ndrugs %,d%nsponsors %,d%nsites %,d%ntriples %,d%n",
                    s.trials(), s.records(), s.drugs(), s.sponsors(), s.sites(), s.triples());
        }
        return 0;
    }
}
