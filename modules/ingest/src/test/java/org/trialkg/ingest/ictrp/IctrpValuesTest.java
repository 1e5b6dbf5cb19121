package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IctrpValuesTest {
    @Test
    void readsPhasesInEveryFormTheExportsUse() {
        assertEquals(List.of("PHASE2", "PHASE3"), IctrpValues.phases("Phase 2/Phase 3"));
        assertEquals(List.of("PHASE2", "PHASE3"), IctrpValues.phases("2-3"));
        assertEquals(List.of("PHASE3"), IctrpValues.phases("Phase III"));
        assertEquals(List.of("PHASE1", "PHASE2"), IctrpValues.phases("Phase I/II"));
        assertEquals(List.of("NA"), IctrpValues.phases("N/A: Not applicable"));
        assertEquals(List.of("NA"), IctrpValues.phases("Not Applicable"));
        assertEquals(List.of("EARLY_PHASE1"), IctrpValues.phases("Early Phase 1"));
        assertEquals(List.of("PHASE2", "PHASE3"), IctrpValues.phases("Human pharmacology (Phase I): no\n"
                + "Therapeutic exploratory (Phase II): yes\nTherapeutic confirmatory - (Phase III): yes\n"
                + "Therapeutic use (Phase IV): no"));
        assertEquals(List.of(), IctrpValues.phases("Retrospective study"));
        assertEquals(List.of(), IctrpValues.phases("0"));
        assertEquals(List.of(), IctrpValues.phases("New Treatment Measure Clinical Study"));
    }

    @Test
    void sumsGroupSizesButNeverGuessesATotal() {
        assertEquals(500, IctrpValues.targetSize("500"));
        assertEquals(100, IctrpValues.targetSize("100;"));
        assertEquals(100, IctrpValues.targetSize("Group1:50;Group2:50"));
        assertEquals(3239, IctrpValues.targetSize("2019 Y:2418;2020 Y:821;"));
        assertNull(IctrpValues.targetSize("Patients with COVID-19 VS Healthy controls; Severe group VS Mild group:600;"));
        assertNull(IctrpValues.targetSize("about a hundred"));
    }

    @Test
    void mapsOnlyStatusesWithOneMeaning() {
        assertEquals("RECRUITING", IctrpValues.status("Recruiting"));
        assertEquals("COMPLETED", IctrpValues.status("Completed"));
        assertEquals("NOT_YET_RECRUITING", IctrpValues.status("Not yet recruiting"));
        assertNull(IctrpValues.status("Not recruiting"));
        assertNull(IctrpValues.status("Authorised"));
    }

    @Test
    void readsDatesAgesAndSex() {
        assertEquals(Optional.of("2020-03-18"), IctrpValues.date("18/03/2020"));
        assertEquals(Optional.of("2020-03-18"), IctrpValues.date("2020-03-18"));
        assertEquals(Optional.of("2020-03-18"), IctrpValues.date("20200318"));
        assertEquals(Optional.of("2020-01-25"), IctrpValues.date("January 25, 2020"));
        assertEquals(Optional.of("2020-04"), IctrpValues.date("April 2020"));
        assertEquals("18 Years", IctrpValues.age("18"));
        assertEquals("6 Months", IctrpValues.age("6 Months"));
        assertNull(IctrpValues.age("N/A"));
        assertEquals("ALL", IctrpValues.sex("<br>Female: yes<br>Male: yes<br>"));
        assertEquals("FEMALE", IctrpValues.sex("<br>Female: yes<br>Male: no<br>"));
        assertEquals("ALL", IctrpValues.sex("Both males and females"));
    }
}
