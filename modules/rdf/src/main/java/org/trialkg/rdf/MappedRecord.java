package org.trialkg.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The triples of one source record, with the name of the graph they belong in and the trial they describe.
 *
 * @param graphName the registry record's IRI, used as the named graph
 * @param trial the trial's IRI
 * @param graph every fact of the record
 */
public record MappedRecord(Node graphName, Node trial, Graph graph) {
    public MappedRecord {
        Objects.requireNonNull(graphName, "mapped record: graphName");
        Objects.requireNonNull(trial, "mapped record: trial");
        Objects.requireNonNull(graph, "mapped record: graph");
        if (!graphName.isURI() || !trial.isURI()) {
            throw new IllegalArgumentException("mapped record: graphName and trial must be IRIs, were "
                    + graphName + " and " + trial);
        }
    }
}
