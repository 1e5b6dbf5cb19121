package org.trialkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", description = "Checks the whole graph against the SHACL shapes of ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--max", defaultValue = "20", description = "Most violations to print (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(main.storeDir(), false)) {
            ValidationReport report = Txn.calculateRead(ws.store().dataset(),
                    () -> new ShaclCheck().validate(ws.store().dataset().asDatasetGraph().getUnionGraph()));
            if (report.conforms()) {
                System.out.println("conforms to the shapes");
                return 0;
            }
            int n = 0;
            for (ReportEntry e : report.getEntries()) {
                if (n++ >= max) {
                    break;
                }
                System.out.println(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message());
            }
            System.out.printf("%,d violations%n", report.getEntries().size());
            return 1;
        }
    }
}
