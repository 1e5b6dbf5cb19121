package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.vocab.TK;

/** Records kept on disk come back whole and in order, blank nodes and all, and leave no file behind. */
class SpilledRecordsTest {
    @TempDir
    Path tmp;

    private static MappedRecord record(String id, int arms) {
        Node g = NodeFactory.createURI(TK.ID + "record/test/" + id);
        Node trial = NodeFactory.createURI(TK.ID + "trial/test/" + id);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(g, TK.describes.asNode(), trial);
        graph.add(trial, TK.officialTitle.asNode(), NodeFactory.createLiteralLang("Étude " + id, "fr"));
        graph.add(trial, TK.enrollment.asNode(), NodeFactory.createLiteralDT("120", XSDDatatype.XSDinteger));
        for (int i = 0; i < arms; i++) {
            Node arm = NodeFactory.createBlankNode();
            graph.add(trial, TK.arm.asNode(), arm);
            graph.add(arm, TK.armLabel.asNode(), NodeFactory.createLiteralString("arm " + i));
        }
        return new MappedRecord(g, trial, graph);
    }

    @Test
    void recordsComeBackWholeInOrder() throws IOException {
        List<MappedRecord> in = new ArrayList<>();
        in.add(record("a", 2));
        // the same record name twice, as a bulk load meets it: both versions come back, in the order kept
        in.add(record("a", 3));
        in.add(new MappedRecord(NodeFactory.createURI(TK.ID + "record/test/empty"),
                NodeFactory.createURI(TK.ID + "trial/test/empty"), GraphFactory.createDefaultGraph()));
        in.add(record("b", 0));
        List<MappedRecord> out = new ArrayList<>();
        try (SpilledRecords kept = new SpilledRecords(tmp)) {
            in.forEach(kept::add);
            assertEquals(4, kept.size());
            kept.drain(out::add);
            assertEquals(0, kept.size());
            kept.drain(r -> out.add(null)); // drained: nothing more
        }
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).graphName(), out.get(i).graphName());
            assertEquals(in.get(i).trial(), out.get(i).trial());
            assertTrue(IsoMatcher.isomorphic(in.get(i).graph(), out.get(i).graph()), "record " + i);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the file is deleted once drained");
        }
    }

    @Test
    void closingWithoutDrainingDeletesTheFile() throws IOException {
        try (SpilledRecords kept = new SpilledRecords(tmp)) {
            kept.add(record("c", 1));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count());
        }
    }
}
