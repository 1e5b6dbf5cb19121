package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.search.SearchRequest;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.StoreException;
import org.trialkg.store.TrialStore;
import org.trialkg.vocab.TK;

/**
 * A new store loaded in bulk holds what transactions would have written, quad for quad: records read twice in one
 * run (one ICTRP record in an XML and an XLSX export) keep the later version, trials with several records get the
 * view and the document of all of them; and a bulk load stopped half way is started again by the next open.
 */
class BulkLoadTest {
    @TempDir
    Path tmp;

    /** Every quad but the ingest times, sorted; and the counts, the index size and the store's trial IRIs. */
    private static List<String> content(Workspace ws) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ws.store().readDataset(dsg -> {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            return null;
        });
        List<String> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.contains(TK.ingestedAt.getURI()) && !l.isBlank()) {
                lines.add(l);
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static IngestReport ingest(Workspace ws, boolean bulk, List<Path> paths) {
        // one reader thread: which of two versions of a record is read last must not depend on scheduling
        return new Ingest(ws, new IngestOptions(false, false, IngestOptions.DEFAULT_BATCH, 1, bulk), s -> { })
                .run(paths);
    }

    @Test
    void aBulkLoadStoresWhatTransactionsStore() throws IOException {
        Path ictrp = Shared.dir("data/ictrp");
        Path xml = ictrp.resolve("ICTRP-Results_18Mar2020.xml");
        // the March export again under another name, and the April one: the same records read two and three times
        Path again = Files.copy(xml, Files.createDirectories(tmp.resolve("downloads")).resolve("ictrp (1).xml"));
        List<Path> input = List.of(xml, Shared.dir("data/other-registries"), again,
                ictrp.resolve("COVID19-927-trials_7Apr2020.csv"));
        List<String> bulk;
        List<String> txn;
        IngestReport rb;
        IngestReport rt;
        long docsBulk;
        long docsTxn;
        try (Workspace ws = Workspace.open(tmp.resolve("bulk"), true)) {
            assertTrue(ws.canBulkLoad());
            rb = ingest(ws, true, input);
            assertFalse(ws.canBulkLoad(), "a store with records is never loaded in bulk");
            bulk = content(ws);
            docsBulk = ws.index().size();
            assertTrue(ws.protocol().repair().inStep(), "the index holds every trial of the store");
        }
        try (Workspace ws = Workspace.open(tmp.resolve("txn"), true)) {
            rt = ingest(ws, false, input);
            txn = content(ws);
            docsTxn = ws.index().size();
        }
        assertFalse(Files.exists(tmp.resolve("bulk").resolve(Workspace.BULK_MARKER)));
        try (var left = Files.list(tmp.resolve("bulk"))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith("kept-records-")),
                    "the records kept aside during the load are deleted");
        }
        assertTrue(rb.stored() > 1500, "records stored: " + rb.stored());
        assertEquals(rt.stored(), rb.stored());
        assertEquals(rt.older(), rb.older());
        assertEquals(docsTxn, docsBulk);
        assertEquals(txn.size(), bulk.size());
        assertEquals(txn, bulk);
        try (Workspace a = Workspace.open(tmp.resolve("bulk"), false);
                Workspace b = Workspace.open(tmp.resolve("txn"), false)) {
            assertEquals(b.store().counts(), a.store().counts(), "the kept counts agree with the quads loaded");
            SearchRequest q = new SearchRequest("hydroxychloroquine", java.util.Map.of(), 5, false);
            assertEquals(b.index().search(q).total(), a.index().search(q).total());
        }
    }

    @Test
    void aBulkLoadStoppedHalfWayIsStartedAgainByTheNextWritableOpen() throws IOException {
        Path dir = tmp.resolve("store");
        Node g = NodeFactory.createURI(TK.ID + "record/test/half");
        try (Workspace ws = Workspace.open(dir, true)) {
            ws.ensureVocabularies();
            TrialStore.Bulk bulk = ws.beginBulkLoad();
            var graph = GraphFactory.createDefaultGraph();
            graph.add(g, TK.describes.asNode(), NodeFactory.createURI(TK.ID + "trial/test/half"));
            bulk.add(new GraphWrite(g, graph));
            bulk.close(); // stopped before it finished: the mark stays
        }
        assertTrue(Files.exists(dir.resolve(Workspace.BULK_MARKER)));
        StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(dir, false));
        assertTrue(refused.getMessage().contains("stopped half way"), refused.getMessage());
        List<String> notices = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir, true, notices::add)) {
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("started again"), notices.get(0));
            assertFalse(Files.exists(dir.resolve(Workspace.BULK_MARKER)));
            Set<String> graphs = new TreeSet<>();
            ws.store().readDataset(dsg -> {
                dsg.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
                return null;
            });
            assertFalse(graphs.contains(g.getURI()), "nothing of the stopped load is left: " + graphs);
            assertTrue(ws.canBulkLoad());
        }
    }
}
