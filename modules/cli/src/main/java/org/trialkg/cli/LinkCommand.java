package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.link.TrialLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "link", description = {
    "Finds the records of one trial across registries: records sharing an ID are one trial for certain; the",
    "others are compared by title, sponsor, start date, enrollment, conditions and drugs, and a pair scoring at",
    "least the threshold is linked (with its evidence; see 'trialkg trial ID'), a lower one kept as a candidate.",
    "Every link is recomputed (an ingest links only the records it stored).",
    "Example: trialkg link --threshold 0.6"})
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "Score from which two trials are linked (default: ${DEFAULT-VALUE}).")
    double threshold = TrialLinker.DEFAULT_LINK_THRESHOLD;

    @Option(names = "--candidate-threshold", paramLabel = "SCORE",
            description = "Score from which a pair is kept as a candidate (default: ${DEFAULT-VALUE}).")
    double candidateThreshold = TrialLinker.DEFAULT_CANDIDATE_THRESHOLD;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), true)) {
            TrialLinker.Report r = ws.link(new TrialLinker(ws.store(), threshold, candidateThreshold), null);
            System.out.printf("%,d trials; %,d certain links (shared or secondary IDs) in %,d groups; %,d pairs "
                    + "compared; %,d identity links, %,d candidates (%.1f s)%n", r.trials(), r.certainLinks(),
                    r.certainClusters(), r.pairsScored(), r.identityLinks(), r.candidates(), r.millis() / 1000.0);
            System.out.printf("%,d search documents rewritten (trials whose group changed)%n", r.reindex().size());
        }
        return 0;
    }
}
