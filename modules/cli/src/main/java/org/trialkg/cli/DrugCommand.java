package org.trialkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.query.DrugReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "drug", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Shows a drug or drug class and every trial that uses it.",
            "The trials are grouped by registry, with the name each record used. Any name works: INN, research code "
                + "in any spelling, brand, salt form. Exits with 1 when the lexicon has no such name."},
        footer = {"%nExamples:", "  trialkg drug JS001", "  trialkg drug 'PD-1 inhibitor' --json"})
final class DrugCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    NamedReport args;

    /** An indent, the registry IDs (wrapped when a record has several), then the title and names used. */
    private static final Table TABLE = Table.of(2, 24, 0);

    @Override
    public Integer call() {
        String n = args.name();
        return args.show(main, "/api/drug?name=", DrugReport.class, ws -> DrugReport.of(ws, n),
                "trialkg drug: no drug or drug class named '" + n + "' in the lexicon", r -> print(n, r));
    }

    private static void print(String n, DrugReport r) {
        System.out.println(r.name() + (r.classLevel() ? " (drug class)" : "")
                + ("exact".equals(r.matchedBy()) ? "" : "  [matched '" + n + "' by " + r.matchedBy() + "]"));
        System.out.println("  " + r.iri());
        if (!r.otherNames().isEmpty()) {
            System.out.println("  other names: " + String.join(", ", r.otherNames()));
        }
        if (!r.ingredients().isEmpty()) {
            System.out.println("  ingredients: " + String.join(", ", r.ingredients()));
        }
        if (!r.classes().isEmpty()) {
            System.out.println("  class: " + String.join(", ", r.classes()));
        }
        if (!r.identifiers().isEmpty()) {
            System.out.println("  identifiers: " + String.join(" ", r.identifiers()));
        }
        List<DrugReport.TrialUse> all = r.trialsByRegistry().values().stream().flatMap(List::stream).toList();
        System.out.printf(all.size() == r.trialCount() ? "%d trials%n" : "%d trials (%d records in registries)%n",
                r.trialCount(), all.size());
        for (Map.Entry<String, List<DrugReport.TrialUse>> e : r.trialsByRegistry().entrySet()) {
            System.out.println(e.getKey() + ":");
            for (DrugReport.TrialUse t : e.getValue()) {
                List<String> twins = all.stream().filter(o -> o.trial().equals(t.trial()) && !o.iri().equals(t.iri()))
                        .flatMap(o -> o.ids().stream()).toList();
                System.out.print(TABLE.row("", t.ids().isEmpty() ? "(no ID)" : String.join(", ", t.ids()),
                        (t.title() == null ? "(no title)" : t.title())
                        + (t.namesUsed().isEmpty() ? "" : "  [as " + String.join(", ", t.namesUsed()) + "]")
                        + (twins.isEmpty() ? "" : "  (same trial as " + String.join(", ", twins) + ")")));
            }
        }
    }
}
