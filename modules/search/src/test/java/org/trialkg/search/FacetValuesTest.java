package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FacetValuesTest {
    @Test
    void takesASponsorInAnySpellingOfItsOrganisation() {
        assertEquals(List.of("Sun Yat-sen University"), FacetValues.check("sponsor", "SUN YAT-SEN UNIV."));
    }

    @Test
    void splitsTheCardsJoinedPhasesAndUpperCasesThem() {
        assertEquals(List.of("PHASE2", "PHASE3"), FacetValues.check("phase", "phase2|PHASE3"));
    }

    @Test
    void refusesAPhaseAsWordsAndListsTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FacetValues.check("phase", "Phase 3"));
        assertTrue(e.getMessage().contains("accepted: EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4, NA"), e.getMessage());
    }

    @Test
    void takesACountryCodeOrItsEnglishName() {
        assertEquals(List.of("CN"), FacetValues.check("country", "China"));
        assertEquals(List.of("US"), FacetValues.check("country", "united states"));
        assertEquals(List.of("DE"), FacetValues.check("country", "de"));
        assertThrows(IllegalArgumentException.class, () -> FacetValues.check("country", "Atlantis"));
    }

    @Test
    void takesStatusTypeAndYearOnlyInTheirForms() {
        assertEquals(List.of("RECRUITING"), FacetValues.check("status", "recruiting"));
        assertEquals(List.of("INTERVENTIONAL"), FacetValues.check("type", "Interventional"));
        assertEquals(List.of("2021"), FacetValues.check("year", "2021"));
        assertThrows(IllegalArgumentException.class, () -> FacetValues.check("status", "open"));
        assertThrows(IllegalArgumentException.class, () -> FacetValues.check("year", "21"));
    }

    @Test
    void takesDrugNamesAsTheyAreAndASponsorAsItsFacetNamesIt() {
        assertEquals(List.of("PD-1 inhibitor"), FacetValues.check("class", " PD-1 inhibitor "));
        assertEquals(List.of("Jiangsu Hengrui Medicine"), FacetValues.check("sponsor", " Jiangsu HengRui Medicine Co., Ltd. "));
    }
}
