package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Golden;

/** Each ClinicalTrials.gov reader on a small record written for it, against its expected records (golden files). */
class CtgovGoldenTest {
    @Test
    void readsAnApiV2StudyAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "api-v2-study.json", new CtgovJsonReader()).records.size());
    }

    @Test
    void readsTheCurrentCsvExportAsItsGoldenFileSays() {
        assertEquals(2, Golden.check(getClass(), "current-export.csv", new CtgovCsvReader()).records.size());
    }

    @Test
    void readsTheClassicCsvExportAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "classic-export.csv", new CtgovCsvReader()).records.size());
    }

    @Test
    void readsALegacyXmlStudyAsItsGoldenFileSays() {
        assertEquals(1, Golden.check(getClass(), "legacy-study.xml", new CtgovXmlReader()).records.size());
    }
}
