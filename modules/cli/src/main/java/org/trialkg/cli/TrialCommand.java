package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "trial", description = {
    "Shows everything the graph knows of one trial, all its records merged: the trial card.",
    "Example: trialkg trial NCT07177794 --json"})
final class TrialCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "A registry ID in any registry (NCT07177794, ChiCTR2000034346) or a trial IRI.")
    String id;

    @Option(names = "--json", description = "Print JSON (the format is described in the README).")
    boolean json;

    @Override
    public Integer call() {
        TrialCard card;
        try (Workspace ws = Workspace.open(main.storeDir(), false)) {
            card = Txn.calculateRead(ws.store().dataset(), () -> {
                CardReader reader = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
                return reader.resolve(id).flatMap(reader::read).orElse(null);
            });
        }
        if (card == null) {
            System.err.println("trialkg trial: no trial with ID '" + id + "' in " + main.storeDir());
            return 1;
        }
        System.out.println(json ? Json.write(card) : CardText.format(card));
        return 0;
    }
}
