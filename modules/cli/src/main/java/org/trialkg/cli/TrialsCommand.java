package org.trialkg.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.TrialListing;
import org.trialkg.rdf.TrialCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "trials", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists every trial in the store, one line each.",
            "A trial is listed once however many registries' records it has: as many trials as 'trialkg stats' "
                + "counts. Long IDs and titles wrap within their columns. With --json, all trial cards as one "
                + "JSON array."},
        footer = {"%nExamples:", "  trialkg trials | less", "  trialkg trials --json > cards.json"})
final class TrialsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the trial cards as a JSON array.")
    boolean json;

    /** ID, phase, status, title: an NCT ID and a ChiCTR ID side by side fit the first column (wrapped). */
    private final Table table = Table.of(26, 14, 24, 0);

    @Override
    public Integer call() {
        long[] n = {0};
        Consumer<TrialCard> print = c -> {
            if (json) {
                System.out.print((n[0] == 0 ? "" : ",") + Json.write(c));
            } else {
                System.out.print(table.row(c.ids().isEmpty() ? "(no registry ID)" : String.join(", ", c.ids()),
                        c.phase() == null ? "-" : c.phase(), c.status() == null ? "-" : c.status(),
                        c.title() == null ? "(no title)" : c.title()));
            }
            n[0]++;
        };
        if (json) {
            System.out.print("[");
        }
        // printed as they are read, so that listing a store of any size holds one card at a time
        Optional<ServerFile> server = main.server();
        if (server.isPresent()) {
            try (InputStream in = new ServerClient(server.get()).open("/api/trials");
                    MappingIterator<TrialCard> cards = ServerClient.MAPPER.readerFor(TrialCard.class).readValues(in)) {
                cards.forEachRemaining(print);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the trials from " + server.get().describe() + ": "
                        + e.getMessage(), e);
            }
        } else {
            try (Workspace ws = Workspace.open(main.existingStore(), false)) {
                TrialListing.forEach(ws, print);
            }
        }
        if (json) {
            System.out.println("]");
        }
        return 0;
    }
}
