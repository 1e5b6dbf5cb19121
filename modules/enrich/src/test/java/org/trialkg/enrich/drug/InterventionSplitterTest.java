package org.trialkg.enrich.drug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.drug.InterventionSplitter.Kind;
import org.trialkg.enrich.drug.InterventionSplitter.Part;

class InterventionSplitterTest {
    private final InterventionSplitter splitter = new InterventionSplitter(ShippedLexicon.get());

    private static List<String> texts(List<Part> parts) {
        return parts.stream().map(Part::text).toList();
    }

    private static List<Kind> kinds(List<Part> parts) {
        return parts.stream().map(Part::kind).toList();
    }

    @Test
    void splitsDrugPlusRadiotherapy() {
        List<Part> parts = splitter.split("Camrelizumab+Radiotherapy");
        assertEquals(List.of("Camrelizumab", "Radiotherapy"), texts(parts));
        assertEquals(List.of(Kind.DRUG, Kind.RADIOTHERAPY), kinds(parts));
        assertFalse(parts.get(1).alternative() || parts.get(1).optional());
    }

    @Test
    void splitsCombinedWith() {
        List<Part> parts = splitter.split("Toripalimab combined with capecitabine");
        assertEquals(List.of("Toripalimab", "capecitabine"), texts(parts));
        assertEquals("https://w3id.org/trialkg/id/drug/capecitabine", parts.get(1).drugs().get(0).conceptIri());
        assertEquals(parts.get(1).start(), parts.get(1).drugs().get(0).start());
    }

    @Test
    void marksOrAsAlternatives() {
        List<Part> parts = splitter.split("sintilimab or camrelizumab");
        assertEquals(List.of("sintilimab", "camrelizumab"), texts(parts));
        assertTrue(parts.get(0).alternative() && parts.get(1).alternative());
    }

    @Test
    void keepsDoseAndScheduleWithTheirDrug() {
        String text = "paclitaxel 50 mg/m2, d1 + carboplatin AUC 2";
        List<Part> parts = splitter.split(text);
        assertEquals(List.of("paclitaxel 50 mg/m2, d1", "carboplatin AUC 2"), texts(parts));
        assertEquals(List.of(Kind.DRUG, Kind.DRUG), kinds(parts));
        assertEquals(text.indexOf("carboplatin"), parts.get(1).start());
    }

    @Test
    void marksPlusMinusAsOptionalAndTagsClasses() {
        List<Part> parts = splitter.split("PD-1 inhibitor +/- chemotherapy");
        assertEquals(List.of("PD-1 inhibitor", "chemotherapy"), texts(parts));
        assertEquals(List.of(Kind.CLASS, Kind.CLASS), kinds(parts));
        assertFalse(parts.get(0).optional());
        assertTrue(parts.get(1).optional());
        List<Part> seed = splitter.split("PD-1 inhibitor+/- chemotherapy combined with local therapy");
        assertEquals(List.of("PD-1 inhibitor", "chemotherapy", "local therapy"), texts(seed));
        assertEquals(Kind.PROCEDURE, seed.get(2).kind());
        assertTrue(splitter.split("Camrelizumab With Or Without Radiotherapy").get(1).optional());
    }

    @Test
    void splitsPlusAndAndSlashButNotUnits() {
        assertEquals(List.of("A", "B"), texts(splitter.split("A plus B")));
        assertEquals(List.of("A", "B"), texts(splitter.split("A and B")));
        assertEquals(List.of("paclitaxel", "carboplatin"), texts(splitter.split("paclitaxel/carboplatin")));
        assertEquals(List.of("CT-2103", "carboplatin"), texts(splitter.split("CT-2103/carboplatin")));
        assertEquals(List.of("cisplatin 75 mg/m2"), texts(splitter.split("cisplatin 75 mg/m2")));
    }

    @Test
    void splitsCommaListsAndCarriesOrAcrossThem() {
        assertEquals(List.of("A", "B", "C"), texts(splitter.split("A, B and C")));
        List<Part> parts = splitter.split("Tislelizumab，atezolizumab or sugemalimab");
        assertEquals(List.of("Tislelizumab", "atezolizumab", "sugemalimab"), texts(parts));
        assertTrue(parts.stream().allMatch(Part::alternative));
    }

    @Test
    void keepsMarkersAndMultiWordNamesWhole() {
        assertEquals(List.of("adjuvant tislelizumab", "chemotherapy for MRD+ patients"),
                texts(splitter.split("adjuvant tislelizumab and chemotherapy for MRD+ patients")));
        assertEquals(List.of("iparomlimab and tuvonralimab"), texts(splitter.split("iparomlimab and tuvonralimab")));
        assertEquals(List.of("TY-9591(10mg,40mg) qd. po"), texts(splitter.split("TY-9591(10mg,40mg) qd. po")));
    }

    @Test
    void tagsUnknownTextAsOther() {
        List<Part> parts = splitter.split("Tumour assessment");
        assertEquals(List.of(Kind.OTHER), kinds(parts));
        assertTrue(parts.get(0).drugs().isEmpty());
    }
}
