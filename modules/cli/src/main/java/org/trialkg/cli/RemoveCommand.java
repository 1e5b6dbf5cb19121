package org.trialkg.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.link.TrialLinker;
import org.trialkg.pipeline.Removal;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Takes records out of the store.", "Every record of the registry IDs given, or every record "
            + "read from a file; the search index and links follow."},
        footer = {"%nExamples:", "  trialkg remove NCT07177794 ChiCTR2000034346",
            "  trialkg remove --file downloads/old-export.csv"})
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "Registry IDs whose records to remove (every kind of source).")
        List<String> ids;

        @Option(names = "--file", arity = "1..*", paramLabel = "PATH", description = "Remove every record read from this file (or "
                + "from the entries of this zip), as the ingest was given it.")
        List<String> files;
    }

    @Option(names = "--json", description = "Print what was removed as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.ownStore(false), true)) {
            Removal removal = new Removal(ws);
            Removal.Result r = target.ids != null ? removal.ids(target.ids) : removal.files(target.files);
            for (String missing : r.notFound()) {
                System.err.println("trialkg remove: no stored record for " + missing);
            }
            int identityLinks = 0;
            if (!r.records().isEmpty()) {
                identityLinks = ws.link(new TrialLinker(ws.store()), r.trials()).identityLinks();
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("records", r.records());
                m.put("trials", r.trials());
                m.put("notFound", r.notFound());
                m.put("identityLinks", identityLinks);
                System.out.println(Json.write(m));
            } else if (!r.records().isEmpty()) {
                System.out.printf("removed %,d records of %,d trials; links re-derived (%,d identity links)%n",
                        r.records().size(), r.trials().size(), identityLinks);
            }
            return r.notFound().isEmpty() ? 0 : Main.PARTIAL;
        }
    }
}
