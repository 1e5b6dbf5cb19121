package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dosage passage a prose summary gives its drug arms. */
class ProseSummaryLayoutTest {
    private static final String PROSE = "Patients are randomised. The dosing regimen is as follows: Drugamab 200 mg IV "
            + "every 2 weeks. A total of 4 cycles will be given. The maximum treatment duration is 1.5 years. "
            + "Follow-up lasts 3 years.";

    @Test
    void dosagePassageRunsFromItsOpeningToTheMaximumDurationSentence() {
        assertEquals("The dosing regimen is as follows: Drugamab 200 mg IV every 2 weeks. A total of 4 cycles will be "
                + "given. The maximum treatment duration is 1.5 years.", ProseSummaryLayout.dosage(PROSE,
                        List.of("Drugamab")));
    }

    @Test
    void dosagePassageIsNotGivenToAnArmWhoseDrugItDoesNotName() {
        assertNull(ProseSummaryLayout.dosage(PROSE, List.of("Otherumab")));
        assertNull(ProseSummaryLayout.dosage(PROSE, List.of()));
    }

    @Test
    void proseWithoutAMaximumDurationSentenceGivesNoPassage() {
        assertNull(ProseSummaryLayout.dosage("The dosage is as follows: Drugamab 200 mg IV every 2 weeks.",
                List.of("Drugamab")));
    }
}
