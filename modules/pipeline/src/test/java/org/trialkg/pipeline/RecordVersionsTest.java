package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.ShaclCheck;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchRequest;
import org.trialkg.vocab.TK;

/**
 * One stored version per registry record: the same record read again from another file replaces the stored one when
 * it is newer or as new, and never when it is older; a document without a registry ID is known by its path.
 */
class RecordVersionsTest {
    private static final Path PAGE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."),
            "examples", "ctgov-page-toripalimab-consolidation.txt");

    @TempDir
    Path tmp;

    private static IngestReport ingest(Workspace ws, Path... paths) {
        // one reader thread: the files are read in the order given, as the test needs
        return new Ingest(ws, new IngestOptions(false, false, IngestOptions.DEFAULT_BATCH, 1), s -> { })
                .run(List.of(paths));
    }

    private static TrialCard card(Workspace ws, String id) {
        return Txn.calculateRead(ws.store().dataset(), () -> {
            CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
            return r.resolve(id).flatMap(r::read).orElseThrow();
        });
    }

    private static SearchRequest status(String status) {
        return new SearchRequest("toripalimab", java.util.Map.of("status", List.of(status)), 10, false);
    }

    private static long records(Workspace ws) {
        return ws.store().counts().instancesOf(TK.RegistryRecord.asNode());
    }

    /** The example page saved again under another name, a month later, with its status changed. */
    private Path renamedLaterCopy() throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("downloads")).resolve("toripalimab (1).txt");
        String text = Files.readString(PAGE);
        assertTrue(text.contains("Last Updated: 2025-10-02") && text.contains("\nRECRUITING\n"), "the example changed");
        Files.writeString(copy, text.replace("Last Updated: 2025-10-02", "Last Updated: 2025-11-05")
                .replace("\nRECRUITING\n", "\nACTIVE_NOT_RECRUITING\n"));
        return copy;
    }

    @Test
    void aRenamedNewerDownloadReplacesTheStoredRecord() throws IOException {
        Path copy = renamedLaterCopy();
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            ingest(ws, PAGE);
            IngestReport second = ingest(ws, copy);
            assertEquals(1, second.stored());
            assertEquals(0, second.older());
            assertEquals(1, records(ws), "one record, whichever file it came from");
            TrialCard c = card(ws, "NCT09000001");
            assertEquals("ACTIVE_NOT_RECRUITING", c.status());
            assertEquals(1, c.sources().size());
            assertTrue(c.sources().get(0).file().endsWith("toripalimab (1).txt"), c.sources().get(0).file());
            assertEquals("2025-11-05", c.sources().get(0).lastUpdated());
            assertEquals(1, ws.index().size());
            assertEquals(1, ws.index().search(status("ACTIVE_NOT_RECRUITING"))
                    .total(), "the search document has the new status");
            assertEquals(0, ws.index().search(status("RECRUITING")).total());
        }
    }

    @Test
    void anOlderDownloadNeverReplacesANewerOneInEitherOrder() throws IOException {
        Path newer = renamedLaterCopy();
        for (List<Path> order : List.of(List.of(PAGE, newer), List.of(newer, PAGE))) {
            for (boolean oneRun : List.of(true, false)) {
                Path store = tmp.resolve("store-" + order.indexOf(PAGE) + "-" + oneRun);
                try (Workspace ws = Workspace.open(store, true)) {
                    long older;
                    if (oneRun) {
                        older = ingest(ws, order.get(0), order.get(1)).older();
                    } else {
                        older = ingest(ws, order.get(0)).older() + ingest(ws, order.get(1)).older();
                    }
                    String how = order + (oneRun ? " in one run" : " in two runs");
                    assertEquals(order.get(0) == newer ? 1 : 0, older, how);
                    assertEquals(1, records(ws), how);
                    assertEquals("ACTIVE_NOT_RECRUITING", card(ws, "NCT09000001").status(), how);
                }
            }
        }
    }

    @Test
    void aChangedDocumentUnderTheSamePathReplacesItsEarlierVersion() throws IOException {
        Path doc = tmp.resolve("notes.txt");
        Files.writeString(doc, "Pilot study of aspirin in migraine\n\nPhase 2 study. Aspirin 300 mg orally daily.\n");
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            ingest(ws, doc);
            assertEquals(1, ws.index().search(SearchRequest.of("aspirin", 10)).total());
            Files.writeString(doc, "Pilot study of ibuprofen in migraine\n\nPhase 2 study. Ibuprofen 400 mg orally.\n");
            ingest(ws, doc);
            assertEquals(1, records(ws), "the document's path is its identity");
            assertEquals(0, ws.index().search(SearchRequest.of("aspirin", 10)).total(),
                    "the earlier version's trial is gone from the index too");
            assertEquals(1, ws.index().search(SearchRequest.of("ibuprofen", 10)).total());
            assertEquals(1, ws.index().size());
        }
    }

    @Test
    void theSameStudiesInTwoApiExportsAndIctrpCopiesConformToTheShapes() {
        Path json = Shared.dir("data/ctgov-json");
        Path ictrp = Shared.dir("data/ictrp");
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            IngestReport r = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(
                    json.resolve("dgg32-a.json"), json.resolve("dgg32-c.json"),
                    ictrp.resolve("COVID19-1135-trials.csv"), ictrp.resolve("COVID19-927-trials_7Apr2020.csv"),
                    ictrp.resolve("ICTRP-Results_18Mar2020.xml")));
            assertTrue(r.records() > records(ws), "some records are read from more than one file: " + r.records()
                    + " read, " + records(ws) + " stored");
            ValidationReport report = Txn.calculateRead(ws.store().dataset(), () -> new ShaclCheck()
                    .validate(ws.store().dataset().asDatasetGraph().getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().size() + " violations, first: "
                    + report.getEntries().stream().limit(5).map(Object::toString).toList());
        }
    }
}
