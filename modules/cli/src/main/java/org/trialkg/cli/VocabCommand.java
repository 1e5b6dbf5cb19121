package org.trialkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.VocabularyLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "vocab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Loads drug vocabularies beside the one trialkg ships.",
        subcommands = {VocabCommand.Load.class, picocli.CommandLine.HelpCommand.class},
        footer = {"%nExample:", "  trialkg vocab load drugbank-open-vocabulary.csv --name drugbank"})
final class VocabCommand {
    @ParentCommand
    Main main;

    @Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Loads a drug vocabulary into the store, so that the drug matcher knows its names.",
                "Reads the DrugBank open vocabulary CSV, Drugs@FDA Products.txt, or a SKOS file (Turtle, or any RDF "
                    + "syntax by its extension). Loading under the same name again replaces it. Records already "
                    + "ingested are matched again with 'trialkg ingest --force'. The store must exist (made by "
                    + "'trialkg ingest')."},
            footer = {"%nExamples:", "  trialkg vocab load drugbank-open-vocabulary.csv --name drugbank",
                "  trialkg vocab load Products.txt --name drugsatfda --json"})
    static final class Load implements Callable<Integer> {
        @ParentCommand
        VocabCommand vocab;

        @Parameters(paramLabel = "FILE", description = "The vocabulary file.")
        Path file;

        @Option(names = "--name", paramLabel = "NAME",
                description = "Name of the vocabulary graph (default: the file name without extension).")
        String name;

        @Option(names = "--json", description = "Print what was loaded as JSON.")
        boolean json;

        @Override
        public Integer call() {
            String n = name != null ? name : VocabularyLoad.defaultName(file);
            VocabularyLoad.Result r;
            java.nio.file.Path dir = vocab.main.ownStore(false);
            try (Workspace ws = Workspace.open(dir, true)) {
                ws.ensureVocabularies();
                r = new VocabularyLoad(ws).load(file, n);
            }
            if (json) {
                System.out.println(Json.write(r));
                return 0;
            }
            System.out.printf("%s: %s, %,d drug concepts (%,d new, %,d merged with known drugs), %,d other names, "
                    + "%,d triples in graph <%s> (%.1f s)%n", file, r.format().label(), r.concepts(), r.newConcepts(),
                    r.concepts() - r.newConcepts(), r.labels(), r.triples(), r.graph(), r.millis() / 1000.0);
            long t0 = System.nanoTime();
            int size;
            try (Workspace ws = Workspace.open(dir, false)) {
                size = ws.lexicon() instanceof org.trialkg.enrich.drug.SkosDrugLexicon s ? s.conceptCount() : -1;
            }
            System.out.printf("drug lexicon: %,d concepts, built in %.1f s; ingest --force matches existing records "
                    + "against it%n", size, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
