package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionViewTest {
    private static final String NS = "https://w3id.org/trialkg/ns#";
    private static final Node TRIAL = NodeFactory.createURI("https://w3id.org/trialkg/id/trial/nct/NCT00000001");
    private static final Node OTHER = NodeFactory.createURI("https://w3id.org/trialkg/id/trial/nct/NCT00000002");
    private static final Node TITLE = NodeFactory.createURI(NS + "title");
    private static final Node PHASE = NodeFactory.createURI(NS + "phase");

    @Test
    void findsWhatTheStoresUnionGraphFinds(@TempDir Path dir) {
        Node a = TrialStore.graphName("https://w3id.org/trialkg/id/record/a");
        Node b = TrialStore.graphName("https://w3id.org/trialkg/id/record/b");
        Graph first = GraphFactory.createDefaultGraph();
        first.add(Triple.create(TRIAL, TITLE, NodeFactory.createLiteralString("A trial of toripalimab")));
        first.add(Triple.create(TRIAL, TITLE, NodeFactory.createLiteralString("Toripalimab in nasopharyngeal cancer")));
        first.add(Triple.create(TRIAL, PHASE, NodeFactory.createLiteralString("3")));
        first.add(Triple.create(OTHER, PHASE, NodeFactory.createLiteralString("3")));
        Graph second = GraphFactory.createDefaultGraph();
        // the same title in a second record: one triple of the union
        second.add(Triple.create(TRIAL, TITLE, NodeFactory.createLiteralString("A trial of toripalimab")));
        second.add(Triple.create(TRIAL, PHASE, NodeFactory.createLiteralString("2")));
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(List.of(new GraphWrite(a, first), new GraphWrite(b, second)));
            store.readDataset(dsg -> {
                Graph view = UnionView.of(dsg);
                Graph union = dsg.getUnionGraph();
                Node unknown = NodeFactory.createLiteralString("in no record");
                for (Triple pattern : List.of(Triple.create(TRIAL, TITLE, Node.ANY), Triple.create(TRIAL, Node.ANY, Node.ANY),
                        Triple.create(Node.ANY, PHASE, Node.ANY), Triple.create(Node.ANY, Node.ANY,
                                NodeFactory.createLiteralString("3")), Triple.create(Node.ANY, Node.ANY, Node.ANY),
                        Triple.create(TRIAL, TITLE, unknown), Triple.create(Node.ANY, Node.ANY, unknown))) {
                    assertEquals(union.find(pattern).toSet(), view.find(pattern).toSet(), pattern.toString());
                    assertEquals(union.find(pattern).toList().size(), view.find(pattern).toList().size(),
                            "each triple once: " + pattern);
                }
                assertEquals(2, view.find(TRIAL, TITLE, Node.ANY).toList().size());
                assertTrue(view.contains(TRIAL, PHASE, NodeFactory.createLiteralString("2")));
                assertFalse(view.contains(OTHER, PHASE, NodeFactory.createLiteralString("2")));
                return null;
            });
        }
    }

    @Test
    void readsATripleManyGraphsStateOnceAndTheTriplesAroundIt(@TempDir Path dir) {
        Node org = NodeFactory.createURI("https://w3id.org/trialkg/id/org/national-cancer-institute");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node name = NodeFactory.createLiteralString("National Cancer Institute");
        List<GraphWrite> writes = new java.util.ArrayList<>();
        for (int r = 0; r < 40; r++) {
            Graph g = GraphFactory.createDefaultGraph();
            // one name in every record, runs of other lengths around it
            g.add(Triple.create(org, label, name));
            if (r % 3 == 0) {
                g.add(Triple.create(org, label, NodeFactory.createLiteralString("NCI")));
            }
            if (r < 2) {
                g.add(Triple.create(org, label, NodeFactory.createLiteralString("National Cancer Institute (NCI) " + r)));
            }
            g.add(Triple.create(org, PHASE, NodeFactory.createLiteralString(String.valueOf(r % 5))));
            g.add(Triple.create(TRIAL, TITLE, NodeFactory.createLiteralString("Trial " + (r % 7))));
            writes.add(new GraphWrite(TrialStore.graphName("https://w3id.org/trialkg/id/record/r" + r), g));
        }
        try (TrialStore store = TrialStore.open(dir)) {
            store.write(writes);
            store.readDataset(dsg -> {
                Graph view = UnionView.of(dsg);
                Graph union = dsg.getUnionGraph();
                for (Triple pattern : List.of(Triple.create(org, label, Node.ANY), Triple.create(org, Node.ANY, Node.ANY),
                        Triple.create(Node.ANY, label, Node.ANY), Triple.create(Node.ANY, label, name),
                        Triple.create(Node.ANY, Node.ANY, name), Triple.create(org, Node.ANY, name),
                        Triple.create(org, label, name), Triple.create(TRIAL, TITLE, Node.ANY),
                        Triple.create(Node.ANY, TITLE, Node.ANY))) {
                    List<Triple> found = view.find(pattern).toList();
                    assertEquals(union.find(pattern).toSet(), Set.copyOf(found), pattern.toString());
                    assertEquals(Set.copyOf(found).size(), found.size(), "each triple once: " + pattern);
                }
                assertEquals(4, view.find(org, label, Node.ANY).toList().size());
                assertEquals(7, view.find(TRIAL, TITLE, Node.ANY).toList().size());
                return null;
            });
        }
    }
}
