package org.trialkg.rdf;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.trialkg.vocab.Enumeration;

/** Adds triples to one graph, skipping absent values, so that the mapper reads as a list of facts. */
final class GraphWriter {
    private final Graph graph;

    GraphWriter(Graph graph) {
        this.graph = graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    Node node(String iri, Resource... types) {
        Node n = iri(iri);
        for (Resource t : types) {
            graph.add(n, RDF.type.asNode(), t.asNode());
        }
        return n;
    }

    void add(Node s, Property p, Node o) {
        graph.add(s, p.asNode(), o);
    }

    void link(Node s, Property p, Resource o) {
        graph.add(s, p.asNode(), o.asNode());
    }

    void text(Node s, Property p, String value) {
        if (value != null && !value.isBlank()) {
            graph.add(s, p.asNode(), Literals.string(value));
        }
    }

    void optional(Node s, Property p, Optional<Node> value) {
        value.ifPresent(o -> graph.add(s, p.asNode(), o));
    }

    /** The value's concept in the enumeration's scheme, or the value as written on its text property. */
    void enumerated(Node s, Enumeration e, String value) {
        enumerated(s, e, e.property(), e.textProperty(), value);
    }

    void enumerated(Node s, Enumeration e, Property conceptProperty, Property textProperty, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<Resource> concept = e.concept(value);
        if (concept.isPresent()) {
            link(s, conceptProperty, concept.get());
        } else {
            text(s, textProperty, value);
        }
    }
}
