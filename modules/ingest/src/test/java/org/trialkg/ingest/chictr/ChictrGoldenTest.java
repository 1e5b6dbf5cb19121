package org.trialkg.ingest.chictr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Golden;

/** The ChiCTR readers on a small record and page written for them, against their expected records (golden files). */
class ChictrGoldenTest {
    @Test
    void readsAChictrXmlRecordAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "chictr-record.xml", new ChictrXmlReader()).records.size());
    }

    @Test
    void readsASavedChictrTrialPageAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "chictr-page.html", new ChictrPageReader()).records.size());
    }
}
