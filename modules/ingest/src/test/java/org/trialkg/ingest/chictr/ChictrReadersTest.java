package org.trialkg.ingest.chictr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.document.DocumentReader;
import org.trialkg.ingest.ictrp.SharedSamples;
import org.trialkg.model.Arm;
import org.trialkg.model.Intervention;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class ChictrReadersTest {

    @Test
    void reportsChictrXmlThatBreaksOffByTheTrialItBrokeInAndKeepsTheOneBefore() throws Exception {
        CollectingSink c = SharedSamples.read(new ChictrXmlReader(), SharedSamples.text("cut.xml",
                "<?xml version='1.0' encoding='UTF-8'?><trials><Triall><main><trial_id>ChiCTR2100000007</trial_id>"
                + "<public_title>One</public_title></main></Triall><Triall><main><trial_id>ChiCTR2100000008"));
        assertEquals(List.of("One"), c.records.stream().map(TrialRecord::title).toList());
        assertEquals(1, c.problems.size());
        assertEquals("Triall 2 (after ChiCTR2100000007)", c.problems.get(0).record());
        assertTrue(c.problems.get(0).message().endsWith("the 1 records before it are kept"),
                c.problems.get(0).oneLine());
    }

    @Test
    void reportsXmlThatIsNotAChictrRecord() throws Exception {
        CollectingSink c = SharedSamples.read(new ChictrXmlReader(), SharedSamples.text("study.xml",
                "<?xml version=\"1.0\"?><clinical_study><nct_id>NCT04246242</nct_id></clinical_study>"));
        assertTrue(c.records.isEmpty());
        assertEquals("not a ChiCTR XML record: expected root <trials>, found <clinical_study>",
                c.problems.get(0).message());
    }

    @Test
    void readsChictrXmlRecord() throws Exception {
        CollectingSink c = SharedSamples.read(new ChictrXmlReader(), SharedSamples.input(
                SharedSamples.data("other-registries/chictr/ChiCTR2000034346.xml")));
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        TrialRecord r = c.byKey("ChiCTR2000034346");
        assertEquals(Registry.CHICTR, r.primaryId().orElseThrow().registry());
        assertEquals("Survey for Surgery status of a designated Hospital for COVID-19 management in Guangzhou",
                r.title());
        assertEquals("Jianxing He", r.sponsors().get(0).name());
        assertEquals("2020-04-10", r.startDate());
        assertEquals(3239, r.enrollment().count(), "2019 Y:2418;2020 Y:821;");
        assertEquals("COMPLETED", r.status());
        assertEquals(List.of("Novel Coronavirus Pneumonia (COVID-19)"), r.conditions());
        assertEquals(List.of(), r.interventions(), "2019 Y:N/A;2020 Y:N/A;");
        assertEquals(List.of("China"), r.countries());
        assertEquals(List.of("decrease"), r.outcomes().stream().map(Outcome::measure).toList());
        assertEquals("ALL", r.eligibility().sex());
        assertTrue(r.eligibility().criteria().contains("(1) missing detailed information"));
        assertEquals("Ran Zhong", r.investigators().get(0).name());
        assertEquals(ChictrXmlReader.FORMAT, r.source().layout());
    }

    @Test
    void readsBilingualTrialPageInEnglish() throws Exception {
        CollectingSink c = SharedSamples.read(new ChictrPageReader(), SharedSamples.input(
                SharedSamples.data("other-registries/chictr/chictr_detail_page.html")));
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        TrialRecord r = c.byKey("ChiCTR2400084905");
        assertTrue(r.title().startsWith("SUNRAY-01, A Global Pivotal Study in Participants with KRAS G12C-Mutant"));
        assertEquals("Jilin Cancer Hospital", r.sponsors().get(0).name());
        assertEquals(List.of("Jilin Cancer Hospital"), r.sponsors().stream().map(Sponsor::name).toList(),
                "its secondary sponsor block names the primary sponsor again");
        assertEquals(List.of("KRAS G12C-Mutant, Locally Advanced or Metastatic Non-Small Cell Lung Cancer"),
                r.conditions());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("NOT_YET_RECRUITING", r.status());
        assertEquals("2024-06-01", r.startDate());
        assertEquals("2029-10-01", r.completionDate());
        assertEquals("2024-05-28", r.lastUpdated());
        assertEquals(936, r.enrollment().count(), "192 + 192 + 276 + 276");
        assertEquals(List.of("experimental group（Part A）", "control group（Part A）", "experimental group（Part B）",
                "control group（Part B）"), r.arms().stream().map(Arm::label).toList());
        assertEquals("LY3537982 in combination with pembrolizumab", r.interventions().get(0).name());
        assertEquals(List.of("experimental group（Part A）"), r.interventions().get(0).armLabels());
        assertEquals(4, r.interventions().stream().map(Intervention::name).distinct().count());
        assertEquals("China", r.countries().get(0));
        assertEquals("Jilin Cancer Hospital", r.sites().get(0).facility());
        assertEquals(new Outcome("PRIMARY", "progression-free survival",
                "Imaging assessment (Response Evaluation Criteria in Solid Tumors version 1.1)",
                r.outcomes().get(0).timeFrame()), r.outcomes().get(0));
        assertEquals("SECONDARY", r.outcomes().get(1).kind());
        assertEquals("18 Years", r.eligibility().minAge());
        assertEquals(null, r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertTrue(r.eligibility().criteria().contains("1. Histologically or cytologically confirmed NSCLC"));
    }

    @Test
    void reportsSearchResultsPageAsNotATrial() throws Exception {
        SourceInput input = SharedSamples.input(SharedSamples.data(
                "other-registries/chictr/chictr_search_results_page.html"));
        CollectingSink c = SharedSamples.read(new ChictrPageReader(), input);
        assertTrue(c.records.isEmpty());
        assertEquals(1, c.problems.size());
        assertEquals(ChictrPageReader.SEARCH_PAGE, c.problems.get(0).message());
        assertTrue(new ChictrPageReader().confidence(input).compareTo(new DocumentReader().confidence(input)) > 0);
    }

    @Test
    void detectsXmlRecordFromContent() {
        SourceInput input = SharedSamples.text("download.txt", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<trials subjects=\"1\">\n  <Triall>\n    <main>");
        assertEquals(Claim.SIGNATURE, new ChictrXmlReader().confidence(input));
        assertEquals(Claim.NONE, new ChictrXmlReader().confidence(SharedSamples.text("a.xml", "<clinical_study/>")));
    }
}
