package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.vocab.TK;

/** The organisations graph the store keeps beside the records: every sponsor once, with every name records give it. */
class OrganisationsGraphTest {
    private static final Node ORGS = NodeFactory.createURI(TrialStore.ORGANISATIONS_GRAPH);
    private static final Node SYSU = NodeFactory.createURI(TK.ID + "org/sun-yat-sen-university");
    private static final Node HOSPITAL = NodeFactory.createURI(TK.ID + "org/first-hospital");
    private static final Node A = TrialStore.graphName(TK.ID + "record/a");
    private static final Node B = TrialStore.graphName(TK.ID + "record/b");

    /** A record naming {@code sponsor} (when not null) as its sponsor, and a site whose facility is a hospital. */
    private static Graph record(Node g, String sponsor) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(g, RDF.type.asNode(), TK.RegistryRecord.asNode()));
        if (sponsor != null) {
            Node s = NodeFactory.createURI(g.getURI() + "/sponsor/1");
            graph.add(Triple.create(s, RDF.type.asNode(), TK.Sponsorship.asNode()));
            graph.add(Triple.create(s, TK.organization.asNode(), SYSU));
            graph.add(Triple.create(SYSU, RDF.type.asNode(), TK.Organization.asNode()));
            graph.add(Triple.create(SYSU, RDFS.label.asNode(), NodeFactory.createLiteralString(sponsor)));
        }
        Node site = NodeFactory.createURI(g.getURI() + "/site/1");
        graph.add(Triple.create(site, RDF.type.asNode(), TK.Site.asNode()));
        graph.add(Triple.create(site, TK.organization.asNode(), HOSPITAL));
        graph.add(Triple.create(HOSPITAL, RDF.type.asNode(), TK.Organization.asNode()));
        graph.add(Triple.create(HOSPITAL, RDFS.label.asNode(), NodeFactory.createLiteralString("First Hospital")));
        return graph;
    }

    private static Set<String> organisations(TrialStore store) {
        return store.readDataset(d -> {
            Set<String> out = new TreeSet<>();
            d.find(ORGS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(
                    q.getSubject().getURI().substring(TK.ID.length()) + " "
                            + (q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : "a Organization")));
            return out;
        });
    }

    private static long quads(TrialStore store) {
        return store.readDataset(d -> Iter.count(d.find()));
    }

    private static final Set<String> BOTH_NAMES = Set.of("org/sun-yat-sen-university a Organization",
            "org/sun-yat-sen-university SUN YAT-SEN UNIVERSITY", "org/sun-yat-sen-university Sun Yat-sen University");

    @Test
    void everySponsorOnceWithEveryNameAndNamesStayWhenTheirRecordGoes(@TempDir Path dir) {
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(List.of(new GraphWrite(A, record(A, "Sun Yat-sen University"))));
            store.write(List.of(new GraphWrite(B, record(B, "SUN YAT-SEN UNIVERSITY"))));
            assertEquals(BOTH_NAMES, organisations(store), "the sponsor with both names, not the site's facility");
            // the statistics count the organisations graph as a graph of its own
            assertEquals(quads(store) - store.readDataset(d -> Iter.count(
                    d.find(NodeFactory.createURI(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY))),
                    store.counts().quads());
            assertEquals(3L, store.counts().graphs());

            store.write(List.of(new GraphWrite(B, record(B, null))));
            store.delete(List.of(A));
            assertEquals(BOTH_NAMES, organisations(store));
            assertThrows(IllegalArgumentException.class,
                    () -> store.write(List.of(new GraphWrite(ORGS, GraphFactory.createDefaultGraph()))));
        }
    }

    @Test
    void aBulkLoadKeepsTheSameGraph(@TempDir Path dir) {
        try (TrialStore store = TrialStore.open(dir)) {
            try (TrialStore.Bulk bulk = store.beginBulk()) {
                bulk.add(new GraphWrite(A, record(A, "Sun Yat-sen University")));
                bulk.add(new GraphWrite(B, record(B, "SUN YAT-SEN UNIVERSITY")));
                bulk.add(new GraphWrite(TrialStore.graphName(TK.ID + "record/c"), record(B, "Sun Yat-sen University")));
                bulk.finish();
            }
            assertEquals(BOTH_NAMES, organisations(store));
            assertEquals(4L, store.counts().graphs());
            assertEquals(quads(store) - store.readDataset(d -> Iter.count(
                    d.find(NodeFactory.createURI(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY))),
                    store.counts().quads());
        }
    }

    @Test
    void aStoreWrittenWithoutItGetsItWhenOpened(@TempDir Path dir) {
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(List.of(new GraphWrite(A, record(A, "Sun Yat-sen University")),
                    new GraphWrite(B, record(B, "SUN YAT-SEN UNIVERSITY"))));
            long counted = store.counts().quads();
            // as a store written before the store kept the graph: without it, and counted without it
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph d = store.dataset().asDatasetGraph();
                d.deleteAny(ORGS, Node.ANY, Node.ANY, Node.ANY);
                d.deleteAny(NodeFactory.createURI(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY);
            });
            assertEquals(Set.of(), organisations(store));
            assertEquals(counted - 3, store.counts().quads());
        }
        try (TrialStore store = TrialStore.open(dir)) {
            assertEquals(BOTH_NAMES, organisations(store));
            assertEquals(quads(store) - store.readDataset(d -> Iter.count(
                    d.find(NodeFactory.createURI(TrialStore.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY))),
                    store.counts().quads());
        }
    }
}
