package org.trialkg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checks the whole graph against the SHACL shapes.",
            "The shapes are those of ontology/shapes.ttl. Exits with 1 when the graph does not conform."},
        footer = {"%nExamples:", "  trialkg validate", "  trialkg validate --max 100 --json"})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--max", defaultValue = "20", description = "Most violations to print (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--json", description = "Print JSON: whether the graph conforms, the exact number of violations, "
            + "and the first --max of them.")
    boolean json;

    /** What {@code --json} prints; {@code violations} counts them all, {@code shown} holds at most {@code --max}. */
    record Answer(boolean conforms, int violations, List<Violation> shown) {}

    record Violation(String focusNode, String path, String severity, String message) {}

    @Override
    public Integer call() {
        if (max < 0) {
            throw new IllegalArgumentException("--max: expected 0 or more, was " + max);
        }
        try (Workspace ws = Workspace.open(main.ownStore(false), false)) {
            ValidationReport report = ws.store().read(union -> new ShaclCheck().validate(union));
            List<Violation> shown = report.getEntries().stream().limit(max).map(e -> new Violation(
                    String.valueOf(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    e.severity().level().getLocalName(), e.message())).toList();
            if (json) {
                System.out.println(Json.write(new Answer(report.conforms(), report.getEntries().size(), shown)));
                return report.conforms() ? 0 : 1;
            }
            if (report.conforms()) {
                System.out.println("conforms to the shapes");
                return 0;
            }
            for (Violation v : shown) {
                System.out.println(v.focusNode() + " " + (v.path() == null ? "" : v.path() + " ") + ": " + v.message());
            }
            System.out.printf("%,d violations%n", report.getEntries().size());
            return 1;
        }
    }
}
