package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class GoldenFileTest {
    @Test
    void smallRecordMapsToTheExpectedGraph() throws Exception {
        Graph actual = new RecordMapper().map(Records.small()).graph();
        Graph expected = GraphMemFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream("/golden/small-record.ttl")) {
            assertNotNull(in, "golden file src/test/resources/golden/small-record.ttl is missing");
            RDFParser.source(in).lang(Lang.TURTLE).parse(expected);
        }
        boolean same = actual.isIsomorphicWith(expected);
        if (!same) {
            // Left beside the build output so that a changed mapping can be reviewed with a diff.
            Path out = Path.of("target", "small-record.actual.ttl");
            Files.createDirectories(out.getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                RDFDataMgr.write(os, actual, RDFFormat.TURTLE_PRETTY);
            }
        }
        assertTrue(same, "mapped graph differs from golden/small-record.ttl; actual written to target/");
    }
}
