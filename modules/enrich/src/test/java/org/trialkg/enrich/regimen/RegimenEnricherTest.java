package org.trialkg.enrich.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Arm;
import org.trialkg.model.Intervention;
import org.trialkg.model.RegimenComponent;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

/** Regimens of the seed trials 000, 001 and 002, built by hand from their arm and intervention texts. */
class RegimenEnricherTest {
    private static final Source SOURCE = new Source("seed.txt", "ctgov-page", "0".repeat(64), "");

    private final RegimenEnricher enricher = new RegimenEnricher(new RegimenParser(new FakeDrugLexicon()));

    // seed 002 (NCT07177794)
    private static final String ARM_A_002 = "Patients will receive toripalimab combined with metronomic capecitabine, "
            + "with a maximum treatment duration of one year (toripalimab 240 mg, IV drip, Q3W, for 16 cycles; "
            + "capecitabine 500 mg, twice daily, orally).";
    private static final String TORIPALIMAB_002 = "Patients will receive toripalimab with a maximum treatment "
            + "duration of one year (240 mg, IV drip, Q3W, for 16 cycles).";
    private static final String CAPECITABINE_002 = "Patients will receive metronomic capecitabine, with a maximum "
            + "treatment duration of one year (500 mg, twice daily, orally).";

    // seed 001 (NCT07016737)
    private static final String ARM_001 = "This is a prospective clinical study designed to enroll 79 patients. The "
            + "study will focus on those who have attained a complete response (CR) subsequent to definitive "
            + "chemoradiotherapy or radiotherapy and have a histologically proven in-field recurrence, with no distant "
            + "metastases. These patients will receive treatment with a PD-1 inhibitor (sintilimab or camrelizumab "
            + "200mg, d1, q3w) combined with monotherapy chemotherapy (paclitaxel 175mg/m2 or docetaxel 75mg/m2 or "
            + "irinotecan 270mg/m2, d1, q3w) for 4 cycles, followed by a 2-year maintenance treatment with PD-1 "
            + "inhibitors. During this period, patients diagnosed with esophageal wall thickening and identified as "
            + "having progressive disease (PD) have the option to undergo salvage radiotherapy (45-50.4 "
            + "Gy/25-28/F/5-5.5 weeks) in conjunction with a dual-agent chemotherapy (paclitaxel 50 mg/m2, d1 + "
            + "carboplatin AUC 2, d1, qw) for 5 cycles.";

    // seed 000 (brief summary and intervention description)
    private static final String DOSAGE_000 = "Toripalimab 240mg, intravenous infusion on Day 1, every 3 weeks (Q3W). "
            + "A total of 3 treatment cycles will be administered. Subsequent treatment continuation will be determined "
            + "by the patient. If continued, treatment will proceed until the occurrence of disease progression "
            + "(radiological progression confirmed by RECIST v1.1), intolerable toxicity, initiation of new antitumor "
            + "therapy, voluntary withdrawal of the subject from the study, or the investigator's judgment that the "
            + "subject needs to withdraw. The maximum duration of medication is 1 year.";
    private static final String INTERVENTION_000 = "Toripalimab 240 mg, administered on the first day of each cycle, "
            + "and a cycle of administration every 3 weeks";
    private static final String SUMMARY_000 = "This study is a prospective, randomized controlled, phase III "
            + "multicenter trial. Its objectives are to explore the stratified application of consolidation "
            + "immunotherapy after chemoimmunotherapy induction plus concurrent chemoradiotherapy, identify the "
            + "potential beneficiary population of consolidation immunotherapy, and evaluate the efficacy and safety of "
            + "consolidation immunotherapy. The main participants are patients with unresectable locally advanced "
            + "esophageal squamous cell carcinoma who have undergone 2-4 cycles of chemoimmunotherapy induction "
            + "followed by concurrent chemoradiotherapy. Imaging assessment should be completed within 1-84 days after "
            + "the end of chemoradiotherapy. Eligible patients meeting the inclusion and exclusion criteria will be "
            + "divided into the CR/PR cohort and SD cohort based on treatment response, and receive the following "
            + "treatments respectively: CR/PR cohort: Patients with a response assessment of CR (Complete Response) "
            + "or PR (Partial Response) will be randomly assigned at a 1:1 ratio to: Toripalimab monotherapy "
            + "maintenance group (Group A1) vs. Observation group (Group A2) (116 patients vs. 116 patients) SD "
            + "cohort: Patients with a response assessment of SD (Stable Disease) will be randomly assigned at a 1:1 "
            + "ratio to: Toripalimab monotherapy maintenance group (Group B1) vs. Observation group (Group B2) (54 "
            + "patients vs. 54 patients) The medication dosage is as follows: " + DOSAGE_000;

    @Test
    void readsSeed002ArmWithBothDrugsAndTheSharedMaximumDuration() {
        TrialRecord r = TrialRecord.builder(SOURCE)
                .arm(new Arm("Arm A", "EXPERIMENTAL", ARM_A_002, List.of("Drug: toripalimab", "Drug: capecitabine")))
                .arm(new Arm("Arm B", "NO_INTERVENTION", "Patients will undergo conventional observation and "
                        + "follow-up.", List.of()))
                .intervention(new Intervention("DRUG", "toripalimab", TORIPALIMAB_002, List.of("JS001"),
                        List.of("Arm A")))
                .intervention(new Intervention("DRUG", "capecitabine", CAPECITABINE_002, List.of("Xeloda"),
                        List.of("Arm A")))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got,
                "arm=Arm A drug=toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV interval=P3W cycles=16 "
                        + "maxDuration=P1Y",
                "arm=Arm A drug=capecitabine iri=drug:capecitabine dose=500 unit=mg route=oral interval=P1D "
                        + "timesPerDay=2 maxDuration=P1Y");
        assertEquals("toripalimab 240 mg, IV drip, Q3W, for 16 cycles", got.get(0).text());
        assertEquals("arm[0].description", got.get(0).span().field());
        assertEquals("capecitabine 500 mg, twice daily, orally", got.get(1).text());
        assertSpansMatch(got, ARM_A_002);
    }

    @Test
    void readsSeed002InterventionsWithTheirNamesAsDrugs() {
        RegimenParser parser = new RegimenParser(new FakeDrugLexicon());
        assertDescribed(parser.parse(TORIPALIMAB_002, null, "intervention[0].description", "toripalimab"),
                "drug=toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV interval=P3W cycles=16 "
                        + "maxDuration=P1Y");
        assertDescribed(parser.parse(CAPECITABINE_002, null, "intervention[1].description", "capecitabine"),
                "drug=capecitabine iri=drug:capecitabine dose=500 unit=mg route=oral interval=P1D timesPerDay=2 "
                        + "maxDuration=P1Y");
        // the dose alone, the drug named only by the intervention
        assertDescribed(parser.parse("240 mg, IV drip, Q3W, for 16 cycles", null, "f", "JS001"),
                "drug=JS001 iri=drug:toripalimab dose=240 unit=mg route=IV interval=P3W cycles=16");
    }

    @Test
    void readsInterventionsWhenTheArmDescriptionGivesNoRegimen() {
        TrialRecord r = TrialRecord.builder(SOURCE)
                .arm(new Arm("Arm A", "EXPERIMENTAL", "Toripalimab plus capecitabine.", List.of()))
                .intervention(new Intervention("DRUG", "toripalimab", TORIPALIMAB_002, List.of(), List.of("Arm A")))
                .intervention(new Intervention("DRUG", "capecitabine", CAPECITABINE_002, List.of(), List.of("Arm A")))
                .intervention(new Intervention("DRUG", "docetaxel", "75 mg/m2 q3w", List.of(), List.of()))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got,
                "arm=Arm A drug=toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV interval=P3W cycles=16 "
                        + "maxDuration=P1Y",
                "arm=Arm A drug=capecitabine iri=drug:capecitabine dose=500 unit=mg route=oral interval=P1D "
                        + "timesPerDay=2 maxDuration=P1Y",
                "drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P3W");
        assertEquals("intervention[1].description", got.get(1).span().field());
        assertEquals("intervention[2].description", got.get(2).span().field());
    }

    @Test
    void givesNoScheduleToAnInterventionThatIsNoDrug() {
        // NCT00490763 and NCT00499824: a survey "every 6 months", an education "every 3 months" are no drug given;
        // a drug intervention's description still gives its name the dose the text writes alone
        TrialRecord r = TrialRecord.builder(SOURCE)
                .intervention(new Intervention("Behavioral", "Survey",
                        "Questionnaires completed at baseline and every 6 months.", List.of(), List.of()))
                .intervention(new Intervention("DIAGNOSTIC_TEST", "Biopsy", "Repeated every 3 months.", List.of(),
                        List.of()))
                .intervention(new Intervention("Drug", "docetaxel", "75 mg/m2 q3w", List.of(), List.of()))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got, "drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 interval=P3W");
        assertEquals("intervention[2].description", got.get(0).span().field());
    }

    @Test
    void readsSeed001AlternativesPhasesAndSalvageRadiotherapy() {
        TrialRecord r = TrialRecord.builder(SOURCE)
                .arm(new Arm("Experimental Group", "EXPERIMENTAL", ARM_001,
                        List.of("Drug: Sintilimab Combined With Docetaxel Monotherapy")))
                .intervention(new Intervention("DRUG", "Sintilimab Combined With Docetaxel Monotherapy",
                        "79 patients will receive treatment with a PD-1 inhibitor (sintilimab or camrelizumab 200mg, "
                                + "d1, q3w) ...", List.of(), List.of("Experimental Group")))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        String arm = "arm=Experimental Group ";
        assertDescribed(got,
                arm + "drug=sintilimab iri=drug:sintilimab dose=200 unit=mg days=d1 interval=P3W cycles=4 "
                        + "phase=induction group=1",
                arm + "drug=camrelizumab iri=drug:camrelizumab dose=200 unit=mg days=d1 interval=P3W cycles=4 "
                        + "phase=induction group=1",
                arm + "drug=paclitaxel iri=drug:paclitaxel dose=175 unit=mg/m2 days=d1 interval=P3W cycles=4 "
                        + "phase=induction group=2",
                arm + "drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 days=d1 interval=P3W cycles=4 "
                        + "phase=induction group=2",
                arm + "drug=irinotecan iri=drug:irinotecan dose=270 unit=mg/m2 days=d1 interval=P3W cycles=4 "
                        + "phase=induction group=2",
                arm + "drug=PD-1 inhibitors iri=class:pd-1-inhibitor maxDuration=P2Y phase=maintenance",
                "kind=radiotherapy " + arm + "phase=salvage totalDose=45-50.4 fractions=25-28 duration=P5W/P5.5W",
                arm + "drug=paclitaxel iri=drug:paclitaxel dose=50 unit=mg/m2 days=d1 interval=P1W cycles=5 "
                        + "phase=salvage",
                arm + "drug=carboplatin iri=drug:carboplatin dose=2 unit=AUC days=d1 interval=P1W cycles=5 "
                        + "phase=salvage");
        assertEquals("sintilimab or camrelizumab 200mg, d1, q3w", got.get(0).text());
        assertEquals("radiotherapy (45-50.4 Gy/25-28/F/5-5.5 weeks", got.get(6).text());
        assertSpansMatch(got, ARM_001);
    }

    @Test
    void readsSeed000MaintenanceArmAcrossItsSentences() {
        TrialRecord r = TrialRecord.builder(SOURCE)
                .arm(new Arm("Toripalimab monotherapy maintenance group", "EXPERIMENTAL", DOSAGE_000,
                        List.of("Drug: Toripalimab")))
                .arm(new Arm("Observation group", "NO_INTERVENTION", null, List.of()))
                .intervention(new Intervention("DRUG", "Toripalimab", INTERVENTION_000, List.of(), List.of()))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got, "arm=Toripalimab monotherapy maintenance group drug=Toripalimab iri=drug:toripalimab "
                + "dose=240 unit=mg route=IV days=d1 interval=P3W cycles=3 maxDuration=P1Y phase=maintenance");
        assertEquals(0, got.get(0).span().start());
        assertSpansMatch(got, DOSAGE_000);
    }

    @Test
    void readsSeed000InterventionWithThePhaseOfItsArm() {
        RegimenParser parser = new RegimenParser(new FakeDrugLexicon());
        List<RegimenComponent> got = parser.parse(INTERVENTION_000, "Toripalimab monotherapy maintenance group",
                "intervention[0].description", "Toripalimab");
        assertDescribed(got, "arm=Toripalimab monotherapy maintenance group drug=Toripalimab iri=drug:toripalimab "
                + "dose=240 unit=mg days=d1 interval=P3W phase=maintenance");
        assertEquals(INTERVENTION_000, got.get(0).text());
    }

    @Test
    void readsTheBriefSummaryOfARecordWithoutArmsOrInterventions() {
        TrialRecord r = TrialRecord.builder(SOURCE).briefSummary(SUMMARY_000).build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got, "drug=Toripalimab iri=drug:toripalimab dose=240 unit=mg route=IV days=d1 interval=P3W "
                + "cycles=3 maxDuration=P1Y phase=maintenance");
        assertEquals("briefSummary", got.get(0).span().field());
        assertSpansMatch(got, SUMMARY_000);
    }

    @Test
    void keepsIdenticalComponentsOnceAndAlternativeGroupsDistinct() {
        String text = "sintilimab or camrelizumab 200mg, d1, q3w";
        TrialRecord r = TrialRecord.builder(SOURCE)
                .intervention(new Intervention("DRUG", "a", text, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "b", text, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "c", "paclitaxel 175mg/m2 or docetaxel 75mg/m2", List.of(),
                        List.of()))
                .build();
        List<RegimenComponent> got = enricher.enrich(r).regimens();
        assertDescribed(got,
                "drug=sintilimab iri=drug:sintilimab dose=200 unit=mg days=d1 interval=P3W group=1",
                "drug=camrelizumab iri=drug:camrelizumab dose=200 unit=mg days=d1 interval=P3W group=1",
                "drug=paclitaxel iri=drug:paclitaxel dose=175 unit=mg/m2 group=3",
                "drug=docetaxel iri=drug:docetaxel dose=75 unit=mg/m2 group=3");
    }

    @Test
    void readsAnInterventionNameThatStatesTheRegimenWhenThereIsNoDescription() {
        // WHO ICTRP writes the whole dosing text in the intervention field
        TrialRecord r = TrialRecord.builder(SOURCE)
                .intervention(new Intervention(null, "Experimental group: erlotinib 400 mg twice daily on day 1, "
                        + "followed by 200 mg twice daily for 6 days", null, List.of(), List.of()))
                .intervention(new Intervention(null, "Control group: placebo", null, List.of(), List.of()))
                .build();
        assertDescribed(enricher.enrich(r).regimens(),
                "drug=erlotinib iri=drug:erlotinib dose=400 unit=mg days=d1 interval=P1D timesPerDay=2",
                "drug=erlotinib iri=drug:erlotinib dose=200 unit=mg interval=P1D timesPerDay=2 maxDuration=P6D");
    }

    @Test
    void givesDosesOfATextThatNamesNoDrugTheOneDrugTheTitlesName() {
        // ChiCTR2000029996: each group's tablets and doses, the drug named only in the title
        String groups = "Low-dose group:Tablets; 200mg; oral; twice a day;High-dose group:Tablets; 400mg; oral; "
                + "twice a day;";
        TrialRecord r = TrialRecord.builder(SOURCE)
                .title("A randomized controlled trial for the efficacy and safety of Erlotinib Tablets in lung cancer")
                .intervention(new Intervention(null, groups, null, List.of(), List.of()))
                .build();
        assertDescribed(enricher.enrich(r).regimens(),
                "drug=Erlotinib iri=drug:erlotinib dose=200 unit=mg route=oral interval=P1D timesPerDay=2",
                "drug=Erlotinib iri=drug:erlotinib dose=400 unit=mg route=oral interval=P1D timesPerDay=2");
        TrialRecord two = r.toBuilder().title("Erlotinib or gefitinib tablets in lung cancer").build();
        assertEquals(List.of(), enricher.enrich(two).regimens().stream().filter(c -> c.drug() != null).toList(),
                "a title of two drugs gives none");
        TrialRecord named = TrialRecord.builder(SOURCE).title(r.title()).intervention(new Intervention(null,
                "Experimental group: gefitinib 250 mg once daily", null, List.of(), List.of())).build();
        assertDescribed(enricher.enrich(named).regimens(),
                "drug=gefitinib iri=drug:gefitinib dose=250 unit=mg interval=P1D timesPerDay=1");
    }

    private static void assertDescribed(List<RegimenComponent> got, String... expected) {
        assertEquals(List.of(expected), got.stream().map(Describe::of).toList());
    }

    private static void assertSpansMatch(List<RegimenComponent> got, String source) {
        for (RegimenComponent c : got) {
            assertEquals(c.text(), source.substring(c.span().start(), c.span().end()));
        }
    }
}
