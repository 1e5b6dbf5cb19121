package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.RecordMapper;
import org.trialkg.search.SearchRequest;

/** The protocol stopped at each of its steps: the next writable open brings the index back in step. */
class IndexProtocolTest {
    @TempDir
    Path tmp;

    private static MappedRecord mapped(String nct, String title) {
        Source src = new Source("in/" + nct + ".json", "ctgov-json", "hash-" + nct, nct);
        return new RecordMapper().map(TrialRecord.builder(src).id(RegistryId.parse(nct).orElseThrow()).title(title)
                .condition("NSCLC").build());
    }

    private static Runnable write(Workspace ws, MappedRecord m) {
        return () -> StoredRecords.write(ws.store(), List.of(m));
    }

    private static long hits(Workspace ws, String query) {
        return ws.index().search(SearchRequest.of(query, 10)).total();
    }

    @Test
    void aStoreWriteThatFailsLeavesNothingStoredAndNothingIndexed() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900021", "Adebrelimab in small-cell lung cancer");
        try (Workspace ws = Workspace.open(dir, true)) {
            assertThrows(IllegalStateException.class, () -> ws.protocol().applyNow(IndexProtocol.Change.of(
                    Set.of(m.trial().getURI()), () -> {
                        throw new IllegalStateException("disk full");
                    })));
            assertEquals(Set.of(m.trial().getURI()), ws.journal().pending(), "journalled before the store write");
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(0, hits(ws, "adebrelimab"));
            assertTrue(ws.journal().isEmpty());
            assertTrue(ws.indexSync().verify().inStep());
        }
    }

    @Test
    void aRunStoppedAfterTheStoreCommitIsIndexedByTheNextOpen() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900022", "Serplulimab in small-cell lung cancer");
        try (Workspace ws = Workspace.open(dir, true)) {
            Runnable stored = write(ws, m);
            assertThrows(IllegalStateException.class, () -> ws.protocol().applyNow(IndexProtocol.Change.of(
                    Set.of(m.trial().getURI()), () -> {
                        stored.run();
                        throw new IllegalStateException("killed after the store commit");
                    })));
            assertEquals(0, hits(ws, "serplulimab"));
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(1, hits(ws, "serplulimab"));
            assertTrue(ws.journal().isEmpty());
        }
    }

    @Test
    void aRunStoppedBeforeTheIndexCommitLeavesItsTrialsJournalled() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900023", "Benmelstobart in small-cell lung cancer");
        try (Workspace ws = Workspace.open(dir, true)) {
            // applied, never flushed: the documents may or may not have reached a commit
            ws.protocol().apply(new IndexProtocol.Change(Set.of(m.trial().getURI()), write(ws, m), Map.of()));
            assertEquals(Set.of(m.trial().getURI()), ws.journal().pending());
        }
        try (Workspace ws = Workspace.open(dir, true, s -> { })) {
            assertEquals(1, hits(ws, "benmelstobart"));
            assertTrue(ws.journal().isEmpty());
            assertTrue(ws.indexSync().verify().inStep());
        }
    }

    @Test
    void aFlushCommitsTheIndexAndClearsTheJournal() {
        Path dir = tmp.resolve("store");
        MappedRecord m = mapped("NCT09900024", "Ivonescimab in lung cancer");
        try (Workspace ws = Workspace.open(dir, true)) {
            ws.protocol().apply(new IndexProtocol.Change(Set.of(m.trial().getURI()), write(ws, m), Map.of()));
            ws.protocol().flush();
            assertTrue(ws.journal().isEmpty());
            assertEquals(1, hits(ws, "ivonescimab"));
        }
    }
}
