package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queries read as a researcher means them: questions, misspellings, IDs as typed, lay names, glued names, acronyms. */
class QueryUnderstandingTest {
    private static final String KAVA = "urn:kava";
    private static final String SEMA = "urn:sema";
    private static final String MI = "urn:mi";
    private static final String STORY = "urn:story";
    private static final String LIFE_STORY = "urn:lifestory";

    private TrialIndex index;

    @BeforeEach
    void fill() {
        index = TrialIndex.inMemory();
        index.update(doc(KAVA, List.of("NCT05381025"), "Kavalactones on Sleep and Cortisol in Special Forces Trainees",
                List.of("Sleep"), List.of("Kava extract"), List.of("ScandiBio Therapeutics AB"), List.of(),
                List.of("21756", "EudraCT No: 2006-000123-45")));
        index.update(doc(SEMA, List.of("NCT04777396", "2020-003112-31"), "Semaglutide in Early Alzheimer's Disease",
                List.of("Alzheimer Disease"), List.of("Semaglutide", "Kaletra (lopinavir, ritonavir)"), List.of("GlaxoSmithKline"), List.of(),
                List.of("NN6535-4730")));
        index.update(doc(MI, List.of("NCT06224725"), "Acrylamide and Health Outcomes",
                List.of("Dementia", "Myocardial Infarction"), List.of("dietary acrylamide"), List.of("Karolinska Institutet"),
                List.of(), List.of()));
        index.update(doc(STORY, List.of("NCT04061382"), "Sero-epidemiological Survey of England", List.of("Influenza"),
                List.of(), List.of("Public Health England"), List.of("STORY"), List.of()));
        index.update(doc(LIFE_STORY, List.of("NCT05827276"), "Life Story Work and the Story of a Life in Dementia",
                List.of("Dementia"), List.of("Life story book"), List.of("University of Exeter"), List.of(), List.of()));
        index.commit();
    }

    private static TrialDocument doc(String iri, List<String> ids, String title, List<String> conditions,
            List<String> interventions, List<String> sponsors, List<String> acronyms, List<String> secondaryIds) {
        return TrialDocument.builder(iri)
                .ids(ids)
                .title(title)
                .conditions(conditions)
                .interventions(interventions)
                .sponsors(sponsors)
                .acronyms(acronyms)
                .secondaryIds(secondaryIds)
                .build();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String q) {
        return index.search(SearchRequest.of(q, 10));
    }

    private List<String> iris(String q) {
        return search(q).hits().stream().map(SearchResult.Hit::iri).toList();
    }

    @Test
    void dropsStopwordsFromAQuestionButNotFromAPhrase() {
        SearchResult r = search("does kava help with sleep");
        assertEquals(List.of(KAVA), r.hits().stream().map(SearchResult.Hit::iri).toList());
        assertFalse(r.relaxed(), "every word that is not a stopword matched");
        assertEquals(List.of(), iris("\"kava on sleep\""), "a phrase keeps its words");
    }

    @Test
    void relaxesAQuestionWhoseWordsDoNotAllMatchAndSaysSo() {
        SearchResult strictOnly = search("semaglutide alzheimer");
        assertFalse(strictOnly.relaxed());
        SearchResult r = search("can semaglutide slow alzheimer's disease");
        assertTrue(r.relaxed(), "'slow' is in no record");
        assertEquals(SEMA, r.hits().get(0).iri());
    }

    @Test
    void relaxedMatchNeedsHalfTheWordsAndRanksByHowManyMatch() {
        SearchResult r = search("dementia acrylamide sleep");
        assertTrue(r.relaxed(), "no trial has all three words");
        assertEquals(List.of(MI), r.hits().stream().map(SearchResult.Hit::iri).toList(),
                "two of three words are needed; the trials with one are left out");
        assertEquals(java.util.Set.of(KAVA, MI), java.util.Set.copyOf(iris("dementia acrylamide sleep kava")),
                "two of four words suffice");
    }

    @Test
    void doesNotRelaxAQueryThatSomeTrialMatchesInFull() {
        SearchResult r = search("dementia acrylamide");
        assertFalse(r.relaxed());
        assertEquals(List.of(MI), r.hits().stream().map(SearchResult.Hit::iri).toList());
    }

    @Test
    void doesNotRelaxBooleanQueries() {
        SearchResult r = search("dementia AND semaglutide");
        assertFalse(r.relaxed());
        assertEquals(0, r.total());
    }

    @Test
    void matchesAMisspeltWordFuzzilyAndSaysWhatItMeant() {
        SearchResult r = search("semaglutid");
        assertEquals(List.of(SEMA), r.hits().stream().map(SearchResult.Hit::iri).toList());
        assertEquals("semaglutide", r.didYouMean());
        assertNull(search("semaglutide").didYouMean(), "a word the index holds is not corrected");
    }

    @Test
    void findsARegistryIdHoweverItIsTyped() {
        for (String q : List.of("NCT 0538 1025", "NCT-05381025", "nct 05381025", "ClinicalTrials.gov ID: NCT05381025",
                "NCT05381025")) {
            assertEquals(List.of(KAVA), iris(q), q);
        }
        for (String q : List.of("EudraCT 2020-003112-31", "EudraCT Number: 2020 003112 31", "2020-003112-31")) {
            assertEquals(List.of(SEMA), iris(q), q);
        }
    }

    @Test
    void aLabelledIdThatNoTrialHasFindsNothingRatherThanFailing() {
        assertEquals(List.of(), iris("EudraCT Number: 2014 005098 35"));
    }

    @Test
    void findsSecondaryIdsIncludingLabelledEudraCtNumbers() {
        assertEquals(List.of(KAVA), iris("EudraCT 2006-000123-45"), "labelled in the record, bare in the query");
        assertEquals(List.of(KAVA), iris("2006-000123-45"));
        assertEquals(List.of(SEMA), iris("NN6535-4730"), "a sponsor's protocol number");
        assertEquals(List.of(SEMA), iris("otherid:nn65354730"));
    }

    @Test
    void findsCompaniesByThePartsOfAGluedName() {
        assertEquals(List.of(KAVA), iris("Scandi Bio"));
        assertEquals(List.of(KAVA), iris("ScandiBio"));
        assertEquals(List.of(SEMA), iris("Glaxo"));
        assertEquals(List.of(SEMA), iris("GlaxoSmithKline"));
    }

    @Test
    void findsMedicalTermsByTheirLayNames() {
        assertEquals(List.of(MI), iris("heart attack"));
        assertEquals(List.of(STORY), iris("flu"));
    }

    @Test
    void ranksAnAcronymInCapitalsAboveTheSameWordInText() {
        assertEquals(List.of(STORY, LIFE_STORY), iris("STORY"));
        assertEquals(LIFE_STORY, iris("story").get(0), "in lower case the word in the title ranks first");
    }

    @Test
    void suggestsOnlyWordsNotNamesKeptWithTheirPunctuation() {
        SearchResult r = search("ritonavr");
        assertEquals("ritonavir", r.didYouMean());
        assertEquals(List.of(SEMA), r.hits().stream().map(SearchResult.Hit::iri).toList());
    }

    @Test
    void correctsOnlyTheWordsTheIndexDoesNotHold() {
        assertEquals("semaglutide alzheimer", search("semaglutid alzheimer").didYouMean());
        assertEquals(1, Spelling.distance("donepezel", "donepezil"));
        assertEquals(1, Spelling.distance("remdesivri", "remdesivir"), "a swap of neighbours is one edit");
    }
}
