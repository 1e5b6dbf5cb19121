package org.trialkg.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.store.GraphWrite;
import org.trialkg.vocab.TK;

/**
 * The names of the drug concepts that records use and that only the generated part of the shipped lexicon knows
 * (DrugBank, Drugs@FDA). The store holds the curated lexicon and every loaded vocabulary whole, but the generated
 * names (142,000 triples) only for the concepts its records use, each concept in a named graph of its own,
 * {@value #GRAPH_PREFIX} followed by the concept's path, written with the first record that uses it. So a SPARQL
 * query finds "sofosbuvir" or "Sovaldi" as it finds a curated name, and a record's search document built in memory
 * names the drug as the one read back from the store does.
 *
 * <pre>{@code
 * ConceptLabels labels = new ConceptLabels(ws::concepts);
 * Map<String, GraphWrite> graphs = labels.of(mapped.graph());   // one per generated concept the record uses
 * }</pre>
 */
final class ConceptLabels {
    /** Prefix of the graphs that hold one generated concept's names each. */
    static final String GRAPH_PREFIX = TK.ID + "graph/lexicon/concept/";

    private final Supplier<Graph> known;
    private final Map<String, Graph> parsed = new ConcurrentHashMap<>();

    /** {@code known}: the concepts whose names the store holds already (the curated lexicon, loaded vocabularies). */
    ConceptLabels(Supplier<Graph> known) {
        this.known = Objects.requireNonNull(known, "known concepts");
    }

    /** The graph a concept's generated names are stored in. */
    static Node graphOf(String conceptIri) {
        String path = conceptIri.startsWith(TK.ID) ? conceptIri.substring(TK.ID.length())
                : Integer.toHexString(conceptIri.hashCode()) + "/" + conceptIri.replaceAll("[^A-Za-z0-9._-]+", "-");
        return NodeFactory.createURI(GRAPH_PREFIX + path);
    }

    /**
     * The concept graphs a record's graph needs, one per concept it uses ({@code tk:usesDrug}, {@code
     * tk:usesDrugClass}) that the store's own vocabularies do not name and the generated names do, by the concept's
     * IRI; often none.
     */
    Map<String, GraphWrite> of(Graph record) {
        Map<String, GraphWrite> out = new LinkedHashMap<>();
        for (Node p : List.of(TK.usesDrug.asNode(), TK.usesDrugClass.asNode())) {
            record.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node c = t.getObject();
                if (c.isURI() && !out.containsKey(c.getURI())
                        && !known.get().contains(c, SKOS.prefLabel.asNode(), Node.ANY)) {
                    Graph names = generated(c.getURI());
                    if (names != null) {
                        out.put(c.getURI(), new GraphWrite(graphOf(c.getURI()), names));
                    }
                }
            });
        }
        return out;
    }

    /** The concepts whose generated names the store holds already. */
    static Set<String> stored(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(GRAPH_PREFIX) && q.getSubject().isURI()) {
                out.add(q.getSubject().getURI());
            }
        });
        return out;
    }

    /** The generated names of a concept as a graph, parsed from its lines when first asked for; null if none. */
    private Graph generated(String concept) {
        Graph g = parsed.get(concept);
        if (g == null) {
            String lines = Lines.BY_CONCEPT.get(concept);
            if (lines == null) {
                return null;
            }
            Graph fresh = GraphFactory.createGraphMem();
            RDFParser.fromString(lines, Lang.NTRIPLES).parse(fresh);
            g = Objects.requireNonNullElse(parsed.putIfAbsent(concept, fresh), fresh);
        }
        return g;
    }

    // The resource's lines grouped by subject, read on first use without parsing them (0.2 s against 1 to 5 s for
    // a parse of the whole, which would stall the first record that names such a drug): 20,000 concepts, 12 MB,
    // once a process.
    private static final class Lines {
        static final Map<String, String> BY_CONCEPT = read();
    }

    private static Map<String, String> read() {
        String resource = SkosDrugLexicon.GENERATED_RESOURCE;
        Map<String, StringBuilder> bySubject = new HashMap<>();
        try (InputStream raw = SkosDrugLexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int end = line.indexOf('>');
                if (line.startsWith("<") && end > 1) {
                    bySubject.computeIfAbsent(line.substring(1, end), k -> new StringBuilder()).append(line)
                            .append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        Map<String, String> out = new HashMap<>(bySubject.size() * 2);
        bySubject.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
