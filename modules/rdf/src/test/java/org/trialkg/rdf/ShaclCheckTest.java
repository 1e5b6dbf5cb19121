package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.trialkg.vocab.TK;

class ShaclCheckTest {
    private final ShaclCheck check = new ShaclCheck();

    private static Graph copy(Graph g) {
        Graph out = GraphMemFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> focusNodes(ValidationReport r) {
        return r.getEntries().stream().map(ReportEntry::focusNode).map(Node::toString).collect(Collectors.toSet());
    }

    @Test
    void mappedRecordsConformToTheShapes() {
        for (var record : java.util.List.of(Records.rich(), Records.chictr(), Records.small())) {
            ValidationReport report = check.validate(new RecordMapper().map(record).graph());
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "record " + record.source().file() + " does not conform");
        }
    }

    @Test
    void reportsAMentionWithoutTextAndASiteWithABadCountryCode() {
        MappedRecord m = new RecordMapper().map(Records.rich());
        Graph g = copy(m.graph());
        Node mention = NodeFactory.createURI(m.graphName().getURI() + "/mention/1");
        g.remove(mention, TK.text.asNode(), Node.ANY);
        Node site = NodeFactory.createURI(m.graphName().getURI() + "/site/1");
        g.remove(site, TK.countryCode.asNode(), Node.ANY);
        g.add(site, TK.countryCode.asNode(), NodeFactory.createLiteralString("China"));
        ValidationReport report = check.validate(g);
        assertFalse(report.conforms());
        assertTrue(focusNodes(report).containsAll(Set.of(mention.toString(), site.toString())),
                "focus nodes were " + focusNodes(report));
    }

    @Test
    void reportsAPhaseOutsideItsSchemeAndATrialWithoutRecord() {
        MappedRecord m = new RecordMapper().map(Records.small());
        Graph g = copy(m.graph());
        g.add(m.trial(), TK.phase.asNode(), TK.status("RECRUITING").orElseThrow().asNode());
        g.remove(Node.ANY, TK.describes.asNode(), Node.ANY);
        ValidationReport report = check.validate(g);
        assertFalse(report.conforms());
        long onTrial = report.getEntries().stream().filter(e -> e.focusNode().equals(m.trial())).count();
        assertTrue(onTrial >= 2, "expected the phase and the missing record to be reported, got " + onTrial);
    }
}
