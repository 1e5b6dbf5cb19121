package org.trialkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store of record: one named graph per source record, replaced whole on re-ingest, written in batches of
 * many graphs per transaction so that a failed batch leaves nothing half-written.
 *
 * <pre>{@code
 * try (TrialStore store = TrialStore.open(Path.of("trialkg-store"))) {
 *     store.write(List.of(new GraphWrite(graphName, graph)));
 *     long n = store.read(union -> (long) union.size());
 * }
 * }</pre>
 */
public final class TrialStore implements AutoCloseable {
    // The record node of each record graph carries its content hash (tk:contentHash, see ontology/trialkg.ttl).
    private static final Node CONTENT_HASH = NodeFactory.createURI("https://w3id.org/trialkg/ns#contentHash");
    private final Path dir;
    private final Dataset dataset;

    private TrialStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code dir/tdb2}. */
    public static TrialStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        // SPARQL without GRAPH sees every record: the default graph is the union of the named graphs.
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TrialStore(dir, ds);
    }

    /** An in-memory store, for tests. */
    public static TrialStore inMemory() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TrialStore(null, ds);
    }

    /** The folder the store lives in; null for an in-memory store. */
    public Path dir() {
        return dir;
    }

    /** The dataset, for queries; callers wrap access in a transaction ({@link Txn}). */
    public Dataset dataset() {
        return dataset;
    }

    /** The content hash recorded for a record graph, or empty when the graph is not stored. */
    public Optional<String> contentHash(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(graph, graph, CONTENT_HASH, Node.ANY);
            try {
                return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
            } finally {
                Iter.close(it);
            }
        });
    }

    /** Replaces each graph with its new content, all in one transaction: all of them are written, or none. */
    public void write(List<GraphWrite> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (GraphWrite w : batch) {
                dsg.deleteAny(w.graph(), Node.ANY, Node.ANY, Node.ANY);
                w.content().find().forEach(t -> dsg.add(w.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** Removes the named graphs, in one transaction. */
    public void delete(List<Node> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(
                g -> dataset.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Runs a function over the union of all named graphs inside a read transaction. */
    public <T> T read(Function<Graph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.asDatasetGraph().getUnionGraph()));
    }

    /** How many named graphs and quads the store holds. */
    public StoreCounts counts() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long graphs = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
                graphs++;
            }
            long quads = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                quads += dsg.getGraph(it.next()).size();
            }
            return new StoreCounts(graphs, quads);
        });
    }

    /** Node for a graph name. */
    public static Node graphName(String iri) {
        return NodeFactory.createURI(iri);
    }


    @Override
    public void close() {
        dataset.close();
    }

    /** How much the store holds. */
    public record StoreCounts(long graphs, long quads) {}
}
