package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrialIndexTest {
    private static final String T1 = "https://w3id.org/trialkg/id/trial/nct/NCT07177794";
    private static final String T2 = "https://w3id.org/trialkg/id/trial/nct/NCT06190782";
    private static final String T3 = "https://w3id.org/trialkg/id/trial/chictr/ChiCTR2000034346";

    private TrialIndex index;

    @BeforeEach
    void fill() {
        index = TrialIndex.inMemory();
        index.update(TrialDocument.builder(T1)
                .ids(List.of("NCT07177794"))
                .title("Consolidation of Toripalimab and Capecitabine After Chemoradiotherapy in ESCC")
                .summary("Toripalimab combined with capecitabine as maintenance therapy.")
                .conditions(List.of("Esophageal Cancer"))
                .interventions(List.of("toripalimab", "capecitabine"))
                .drugs(List.of("toripalimab", "capecitabine"))
                .drugSynonyms(List.of("JS-001", "Tuoyi", "Xeloda"))
                .drugClasses(List.of("PD-1 inhibitor", "fluoropyrimidine"))
                .sponsors(List.of("Sun Yat-sen University"))
                .sites(List.of("Sun Yat-sen University Cancer Center, Guangzhou"))
                .countries(List.of("CN"))
                .eligibility("Age 18-75 years")
                .outcomes(List.of("Overall survival"))
                .phases(List.of("PHASE3"))
                .status("NOT_YET_RECRUITING")
                .studyType("INTERVENTIONAL")
                .startYear(2025)
                .build());
        index.update(TrialDocument.builder(T2)
                .ids(List.of("NCT06190782"))
                .title("Local Therapy for Oligometastatic ESCC Patients Treated With PD-1 Inhibitor")
                .summary("PD-1 inhibitor +/- chemotherapy combined with local therapy.")
                .conditions(List.of("Esophageal Squamous Cell Carcinoma"))
                .interventions(List.of("PD-1 inhibitor+/- chemotherapy combined with local therapy"))
                .drugClasses(List.of("PD-1 inhibitor"))
                .sponsors(List.of("Fudan University"))
                .sites(List.of("Fudan University Shanghai cancer center"))
                .countries(List.of("CN"))
                .eligibility("ECOG 0-1")
                .outcomes(List.of("Progression-free survival"))
                .phases(List.of("PHASE3"))
                .status("RECRUITING")
                .studyType("INTERVENTIONAL")
                .startYear(2023)
                .build());
        index.update(TrialDocument.builder(T3)
                .ids(List.of("ChiCTR2000034346"))
                .title("Camrelizumab in hepatocellular carcinoma")
                .summary("A trial of SHR-1210.")
                .conditions(List.of("Hepatocellular carcinoma"))
                .interventions(List.of("SHR 1210"))
                .drugs(List.of("camrelizumab"))
                .drugSynonyms(List.of("SHR-1210", "AiRuiKa"))
                .drugClasses(List.of("PD-1 inhibitor"))
                .sponsors(List.of("Jiangsu Hengrui"))
                .countries(List.of("CN"))
                .phases(List.of("PHASE2"))
                .status("COMPLETED")
                .studyType("INTERVENTIONAL")
                .startYear(2020)
                .build());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> iris(String q) {
        return index.search(SearchRequest.of(q, 10)).hits().stream().map(SearchResult.Hit::iri).toList();
    }

    @Test
    void findsResearchCodeInEveryWrittenVariant() {
        for (String q : List.of("JS001", "JS-001", "js 001", "js001", "\"JS 001\"")) {
            assertEquals(List.of(T1), iris(q), q);
        }
        assertEquals(List.of(T3), iris("SHR1210"));
        assertEquals(List.of(T3), iris("shr-1210"));
    }

    @Test
    void findsDrugByBrandAndByInn() {
        assertEquals(List.of(T1), iris("tuoyi"));
        assertEquals(List.of(T1), iris("drug:toripalimab"));
        assertEquals(List.of(T3), iris("drug:airuika"));
    }

    @Test
    void supportsPhrasePrefixFuzzyBooleanAndFields() {
        assertEquals(List.of(T3), iris("camreli*"));
        assertEquals(List.of(T1), iris("toripalimb~"));
        assertEquals(List.of(T2), iris("\"local therapy\" AND phase:phase3"));
        assertEquals(List.of(T1), iris("status:not_yet_recruiting"));
        assertEquals(List.of(T3), iris("id:chictr2000034346"));
        assertEquals(List.of(T1, T2).size(), iris("class:\"PD-1 inhibitor\" AND phase:PHASE3").size());
        assertTrue(iris("country:china").containsAll(List.of(T1, T2, T3)));
    }

    @Test
    void ranksTitleMatchAboveSummaryMatch() {
        // a competitor that names the drug more often, but only in its summary
        index.update(TrialDocument.builder("urn:summary-only")
                .ids(List.of("NCT09999991"))
                .title("Chemoradiotherapy in ESCC")
                .summary("Toripalimab after chemoradiotherapy; toripalimab maintenance; toripalimab dosing.")
                .conditions(List.of("Esophageal Cancer"))
                .build());
        index.commit();
        assertEquals(List.of(T1, "urn:summary-only"), iris("toripalimab"));
    }

    @Test
    void countsEveryMatchingTrialExactly() {
        for (int i = 0; i < 1_500; i++) {
            index.update(TrialDocument.builder("urn:many/" + i)
                    .title("Nivolumab study " + i)
                    .build());
        }
        index.commit();
        SearchResult r = index.search(new SearchRequest("nivolumab", java.util.Map.of(), 10, false));
        assertEquals(1_500, r.total());
        assertEquals(1_503, index.search(new SearchRequest("", java.util.Map.of(), 10, false)).total());
    }

    @Test
    void highlightsTheMatchedWords() {
        SearchResult r = index.search(SearchRequest.of("capecitabine", 10));
        assertTrue(r.hits().get(0).snippet().contains("<b>Capecitabine</b>"), r.hits().get(0).snippet());
        assertEquals("title", r.hits().get(0).snippetField());
    }

    @Test
    void highlightsTheWordAMisspellingMatched() {
        SearchResult r = index.search(SearchRequest.of("capecitabin~", 10));
        assertTrue(r.hits().get(0).snippet().contains("<b>Capecitabine</b>"), r.hits().get(0).snippet());
    }

    @Test
    void covidNamesFindOneAnother() {
        index.update(TrialDocument.builder("urn:t4")
                .ids(List.of("NCT04268537"))
                .title("Immunoregulatory Therapy for 2019-nCoV")
                .conditions(List.of("2019 nCoV"))
                .build());
        assertEquals(List.of("urn:t4"), iris("COVID-19"));
        assertEquals(List.of("urn:t4"), iris("sars-cov-2 immunoregulatory"));
    }

    @Test
    void countsFacetsAndFilters() {
        SearchResult r = index.search(new SearchRequest("esophageal", Map.of(), 10, true));
        assertEquals(2, r.total());
        assertEquals(List.of(new SearchResult.FacetCount("PHASE3", 2)), r.facets().get("phase"));
        SearchResult filtered = index.search(new SearchRequest("*", Map.of("phase", List.of("phase2")), 10, true));
        assertEquals(1, filtered.total());
        assertEquals(T3, filtered.hits().get(0).iri());
        assertEquals(List.of(new SearchResult.FacetCount("camrelizumab", 1)), filtered.facets().get("drug"));
    }

    @Test
    void rejectsMalformedQueryWithOneLineMessage() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of("(toripalimab", 10)));
        assertTrue(e.getMessage().startsWith("cannot read the query '(toripalimab'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        InvalidQueryException f = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of("colour:red", 10)));
        assertTrue(f.getMessage().contains("unknown field 'colour:'"), f.getMessage());
    }

    @Test
    void pageAfterAnOffsetIsTheSliceOfTheRankingWithSnippets() {
        List<SearchResult.Hit> all = index.search(SearchRequest.of("*", 10)).hits();
        SearchResult page = index.search(new SearchRequest("*", Map.of(), 1, 1, false, Duration.ZERO));
        assertEquals(3, page.total(), "the total counts every match, not the page");
        assertEquals(List.of(all.get(1).iri()), page.hits().stream().map(SearchResult.Hit::iri).toList());
        SearchResult beyond = index.search(new SearchRequest("*", Map.of(), 9_000, 10, false, Duration.ZERO));
        assertEquals(0, beyond.hits().size());
        assertEquals(3, beyond.total());
    }

    @Test
    void offsetPastTheWindowIsRefusedWithoutWrappingRound() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchRequest("*", Map.of(), Integer.MAX_VALUE, 10, false, Duration.ZERO));
        assertEquals("search offset: expected 0 or more with offset + limit at most 10000, was 2147483647 + 10", e.getMessage());
    }

    @Test
    void queryExpandingPastTheClauseLimitIsAnInvalidQuery() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            q.append(i == 0 ? "" : " OR ").append("w").append(i).append('*');
        }
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of(q.toString(), 10)));
        assertTrue(e.getMessage().contains("expands to more than 1024 terms"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void searchPastItsTimeLimitIsStopped() {
        // One nanosecond has passed before the first document is scored.
        SearchTimeoutException e = assertThrows(SearchTimeoutException.class,
                () -> index.search(SearchRequest.of("*", 10).withTimeout(Duration.ofNanos(1))));
        assertTrue(e.getMessage().startsWith("the search '*' ran past its limit"), e.getMessage());
        assertEquals(3, index.search(SearchRequest.of("*", 10).withTimeout(Duration.ofSeconds(30))).total());
    }

    @Test
    void searchWhoseAskerLeftIsStopped() {
        SearchTimeoutException e = assertThrows(SearchTimeoutException.class,
                () -> index.search(SearchRequest.of("*", 10), () -> true));
        assertTrue(e.getMessage().contains("nobody waits for its answer"), e.getMessage());
        assertEquals(3, index.search(SearchRequest.of("*", 10), () -> false).total());
    }

    @Test
    void replacesDocumentOfTheSameTrial() {
        index.update(TrialDocument.builder(T3)
                .ids(List.of("ChiCTR2000034346"))
                .title("Renamed trial")
                .build());
        index.commit();
        assertEquals(3, index.size());
        assertEquals(List.of(T3), iris("renamed"));
        assertTrue(iris("camrelizumab").isEmpty());
    }
}
