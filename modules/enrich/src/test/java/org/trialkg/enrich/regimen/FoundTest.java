package org.trialkg.enrich.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trialkg.enrich.regimen.Found.Attr;
import org.trialkg.enrich.regimen.Found.Dose;
import org.trialkg.model.Range;

class FoundTest {

    @Test
    void aValueOfAnotherClassThanItsAttributeHoldsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Found(Attr.DOSE, 0, 6, "200 mg"));
        assertEquals("found: DOSE takes a Dose, was a String", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Found(Attr.TIMES_PER_DAY, 0, 3, 2.0));
    }

    @Test
    void aValueIsReadAsTheClassItsAttributeHolds() {
        Dose dose = new Dose(Range.of(200), "mg");
        Found f = new Found(Attr.DOSE, 0, 6, dose);
        assertEquals(dose, f.value(Dose.class));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.value(Range.class));
        assertEquals("DOSE holds a Dose, not a Range", e.getMessage());
    }
}
