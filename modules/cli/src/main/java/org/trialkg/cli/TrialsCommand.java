package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.CardReader;
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
        // printed as they are read, so that listing a store of any size holds one card at a time
        try (Workspace ws = Workspace.open(main.storeDir(), false)) {
            Txn.executeRead(ws.store().dataset(), () -> {
                CardReader reader = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
                java.util.Set<String> seen = new java.util.HashSet<>();
                boolean[] first = {true};
                if (json) {
                    System.out.print("[");
                }
                for (String iri : reader.trialIris()) {
                    reader.read(iri).filter(c -> seen.add(c.iri())).ifPresent(c -> {
                        if (json) {
                            System.out.print((first[0] ? "" : ",") + Json.write(c));
                        } else {
                            System.out.printf("%-28s %-10s %-22s %s%n", c.ids().isEmpty() ? "(no registry ID)"
                                    : String.join(",", c.ids()), c.phase() == null ? "-" : c.phase(),
                                    c.status() == null ? "-" : c.status(), c.title() == null ? "(no title)" : c.title());
                        }
                        first[0] = false;
                    });
                }
                if (json) {
                    System.out.println("]");
                }
            });
        }
        return 0;
    }
}
