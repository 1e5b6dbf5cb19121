package org.trialkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.drug.vocab.KnownDrugs;
import org.trialkg.enrich.drug.vocab.VocabularyFile;
import org.trialkg.model.Hashes;
import org.trialkg.store.GraphWrite;
import org.trialkg.vocab.TK;

/**
 * Loads a drug vocabulary file (DrugBank CSV, Drugs@FDA Products.txt, SKOS) into the named graph
 * {@code Workspace.VOCAB_GRAPH_PREFIX + name}, replacing what an earlier load of that name put there; drugs the
 * shipped scheme or another loaded vocabulary already knows keep their concept, so their names add up.
 *
 * <pre>{@code
 * VocabularyLoad.Result r = new VocabularyLoad(ws).load(Path.of("drugbank.csv"), "drugbank");
 * }</pre>
 *
 * <p>The workspace builds its lexicon once: open a new one to match the new names (the command line does).
 */
public final class VocabularyLoad {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Workspace ws;

    public VocabularyLoad(Workspace ws) {
        this.ws = Objects.requireNonNull(ws, "workspace");
    }

    /** The graph name a file is loaded under when no name is given: its file name, lower case, no extension. */
    public static String defaultName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z0-9]{1,5}$", "");
        n = n.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return n.isEmpty() ? "vocabulary" : n.substring(0, Math.min(64, n.length()));
    }

    /** Reads the file and stores its concepts; the store is written in one transaction. */
    public Result load(Path file, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("vocabulary name: expected lower-case letters, digits, '.', '_' or "
                    + "'-' (at most 64), was '" + name + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("vocabulary file: " + file + " is not a readable file");
        }
        long start = System.nanoTime();
        Node graphName = NodeFactory.createURI(Workspace.VOCAB_GRAPH_PREFIX + name);
        Model known = knownExcept(graphName);
        KnownDrugs drugs = KnownDrugs.of(known);
        VocabularyFile.Format format = VocabularyFile.detect(file);
        Model m = VocabularyFile.read(file, drugs);
        Set<String> concepts = new HashSet<>();
        m.listSubjectsWithProperty(SKOS.prefLabel).forEachRemaining(r -> {
            if (r.isURIResource()) {
                concepts.add(r.getURI());
            }
        });
        int added = (int) concepts.stream().filter(c -> !known.containsResource(known.createResource(c))).count();
        long labels = m.listStatements(null, SKOS.altLabel, (RDFNode) null).toList().size()
                + m.listStatements(null, SKOS.hiddenLabel, (RDFNode) null).toList().size();
        Graph g = m.getGraph();
        g.add(graphName, TK.contentHash.asNode(), NodeFactory.createLiteralString(hash(file)));
        ws.store().write(List.of(new GraphWrite(graphName, g)));
        return new Result(graphName.getURI(), format, concepts.size(), added, labels, g.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Model knownExcept(Node skip) {
        Model known = SkosDrugLexicon.shippedModel();
        ws.store().readDataset(dsg -> {
            Workspace.vocabularyGraphs(dsg).forEach(gn -> {
                if (!gn.equals(skip)) {
                    known.add(ModelFactory.createModelForGraph(dsg.getGraph(gn)));
                }
            });
            return null;
        });
        return known;
    }

    private static String hash(Path file) {
        try {
            return Hashes.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a load stored.
     *
     * @param graph the named graph holding the vocabulary
     * @param format the format the file was read as
     * @param concepts drug concepts in the file
     * @param newConcepts of them, concepts trialkg did not know before
     * @param labels alternative and hidden labels
     * @param triples triples stored
     * @param millis time taken
     */
    public record Result(String graph, VocabularyFile.Format format, int concepts, int newConcepts, long labels,
            long triples, long millis) {
    }
}
