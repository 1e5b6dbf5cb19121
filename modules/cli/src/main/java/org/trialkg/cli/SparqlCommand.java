package org.trialkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.trialkg.pipeline.query.Sparql;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "sparql", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a SPARQL query over the store.",
            "The default graph is the union of all records. tk:search runs a full-text search inside the query: "
                + "(?trial ?score ?snippet) tk:search (\"query\" 20). While 'trialkg serve' holds the store, the "
                + "query goes to its endpoint, which answers at most 100,000 rows."},
        footer = {"%nExamples:", "  trialkg sparql queries/trials-of-drug.rq",
            "  trialkg sparql --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/trialkg/ns#Trial> }'"})
final class SparqlCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--query"}, paramLabel = "QUERY", description = "The query text.")
        String text;
    }

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json or xml (SPARQL results; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--json", description = "Print JSON: the same as --format json.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Sparql.Format f;
        try {
            f = Sparql.Format.valueOf((json ? "json" : format).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format: expected table, csv, tsv, json or xml, was '" + format + "'");
        }
        String query;
        if (source.file != null) {
            if (!Files.isReadable(source.file)) {
                throw new IllegalArgumentException("cannot read the query file " + source.file);
            }
            query = Files.readString(source.file);
        } else {
            query = source.text;
        }
        java.util.Optional<ServerFile> server = main.server();
        if (server.isPresent()) {
            Query q = Sparql.parse(query);
            try (QueryExecution qe = QueryExecutionHTTP.service(server.get().sparql()).query(q).build()) {
                Sparql.write(q, qe, f, System.out);
            }
        } else {
            try (Workspace ws = Workspace.open(main.existingStore(), false)) {
                new Sparql(ws).run(query, f, System.out);
            }
        }
        System.out.flush();
        return 0;
    }
}
