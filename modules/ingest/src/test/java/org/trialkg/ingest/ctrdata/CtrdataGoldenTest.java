package org.trialkg.ingest.ctrdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialkg.ingest.Golden;

/** The ctrdata reader on one small record written for each registry it maps, against its golden file. */
class CtrdataGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"euctr-record.json", "ctis-record.json", "isrctn-record.json", "ctgov2-record.json",
        "ctgov-classic-record.json"})
    void readsEachRegistrysRecordAsItsGoldenFileSays(String input) {
        assertEquals(1, Golden.check(getClass(), input, new CtrdataJsonReader()).records.size());
    }
}
