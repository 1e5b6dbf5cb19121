package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.search.SearchRequest;

/** The index journal: a run killed between the store commit and the index commit is mended by the next open. */
class IndexRecoveryTest {
    @TempDir
    Path tmp;

    private static MappedRecord mapped(String nct, String title) {
        Source src = new Source("in/" + nct + ".json", "ctgov-json", "hash-" + nct + "-" + title.length(), nct);
        TrialRecord r = TrialRecord.builder(src).id(RegistryId.parse(nct).orElseThrow()).title(title)
                .condition("NSCLC").build();
        return new RecordMapper().map(r);
    }

    private static void store(Workspace ws, MappedRecord m) {
        StoredRecords.write(ws.store(), List.of(m));
    }

    private static long hits(Workspace ws, String query) {
        return ws.index().search(SearchRequest.of(query, 10)).total();
    }

    private Path fixture() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in")).resolve("two-studies.json");
        try (InputStream s = getClass().getResourceAsStream("/ctgov/two-studies.json")) {
            Files.copy(s, in);
        }
        return in;
    }

    @Test
    void reopeningReindexesATrialStoredButNeverIndexed() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900011", "Durvalumab consolidation after chemoradiotherapy");
        try (Workspace ws = Workspace.open(dir, true)) {
            // what a run killed after the store commit and before the index commit leaves behind
            ws.journal().append(List.of(m.trial().getURI()));
            store(ws, m);
        }
        List<String> notices = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir, true, notices::add)) {
            assertEquals(1, hits(ws, "durvalumab"));
            assertTrue(ws.journal().isEmpty());
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("re-indexed 1 trial"), notices.get(0));
            assertTrue(ws.indexSync().verify().inStep());
        }
        List<String> again = new ArrayList<>();
        Workspace.open(dir, true, again::add).close();
        assertEquals(List.of(), again, "nothing to say once in step");
    }

    @Test
    void reopeningRewritesAStaleDocument() {
        Path dir = tmp.resolve("store");
        try (Workspace ws = Workspace.open(dir, true)) {
            MappedRecord first = mapped("NCT09900012", "Pembrolizumab in NSCLC");
            store(ws, first);
            ws.indexSync().update(List.of(first.trial().getURI()));
            ws.index().commit();
            MappedRecord changed = mapped("NCT09900012", "Nivolumab in NSCLC after changing the protocol");
            ws.journal().append(List.of(changed.trial().getURI()));
            store(ws, changed);
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(1, hits(ws, "nivolumab"));
            assertEquals(0, hits(ws, "pembrolizumab"));
        }
    }

    @Test
    void aJournalledTrialNoLongerStoredLosesItsDocument() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900013", "Tislelizumab in NSCLC");
        try (Workspace ws = Workspace.open(dir, true)) {
            store(ws, m);
            ws.indexSync().update(List.of(m.trial().getURI()));
            ws.index().commit();
            assertEquals(1, hits(ws, "tislelizumab"));
            ws.journal().append(List.of(m.trial().getURI()));
            ws.store().delete(List.of(m.graphName()));
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(0, hits(ws, "tislelizumab"));
            assertEquals(0, ws.index().size());
            assertTrue(ws.journal().isEmpty());
        }
    }

    @Test
    void aCleanIngestLeavesTheJournalEmpty() throws IOException {
        Path in = fixture();
        Path dir = tmp.resolve("store");
        try (Workspace ws = Workspace.open(dir, true)) {
            IngestReport r = new Ingest(ws, new IngestOptions(false, false, 1, 1), s -> { }).run(List.of(in));
            assertEquals(2, r.stored());
            assertTrue(ws.journal().isEmpty());
            assertEquals(2, ws.index().size());
        }
        assertEquals(0, Files.size(dir.resolve(IndexJournal.FILE_NAME)));
    }

    @Test
    void aReadOnlyOpenLeavesTheJournalForTheNextWriter() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900014", "Sugemalimab in NSCLC");
        try (Workspace ws = Workspace.open(dir, true)) {
            ws.journal().append(List.of(m.trial().getURI()));
            store(ws, m);
        }
        try (Workspace ws = Workspace.open(dir, false, s -> { })) {
            assertEquals(0, hits(ws, "sugemalimab"), "a reader does not write the index");
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(1, hits(ws, "sugemalimab"));
        }
    }

    @Test
    void reindexAndRepairClearTheJournal() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900015", "Camrelizumab in NSCLC");
        try (Workspace ws = Workspace.open(dir, true)) {
            store(ws, m);
            ws.journal().append(List.of(m.trial().getURI()));
            assertEquals(1, ws.indexSync().reindex());
            assertTrue(ws.journal().isEmpty());

            ws.index().deleteAll();
            ws.index().commit();
            ws.journal().append(List.of(m.trial().getURI()));
            IndexSync.Difference d = ws.protocol().repair();
            assertTrue(ws.journal().isEmpty());
            assertEquals(1, hits(ws, "camrelizumab"));
            assertTrue(ws.indexSync().verify().inStep(), d.toString());
        }
    }

    @Test
    void repairStillFindsATrialMissingWithoutAJournal() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900016", "Toripalimab in NSCLC");
        try (Workspace ws = Workspace.open(dir, true)) {
            store(ws, m);
            IndexSync.Difference before = ws.indexSync().verify();
            assertEquals(List.of(m.trial().getURI()), before.missingFromIndex());
            IndexSync.Difference d = ws.protocol().repair();
            assertEquals(List.of(m.trial().getURI()), d.missingFromIndex());
            assertEquals(1, hits(ws, "toripalimab"));
        }
    }
}
