package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Golden;

/** Each WHO ICTRP reader on a small export written for it, against its expected records (golden files). */
class IctrpGoldenTest {
    @Test
    void readsAnIctrpXmlExportAsItsGoldenFileSays() {
        assertEquals(2, Golden.check(getClass(), "ictrp-export.xml", new IctrpXmlReader()).records.size());
    }

    @Test
    void readsAnIctrpCsvExportAsItsGoldenFileSays() {
        assertEquals(2, Golden.check(getClass(), "ictrp-export.csv", new IctrpCsvReader()).records.size());
    }

    @Test
    void readsAnIctrpXlsxExportAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "ictrp-export.xlsx", new IctrpXlsxReader()).records.size());
    }
}
