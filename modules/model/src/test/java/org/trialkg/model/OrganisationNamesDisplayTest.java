package org.trialkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesDisplayTest {
    @Test
    void spellingsThatDifferInCaseAbbreviationsArticleAndLegalFormShowOneName() {
        for (String spelling : List.of("Sun Yat-sen University", "SUN YAT-SEN UNIVERSITY", "The Sun Yat-sen Univ.",
                "sun yat-sen university (SYSU)")) {
            assertEquals("Sun Yat-sen University", OrganisationNames.display(spelling), spelling);
        }
        assertEquals("Jiangsu Hengrui Medicine", OrganisationNames.display("Jiangsu HengRui Medicine Co., Ltd."));
        assertEquals("Jiangsu Hengrui Medicine", OrganisationNames.display("JIANGSU HENGRUI MEDICINE CO. LTD"));
        assertEquals("Pfizer", OrganisationNames.display("Pfizer, Inc."));
        assertEquals("West China Hospital of Sichuan University",
                OrganisationNames.display("West China Hospital of Sichuan University"));
    }

    @Test
    void displayKeepsWhatTellsOrganisationsApart() {
        assertNotEquals(OrganisationNames.display("Life Molecular Imaging GmbH"),
                OrganisationNames.display("Life Molecular Imaging SA"));
        assertEquals("Children's Hospital", OrganisationNames.display("CHILDREN'S HOSPITAL"));
        assertEquals("Company", OrganisationNames.display("Company"), "a name that is only a legal form stays");
    }

    @Test
    void preferredNameIsMixedCaseUnabbreviatedWithoutTheAndShortest() {
        assertEquals("Sun Yat-sen University", OrganisationNames.preferred(List.of("SUN YAT-SEN UNIVERSITY",
                "The Sun Yat-sen University", "Sun Yat-sen Univ.", "Sun Yat-sen University")));
        assertEquals("Pfizer", OrganisationNames.preferred(List.of("Pfizer, Inc.", "Pfizer")));
        assertNull(OrganisationNames.preferred(List.of(" ")));
    }
}
