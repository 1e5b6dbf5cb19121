package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.query.Stats;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", description = "Counts what the store holds: trials, records, drugs, sponsors, sites, triples.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), false)) {
            Stats s = Stats.of(ws);
            if (json) {
                System.out.println(Json.write(java.util.Map.of("stats", s)));
            } else {
                System.out.printf("trials %,d%nrecords %,d%ndrugs %,d%nsponsors %,d%nsites %,d%ntriples %,d%n",
                        s.trials(), s.records(), s.drugs(), s.sponsors(), s.sites(), s.triples());
            }
        }
        return 0;
    }
}
