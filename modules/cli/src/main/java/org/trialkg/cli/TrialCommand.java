package org.trialkg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "trial", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Shows everything the graph knows of one trial: the trial card.",
            "All the trial's records, in every registry, are merged into the card. Exits with 1 when no trial has "
                + "the ID."},
        footer = {"%nExamples:", "  trialkg trial NCT07177794", "  trialkg trial ChiCTR2000034346 --json"})
final class TrialCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "A registry ID in any registry (NCT07177794, ChiCTR2000034346) or a trial IRI.")
    String id;

    @Option(names = "--json", description = "Print JSON (the format is described in the README).")
    boolean json;

    @Override
    public Integer call() {
        TrialCard card = read().orElse(null);
        if (card == null) {
            System.err.println("trialkg trial: no trial with ID '" + id + "' in " + main.storeDir());
            return 1;
        }
        System.out.println(json ? Json.write(card) : CardText.format(card));
        return 0;
    }

    private Optional<TrialCard> read() {
        Optional<ServerFile> server = main.server();
        if (server.isPresent()) {
            // an ID with a slash (CTRI/2020/04/024773) goes as a parameter: the server refuses an encoded slash
            // in a path, as servers should
            String path = id.startsWith("http://") || id.startsWith("https://")
                    ? "/api/trial?iri=" + ServerClient.encode(id)
                    : "/api/trial?id=" + ServerClient.encode(id);
            return new ServerClient(server.get()).get(path, TrialCard.class);
        }
        try (Workspace ws = Workspace.open(main.existingStore(), false)) {
            return ws.store().read(union -> {
                CardReader reader = new CardReader(union);
                return reader.resolve(id).flatMap(reader::read);
            });
        }
    }
}
