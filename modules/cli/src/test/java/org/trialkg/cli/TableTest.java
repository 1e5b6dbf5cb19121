package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rows wrap within their columns: long values and line breaks never push the other columns. */
class TableTest {
    @Test
    void longIdsWrapInTheirColumnAndTheTitleStaysInItsOwn() {
        Table t = Table.of(14, 8, 0);
        String row = t.row("NCT09000005, ChiCTR1900000005, EUCTR2020-001113-21-FR", "PHASE3", "A title\nwith a break");
        List<String> lines = row.lines().toList();
        assertTrue(lines.size() >= 3, row);
        assertTrue(lines.get(0).startsWith("NCT09000005,"), row);
        assertEquals(22, lines.get(0).indexOf("A title"), "the title starts in its column: " + row);
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.length() <= 14 || l.substring(0, 22).isBlank(), "an ID column line stays in its column: " + row);
        }
        String flat = row.replaceAll("\\s+", "");
        assertTrue(flat.contains("EUCTR2020-001113-21-FR") || row.contains("EUCTR2020-001113-"), "nothing cut: " + row);
        assertTrue(row.contains("A title with a break"), "a line break in a value becomes a space: " + row);
    }

    @Test
    void refusesARowOfTheWrongLength() {
        Table t = Table.of(10, 0);
        try {
            t.row("only one");
        } catch (IllegalArgumentException e) {
            assertEquals("cells: expected 2, was 1", e.getMessage());
            return;
        }
        throw new AssertionError("a row of one cell in two columns was accepted");
    }
}
