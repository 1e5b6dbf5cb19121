package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexJournalTest {
    private static final String A = "https://w3id.org/trialkg/id/trial/nct/NCT00000001";
    private static final String B = "https://w3id.org/trialkg/id/trial/nct/NCT00000002";
    private static final String C = "https://w3id.org/trialkg/id/trial/nct/NCT00000003";

    @TempDir
    Path tmp;

    @Test
    void listsAppendedTrialsOnceAcrossReopens() {
        Path file = tmp.resolve(IndexJournal.FILE_NAME);
        try (IndexJournal j = IndexJournal.open(file)) {
            j.append(List.of(A, B));
            j.append(List.of(B, C));
        }
        try (IndexJournal j = IndexJournal.open(file)) {
            assertEquals(Set.of(A, B, C), j.pending());
            assertEquals(List.of(A, B, C), List.copyOf(j.pending()), "in the order written");
        }
    }

    @Test
    void clearingThroughAMarkKeepsWhatWasAppendedAfterIt() {
        try (IndexJournal j = IndexJournal.open(tmp.resolve(IndexJournal.FILE_NAME))) {
            long first = j.append(List.of(A));
            long second = j.append(List.of(B));
            j.clearThrough(first);
            assertEquals(Set.of(B), j.pending());
            long third = j.append(List.of(C));
            // a mark handed out before the head was dropped still names the same lines
            j.clearThrough(second);
            assertEquals(Set.of(C), j.pending());
            j.clearThrough(first);
            assertEquals(Set.of(C), j.pending(), "an older mark clears nothing more");
            j.clearThrough(third);
            assertTrue(j.isEmpty());
        }
    }

    @Test
    void clearEmptiesTheFile() throws IOException {
        Path file = tmp.resolve(IndexJournal.FILE_NAME);
        try (IndexJournal j = IndexJournal.open(file)) {
            j.append(List.of(A, B));
            j.clear();
            assertTrue(j.isEmpty());
        }
        assertEquals(0, Files.size(file));
    }

    @Test
    void leavesOutALastLineCutOffByACrash() throws IOException {
        Path file = tmp.resolve(IndexJournal.FILE_NAME);
        Files.writeString(file, A + "\n" + B.substring(0, 30), StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        try (IndexJournal j = IndexJournal.open(file)) {
            assertEquals(Set.of(A), j.pending());
            j.append(List.of(C));
            assertTrue(j.pending().contains(C));
        }
    }

    @Test
    void rejectsAnIriThatIsNotOneLine() {
        try (IndexJournal j = IndexJournal.open(tmp.resolve(IndexJournal.FILE_NAME))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> j.append(List.of(A + "\n" + B)));
            assertTrue(e.getMessage().contains("trial IRI"), e.getMessage());
        }
    }

    @Test
    void aDisabledJournalRecordsNothing() {
        try (IndexJournal j = IndexJournal.disabled()) {
            j.append(List.of(A));
            assertTrue(j.pending().isEmpty());
            assertTrue(j.isEmpty());
        }
    }
}
