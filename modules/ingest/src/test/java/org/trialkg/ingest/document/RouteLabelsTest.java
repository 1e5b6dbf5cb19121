package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteLabelsTest {
    @Test
    void readsASynopsisLabelSeparatedBySpacesOnly() {
        RouteLabels l = RouteLabels.find("Type of control Active control\n\nRoute of administration Intravenous\n\n"
                + "Trial Blinding Open-label\n");
        assertEquals("intravenous", l.forMentions(List.of()));
    }

    @Test
    void readsAnEuRegisterLabelWithItsSectionNumberAndTabs() {
        RouteLabels l = RouteLabels.find("\tD.3.7\tRoutes of administration for this IMP\tOral use\n");
        assertEquals("oral", l.forMentions(List.of()));
    }

    @Test
    void readsAValueOnTheLineAfterALabelAndOtherLanguages() {
        assertEquals("subcutaneous", RouteLabels.find("Mode of administration:\nSubcutaneous injection\n")
                .forMentions(List.of()));
        assertEquals("oral", RouteLabels.find("给药途径：口服\n").forMentions(List.of()));
        assertEquals("intravenous", RouteLabels.find("Voie d'administration : intraveineuse\n")
                .forMentions(List.of()));
    }

    @Test
    void givesEachDrugTheLabelNearestItsMention() {
        String a = "D.3.1 Product name Alpha\nD.3.7 Routes of administration for this IMP Oral use\n";
        String b = "D.3.1 Product name Beta\nD.3.7 Routes of administration for this IMP Intravenous use\n";
        String text = a + "x".repeat(8000) + "\n" + b;
        RouteLabels l = RouteLabels.find(text);
        assertEquals("oral", l.forMentions(List.of(text.indexOf("Alpha"))));
        assertEquals("intravenous", l.forMentions(List.of(text.indexOf("Beta"))));
        // far from both, and the labels differ: no route
        assertNull(l.forMentions(List.of(4000)));
    }

    @Test
    void ignoresRunningTextAndValuesNamingNoneOrSeveralRoutes() {
        assertNull(RouteLabels.find("The route of administration will be decided by the investigator for each "
                + "patient according to local practice.\n").forMentions(List.of()));
        assertNull(RouteLabels.find("Route of administration: oral or intravenous\n").forMentions(List.of()));
        assertNull(RouteLabels.find("Route of administration: see section 6\n").forMentions(List.of()));
    }
}
