package org.trialkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "trials", description = "Lists every trial in the store: one line each, or all trial cards as a JSON array.")
final class TrialsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the trial cards as a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        List<TrialCard> cards = new ArrayList<>();
        try (Workspace ws = Workspace.open(main.storeDir(), false)) {
            Txn.executeRead(ws.store().dataset(), () -> {
                CardReader reader = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (String iri : reader.trialIris()) {
                    reader.read(iri).filter(c -> seen.add(c.iri())).ifPresent(cards::add);
                }
            });
        }
        if (json) {
            System.out.println(Json.write(cards));
        } else {
            for (TrialCard c : cards) {
                System.out.printf("%-28s %-10s %-22s %s%n", c.ids().isEmpty() ? "(no registry ID)" : String.join(",", c.ids()),
                        c.phase() == null ? "-" : c.phase(), c.status() == null ? "-" : c.status(),
                        c.title() == null ? "(no title)" : c.title());
            }
        }
        return 0;
    }
}
