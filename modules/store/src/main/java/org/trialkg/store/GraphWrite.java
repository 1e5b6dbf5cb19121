package org.trialkg.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The new content of one named graph: on write it replaces whatever the graph held.
 *
 * @param graph the graph's name, an IRI
 * @param content the triples it will hold
 */
public record GraphWrite(Node graph, Graph content) {
    public GraphWrite {
        Objects.requireNonNull(graph, "graph name");
        Objects.requireNonNull(content, "graph content");
        if (!graph.isURI()) {
            throw new IllegalArgumentException("graph name: expected an IRI, was " + graph);
        }
    }
}
