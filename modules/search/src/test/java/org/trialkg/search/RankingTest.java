package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final String IN_TITLE = "https://w3id.org/trialkg/id/trial/nct/NCT00000001";
    private static final String IN_SUMMARY = "https://w3id.org/trialkg/id/trial/nct/NCT00000002";

    private TrialIndex index;

    @BeforeEach
    void fill() {
        index = TrialIndex.inMemory();
        index.update(TrialDocument.builder(IN_TITLE).ids(List.of("NCT00000001"))
                .title("Lecanemab in early Alzheimer disease").summary("A study of a monoclonal antibody.").build());
        index.update(TrialDocument.builder(IN_SUMMARY).ids(List.of("NCT00000002"))
                .title("Cognition in early Alzheimer disease").summary("Patients may have received lecanemab.").build());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ranked(String query, Ranking ranking) {
        return index.search(SearchRequest.of(query, 10), ranking).hits().stream().map(SearchResult.Hit::iri).toList();
    }

    @Test
    void defaultRankingIsTheOneEverySearchUses() {
        assertEquals(index.search(SearchRequest.of("lecanemab", 10)).hits().stream().map(SearchResult.Hit::iri).toList(),
                ranked("lecanemab", Ranking.DEFAULT));
        assertEquals(List.of(IN_TITLE, IN_SUMMARY), ranked("lecanemab", Ranking.DEFAULT));
    }

    @Test
    void fieldWeightsDecideWhichMatchComesFirst() {
        Ranking summaryFirst = Ranking.DEFAULT.withWeight(TrialFields.TITLE, 0.1f).withWeight(TrialFields.SUMMARY, 10f);
        assertEquals(List.of(IN_SUMMARY, IN_TITLE), ranked("lecanemab", summaryFirst));
    }

    @Test
    void aRankingThatNeverRelaxesFindsNothingWhereTheDefaultRelaxes() {
        assertTrue(index.search(SearchRequest.of("lecanemab slows", 10), Ranking.DEFAULT).relaxed());
        SearchResult strict = index.search(SearchRequest.of("lecanemab slows", 10),
                Ranking.DEFAULT.withRelax(new Ranking.Relax(0.5, 0)));
        assertFalse(strict.relaxed());
        assertEquals(0, strict.total());
    }

    @Test
    void aRankingThatGuessesNoWordLeavesAMisspellingUncorrected() {
        assertEquals(2, index.search(SearchRequest.of("lecanemub", 10), Ranking.DEFAULT).total());
        Ranking noGuess = Ranking.DEFAULT.withFuzzy(new Ranking.Fuzzy(0.5f, 0, 5, 3));
        SearchResult r = index.search(SearchRequest.of("lecanemub", 10), noGuess);
        assertEquals(0, r.total());
        assertEquals(null, r.didYouMean());
    }

    @Test
    void ranksTrialsOfEqualScoreInTheOrderOfTheirIrisWhateverOrderTheyWereWritten() {
        List<String> iris = List.of("https://w3id.org/trialkg/id/trial/nct/NCT00000013",
                "https://w3id.org/trialkg/id/trial/nct/NCT00000012", "https://w3id.org/trialkg/id/trial/nct/NCT00000011");
        try (TrialIndex ties = TrialIndex.inMemory()) {
            for (String iri : iris) {
                ties.update(TrialDocument.builder(iri).title("Donanemab in early Alzheimer disease").build());
                ties.commit();   // one segment each, so that the later-written trials do not simply follow
            }
            List<String> sorted = iris.stream().sorted().toList();
            for (boolean facets : new boolean[] {false, true}) {
                SearchResult r = ties.search(new SearchRequest("donanemab", Map.of(), 10, facets));
                assertEquals(sorted, r.hits().stream().map(SearchResult.Hit::iri).toList(), "facets " + facets);
                assertEquals(r.hits().get(0).score(), r.hits().get(2).score(), "the three trials score alike");
                assertTrue(r.hits().get(0).score() > 0, "hits carry their score: " + r.hits().get(0).score());
            }
        }
    }

    @Test
    void rejectsAWeightForAFieldThatIsNotSearchedAndANegativeWeight() {
        assertThrows(IllegalArgumentException.class, () -> Ranking.DEFAULT.withWeight("phase", 1f));
        assertThrows(IllegalArgumentException.class, () -> Ranking.DEFAULT.withWeight(TrialFields.TITLE, -1f));
        assertThrows(IllegalArgumentException.class, () -> new Ranking(Map.of(TrialFields.TITLE, 1f),
                Ranking.DEFAULT.fuzzy(), 100f, Ranking.DEFAULT.relax(), Ranking.DEFAULT.bm25()));
        assertThrows(IllegalArgumentException.class, () -> new Ranking.Fuzzy(0.5f, 3, 5, 3));
        assertThrows(IllegalArgumentException.class, () -> new Ranking.Relax(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Ranking.Bm25(1.2f, 1.5f));
    }
}
