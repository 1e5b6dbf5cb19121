package org.trialkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.link.TrialLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds the records of one trial across registries.",
            "Records sharing an ID are one trial for certain. The others are compared by title, sponsor, start "
                + "date, enrollment, conditions and drugs; a pair scoring at least the threshold is linked (with its "
                + "evidence; see 'trialkg trial ID'), a lower one kept as a candidate. Every link is recomputed (an "
                + "ingest links only the records it stored)."},
        footer = {"%nExamples:", "  trialkg link", "  trialkg link --threshold 0.6 --json"})
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "Score from which two trials are linked (default: ${DEFAULT-VALUE}).")
    double threshold = TrialLinker.DEFAULT_LINK_THRESHOLD;

    @Option(names = "--candidate-threshold", paramLabel = "SCORE",
            description = "Score from which a pair is kept as a candidate (default: ${DEFAULT-VALUE}).")
    double candidateThreshold = TrialLinker.DEFAULT_CANDIDATE_THRESHOLD;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.ownStore(false), true)) {
            TrialLinker.Report r;
            try (Progress progress = Progress.of("trials compared", -1)) {
                r = ws.link(new TrialLinker(ws.store(), threshold, candidateThreshold).progress(progress::update),
                        null);
            }
            if (json) {
                // The trials whose documents were rewritten are counted, not listed: on a large store they are many.
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("trials", r.trials());
                m.put("certainLinks", r.certainLinks());
                m.put("certainGroups", r.certainClusters());
                m.put("pairsCompared", r.pairsScored());
                m.put("identityLinks", r.identityLinks());
                m.put("candidates", r.candidates());
                m.put("documentsRewritten", r.reindex().size());
                m.put("millis", r.millis());
                System.out.println(Json.write(m));
                return 0;
            }
            System.out.printf("%,d trials; %,d certain links (shared or secondary IDs) in %,d groups; %,d pairs "
                    + "compared; %,d identity links, %,d candidates (%.1f s)%n", r.trials(), r.certainLinks(),
                    r.certainClusters(), r.pairsScored(), r.identityLinks(), r.candidates(), r.millis() / 1000.0);
            System.out.printf("%,d search documents rewritten (trials whose group changed)%n", r.reindex().size());
        }
        return 0;
    }
}
