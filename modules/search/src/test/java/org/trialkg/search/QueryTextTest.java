package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void cutsAQueryIntoWordsPhrasesGroupsAndFields() {
        List<QueryText.Kind> kinds = QueryText.of("the \"local therapy\" drug:\"a b\" (x OR y) camreli* AND z")
                .parts().stream().map(QueryText.Part::kind).toList();
        assertEquals(List.of(QueryText.Kind.WORD, QueryText.Kind.PHRASE, QueryText.Kind.FIELD, QueryText.Kind.GROUP,
                QueryText.Kind.OTHER, QueryText.Kind.OPERATOR, QueryText.Kind.WORD), kinds);
    }

    @Test
    void dropsStopwordsOnlyFromPlainWords() {
        assertEquals("semaglutide slow alzheimer's disease",
                QueryText.of("can semaglutide slow alzheimer's disease").withoutStopwords().text());
        assertEquals("\"the end of the day\" title:the", QueryText.of("\"the end of the day\" title:the")
                .withoutStopwords().text());
        assertEquals("the OR a", QueryText.of("the OR a").withoutStopwords().text(), "boolean syntax is kept as typed");
        assertEquals("the who", QueryText.of("the who").withoutStopwords().text(), "a query of stopwords only is kept");
    }

    @Test
    void widensLayNamesToTheirMedicalNames() {
        assertEquals("(\"heart attack\" OR condition:\"myocardial infarction\" OR title:\"myocardial infarction\") trials",
                QueryText.of("heart attack trials").withLaySynonyms().text());
        assertEquals("\"heart attack\"", QueryText.of("\"heart attack\"").withLaySynonyms().text(),
                "a phrase is kept as typed");
    }

    @Test
    void readsRegistryIdsWithSpacesHyphensAndLabels() {
        assertEquals(Optional.of("nct04315948"), IdQuery.registryId("NCT 0431 5948"));
        assertEquals(Optional.of("nct04315948"), IdQuery.registryId("ClinicalTrials.gov ID: NCT-04315948"));
        assertEquals(Optional.of("chictr2000029806"), IdQuery.registryId("ChiCTR-2000029806"));
        assertEquals(Optional.of("201400509835"), IdQuery.registryId("EudraCT No: 2014 005098 35"));
        assertEquals(Optional.of("isrctn12345678"), IdQuery.registryId("ISRCTN 12345678"));
        assertEquals(Optional.empty(), IdQuery.registryId("NCT04315948 remdesivir"), "an ID and a word are not one ID");
        assertEquals(Optional.empty(), IdQuery.registryId("toripalimab"));
    }

    @Test
    void indexesTheRegistryIdsInsideALabelledSecondaryId() {
        assertTrue(IdQuery.keysOf("EUDRACT Number 2006-000123-45").contains("200600012345"));
        assertTrue(IdQuery.keysOf("Eudra CT: 2006-000123-45").contains("200600012345"));
        assertTrue(IdQuery.keysOf("EUDRACT-2005-000134-20").contains("200500013420"), "a label glued by a hyphen");
        assertTrue(IdQuery.keysOf("Eudract no:2006-006796-21").contains("200600679621"));
        assertEquals(List.of("r01mh067148"), List.copyOf(IdQuery.keysOf("R01 MH067148")));
    }
}
