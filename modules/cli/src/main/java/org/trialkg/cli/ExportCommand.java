package org.trialkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.trialkg.pipeline.Workspace;
import org.trialkg.vocab.TK;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes the whole graph in a standard RDF syntax, for any SPARQL 1.1 store.",
            "N-Quads and TriG keep one named graph per record; Turtle has no named graphs and holds their union; "
                + "JSON-LD keeps the graphs. N-Quads, TriG and Turtle are streamed (any store size in little "
                + "memory); JSON-LD is built in memory before it is written, so it suits small stores only.",
            "The syntax is --format, or the output file's extension: .nq, .trig, .ttl, .jsonld, each optionally "
                + "followed by .gz for gzip. An unknown extension without --format is an error, never another syntax."},
        footer = {"%nExamples:", "  trialkg export -o trials.nq", "  trialkg export -o trials.trig.gz",
            "  trialkg export --format turtle > trials.ttl"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "SYNTAX",
            description = "nquads, trig, turtle or jsonld (default: by the output file's extension; nquads to "
                    + "standard output).")
    String format;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.choose(format, output);
        try (Workspace ws = Workspace.open(main.ownStore(false), false)) {
            long total = ws.store().counts().quads();
            OutputStream file = output == null ? null : Files.newOutputStream(output);
            try (OutputStream out = output == null ? new NonClosing(System.out)
                    : ExportFormat.gzip(output) ? new GZIPOutputStream(new BufferedOutputStream(file), 1 << 16)
                    : new BufferedOutputStream(file, 1 << 16);
                    Progress progress = Progress.of("quads", total)) {
                ws.store().readDataset(dsg -> {
                    write(dsg, f, out, progress);
                    return null;
                });
            }
        }
        return 0;
    }

    private static void write(DatasetGraph dsg, ExportFormat f, OutputStream out, Progress progress) {
        if (!f.streaming) {
            RDFDataMgr.write(out, dsg, f.jena);
            progress.add(0);
            return;
        }
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, f.jena);
        StreamRDF counted = new StreamRDFWrapper(writer) {
            @Override
            public void triple(Triple triple) {
                super.triple(triple);
                progress.add(1);
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                progress.add(1);
            }
        };
        counted.start();
        // Prefixes make Turtle and TriG readable; N-Quads has none and the writer ignores them.
        counted.prefix("tk", TK.NS);
        dsg.prefixes().forEach(counted::prefix);
        if (f.namedGraphs) {
            dsg.find().forEachRemaining(counted::quad);
        } else {
            dsg.getUnionGraph().find().forEachRemaining(counted::triple);
        }
        counted.finish();
    }

    /** Standard output, flushed but left open when the export ends. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
