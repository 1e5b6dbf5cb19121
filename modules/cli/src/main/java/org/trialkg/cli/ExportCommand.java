package org.trialkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {
    "Writes the whole graph as N-Quads (one named graph per record), for any SPARQL 1.1 store.",
    "Example: trialkg export -o trials.nq"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (Workspace ws = Workspace.open(main.storeDir(), false);
                OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output))) {
            Txn.executeRead(ws.store().dataset(),
                    () -> RDFDataMgr.write(out, ws.store().dataset().asDatasetGraph(), RDFFormat.NQUADS));
            out.flush();
        }
        return 0;
    }
}
