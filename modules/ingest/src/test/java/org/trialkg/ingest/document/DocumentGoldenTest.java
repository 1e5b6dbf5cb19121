package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.Golden;

/**
 * The document reader on one small text written for each page layout, with the shipped drug lexicon as an ingest
 * uses it, against its golden file; the layout each was read with is checked apart, so that a text falling to
 * another layout says so.
 */
class DocumentGoldenTest {
    private static final DocumentReader READER = new DocumentReader(Lexicons.names(Lexicons.shipped()));

    @ParameterizedTest
    @CsvSource({"ctgov-page.txt, ctgov-page", "medpath-page.txt, medpath-page", "ctgov-csv-row.txt, ctgov-csv-row",
        "prose-summary.txt, prose-summary", "generic-synopsis.txt, generic"})
    void readsEachLayoutAsItsGoldenFileSays(String input, String layout) {
        CollectingSink read = Golden.check(getClass(), input, READER);
        assertEquals(1, read.records.size(), "records of " + input + ", problems: " + read.problems);
        assertEquals(layout, read.records.get(0).source().layout());
    }
}
