package org.trialkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.query.MentionAudit;
import org.trialkg.pipeline.query.MentionAudit.Mention;
import org.trialkg.pipeline.query.MentionAudit.NameCount;
import org.trialkg.pipeline.query.MentionAudit.Origin;
import org.trialkg.pipeline.query.MentionAudit.Summary;
import org.trialkg.pipeline.query.MentionAudit.Tally;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "mentions", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Audits drug mentions for curators: resolved, unresolved, or a sample.",
            "By default: how many drug mentions resolved to a drug concept, and by which method (exact, "
                + "code-variant, fuzzy, class). --unresolved lists the names that resolved to nothing; --sample draws "
                + "a reproducible random sample of resolved mentions to judge by hand. Only names of drug and "
                + "biological interventions are kept when nothing matches them."},
        footer = {"%nExamples:", "  trialkg mentions", "  trialkg mentions --unresolved | head",
            "  trialkg mentions --sample 250 --seed 42 > sample.tsv"})
final class MentionsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--unresolved", description = "List the unresolved names with their counts, most frequent first.")
    boolean unresolved;

    @Option(names = "--sample", paramLabel = "N", description = "Print N resolved mentions drawn at random, as TSV: "
            + "record ID, mention, concept, method, confidence.")
    Integer sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the random sample (default: ${DEFAULT-VALUE}); the same seed draws the same sample.")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (unresolved && sample != null) {
            throw new IllegalArgumentException("--unresolved and --sample ask for different lists; give one");
        }
        MentionAudit audit;
        try (Workspace ws = Workspace.open(main.ownStore(false), false)) {
            audit = MentionAudit.read(ws.store());
        }
        if (sample != null) {
            List<Mention> picked = audit.sample(sample, seed);
            if (json) {
                System.out.println(Json.write(picked));
            } else {
                System.out.println("record_id\tmention\tconcept\tmethod\tconfidence");
                for (Mention m : picked) {
                    System.out.printf("%s\t%s\t%s\t%s\t%.2f%n", cell(m.recordId()), cell(m.text()),
                            cell(m.conceptLabel()), m.method(), m.confidence());
                }
            }
        } else if (unresolved) {
            List<NameCount> names = audit.unresolved();
            if (json) {
                System.out.println(Json.write(names));
            } else {
                names.forEach(n -> System.out.printf("%7d  %s%n", n.count(), n.name()));
            }
        } else {
            Summary s = audit.summary();
            if (json) {
                System.out.println(Json.write(Map.of("summary", s, "drugNamesResolvedShare", s.drugNamesResolvedShare())));
            } else {
                print(s);
            }
        }
        return 0;
    }

    private static void print(Summary s) {
        System.out.printf("drug and biological interventions %,d, name resolved %,d (%.1f%%)%n", s.drugInterventions(),
                s.drugInterventionsResolved(), 100 * s.drugNamesResolvedShare());
        line("all mentions", s.all());
        for (Map.Entry<Origin, Tally> e : s.byOrigin().entrySet()) {
            line("  " + e.getKey().label(), e.getValue());
        }
    }

    private static void line(String what, Tally t) {
        StringBuilder methods = new StringBuilder();
        t.byMethod().forEach((m, n) -> methods.append(String.format("  %s %,d", m, n)));
        System.out.printf("%-45s %,8d, resolved %,8d (%5.1f%%)%s%n", what, t.mentions(), t.resolved(),
                100 * t.resolvedShare(), methods);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
