package org.trialkg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.query.SponsorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "sponsor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Shows a sponsor and every trial it sponsors or collaborates on.",
            "The trials are grouped by registry, with the sponsor's name as each record writes it. Names are compared "
                + "by organisation: case, punctuation, abbreviations (Univ., Hosp.), a leading department and legal "
                + "forms (Inc., Ltd.) do not matter. Exits with 1 when no record names such a sponsor."},
        footer = {"%nExamples:", "  trialkg sponsor 'Sun Yat-sen University'", "  trialkg sponsor Jiangsu Hengrui --json"})
final class SponsorCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    NamedReport args;

    /** An indent, the registry ID, then the title, role and the name as written. */
    private static final Table TABLE = Table.of(2, 24, 0);

    @Override
    public Integer call() {
        String n = args.name();
        return args.show(main, "/api/sponsor?name=", SponsorReport.class, ws -> SponsorReport.of(ws.store(), n),
                "trialkg sponsor: no record names a sponsor '" + n + "'", SponsorCommand::print);
    }

    private static void print(SponsorReport r) {
        System.out.println(r.name() + "  <" + r.organisation() + ">");
        List<String> others = r.names().stream().filter(v -> !v.equals(r.name())).toList();
        if (!others.isEmpty()) {
            System.out.println("  also written: " + String.join("; ", others));
        }
        System.out.printf("%d trials%n", r.trialCount());
        for (Map.Entry<String, List<SponsorReport.Sponsored>> e : r.trialsByRegistry().entrySet()) {
            System.out.println(e.getKey() + ":");
            for (SponsorReport.Sponsored t : e.getValue()) {
                System.out.print(TABLE.row("", t.id() == null ? "(no ID)" : t.id(),
                        (t.title() == null ? "(no title)" : t.title())
                        + (t.role() == null ? "" : "  [" + t.role().toLowerCase(java.util.Locale.ROOT) + "]")
                        + (t.nameUsed().equals(r.name()) ? "" : "  [as " + t.nameUsed() + "]")));
            }
        }
    }
}
