package org.trialkg.rdf;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;

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

    /** The view the record alone gives its trial: the trial's single-valued facts when no other record has them. */
    public Graph view() {
        return TrialView.merge(trial, List.of(TrialView.Facts.read(graph, graphName)));
    }

    /** The record's triples with the view it alone gives its trial, as a store holding only this record reads. */
    public Graph alone() {
        return new Union(graph, view());
    }
}
