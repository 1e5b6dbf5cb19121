package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Hashes;
import org.trialkg.model.Arm;
import org.trialkg.model.Design;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Reference;
import org.trialkg.model.RegistryId;
import org.trialkg.model.ResponsibleParty;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/** The five reference documents in the shared seeds folder, each read value by value. */
class SeedDocumentsTest {

    private static TrialRecord read(String seed) throws Exception {
        Path p = Documents.seed(seed);
        TrialRecord r = Documents.read(Documents.file(p)).only();
        assertEquals(p.toString(), r.source().file());
        assertEquals(Hashes.sha256(Files.readAllBytes(p)), r.source().contentHash());
        assertEquals("", r.source().recordKey());
        return r;
    }

    private static List<RegistryId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(i -> RegistryId.parse(i).orElseThrow()).toList();
    }

    private static void assertText(String start, String end, String actual) {
        assertTrue(actual != null && actual.startsWith(start), "starts with '" + start + "': " + actual);
        assertTrue(actual.endsWith(end), "ends with '" + end + "': " + actual);
    }

    private static void assertNothingElse(TrialRecord r) {
        assertNull(r.officialTitle());
        assertNull(r.acronym());
        assertEquals(List.of(), r.keywords());
        assertEquals(List.of(), r.meshTerms());
        assertEquals(List.of(), r.drugMentions());
        assertEquals(List.of(), r.regimens());
    }

    @Test
    void readsProseSummaryWithoutInventingTitleOrId() throws Exception {
        TrialRecord r = read("000");
        assertEquals("prose-summary", r.source().layout());
        assertEquals(List.of(), r.ids());
        assertNull(r.title());
        assertEquals(List.of(), r.related());
        assertEquals(List.of(), r.otherIds());
        assertNull(r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(new Design("RANDOMIZED", null, "TREATMENT", "NONE"), r.design());
        assertEquals(new Enrollment(340, null), r.enrollment());
        assertNull(r.startDate());
        assertNull(r.completionDate());
        assertNull(r.lastUpdated());
        assertText("This study is a prospective, randomized controlled, phase III multicenter trial.",
                "The maximum duration of medication is 1 year.", r.briefSummary());
        assertNull(r.detailedDescription());
        assertEquals(List.of("esophageal squamous cell carcinoma"), r.conditions());
        String dosage = "The medication dosage is as follows: Toripalimab 240mg, intravenous infusion on Day 1, every 3 "
                + "weeks (Q3W). A total of 3 treatment cycles will be administered. Subsequent treatment continuation "
                + "will be determined by the patient. If continued, treatment will proceed until the occurrence of "
                + "disease progression (radiological progression confirmed by RECIST v1.1), intolerable toxicity, "
                + "initiation of new antitumor therapy, voluntary withdrawal of the subject from the study, or the "
                + "investigator's judgment that the subject needs to withdraw. The maximum duration of medication is "
                + "1 year.";
        assertEquals(List.of(
                new Arm("Toripalimab monotherapy maintenance group (Group A1)", "EXPERIMENTAL", dosage,
                        List.of("Toripalimab")),
                new Arm("Observation group (Group A2)", "NO_INTERVENTION", null, List.of()),
                new Arm("Toripalimab monotherapy maintenance group (Group B1)", "EXPERIMENTAL", dosage,
                        List.of("Toripalimab")),
                new Arm("Observation group (Group B2)", "NO_INTERVENTION", null, List.of())), r.arms());
        assertEquals(List.of(new Intervention("DRUG", "Toripalimab",
                "Toripalimab 240 mg, administered on the first day of each cycle, and a cycle of administration every "
                        + "3 weeks", List.of(),
                List.of("Toripalimab monotherapy maintenance group (Group A1)",
                        "Toripalimab monotherapy maintenance group (Group B1)"))), r.interventions());
        String pfs = "PFS is defined as the time from the date of randomization to the date of the first objectively "
                + "documented tumor progression or death due to any cause.";
        assertEquals(List.of(
                new Outcome("OTHER", "1 year Progress Free Survival (PFS) rate", pfs, "12 months"),
                new Outcome("OTHER", "Progression free survival (PFS)", pfs, "36 months"),
                new Outcome("OTHER", "Overall survival (OS)",
                        "OS is the length of time from the date of randomization until death from any cause",
                        "36 months"),
                new Outcome("OTHER", "Objective response rate (ORR)", "ORR, as determined based on tumor response "
                        + "according to RECIST 1.1, is defined as the proportion of all randomized subjects whose best "
                        + "overall response (BOR) is either a CR or PR.", "24 months")), r.outcomes());
        assertTrue(r.eligibility().isEmpty());
        assertEquals(List.of(), r.sponsors());
        assertNull(r.responsibleParty());
        assertEquals(List.of(), r.investigators());
        assertEquals(List.of(), r.sites());
        assertEquals(List.of(), r.countries());
        assertEquals(List.of(), r.references());
        assertNothingElse(r);
    }

    @Test
    void readsCtgovPageWithSingleArmAndRunTogetherOtherNames() throws Exception {
        TrialRecord r = read("001");
        assertEquals("ctgov-page", r.source().layout());
        assertEquals(ids("NCT07016737"), r.ids());
        assertEquals(ids("NCT05244798"), r.related());
        assertEquals("Immunochemotherapy ± Salvage Chemoradiation for Local Recurrence of Esophageal Squamous Cell "
                + "Carcinoma After Definitive Chemoradiotherapy", r.title());
        assertEquals("ENROLLING_BY_INVITATION", r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(new Design("NA", "SINGLE_GROUP", "TREATMENT", "NONE"), r.design());
        assertEquals(new Enrollment(79, null), r.enrollment());
        assertEquals("2024-08-01", r.startDate());
        assertEquals("2029-09-01", r.completionDate());
        assertEquals("2025-06-12", r.lastUpdated());
        assertText("The combination of programmed death receptor 1 (PD-1) inhibitors with chemotherapy",
                "The secondary endpoints include the progression-free survival (PFS) and safety.", r.briefSummary());
        assertNull(r.detailedDescription(), "only boilerplate under Detailed Description");
        assertEquals(List.of("Esophageal Squamous Cell Carcinoma (ESCC)"), r.conditions());
        assertEquals(1, r.arms().size());
        Arm arm = r.arms().get(0);
        assertEquals("Experimental Group", arm.label());
        assertEquals("EXPERIMENTAL", arm.type());
        assertText("This is a prospective clinical study designed to enroll 79 patients.",
                "(paclitaxel 50 mg/m2, d1 + carboplatin AUC 2, d1, qw) for 5 cycles.", arm.description());
        assertEquals(List.of("Sintilimab Combined With Docetaxel Monotherapy"), arm.interventions());
        assertEquals(1, r.interventions().size());
        Intervention i = r.interventions().get(0);
        assertEquals("DRUG", i.type());
        assertEquals("Sintilimab Combined With Docetaxel Monotherapy", i.name());
        assertText("79 patients will receive treatment with a PD-1 inhibitor (sintilimab or camrelizumab 200mg, d1, "
                + "q3w)", "for 5 cycles.", i.description());
        assertEquals(List.of("Sintilimab Combined With Paclitaxel Monotherapy Sintilimab Combined With Irinotecan "
                + "Monotherapy Camrelizumab Combined With Docetaxel Monotherapy Camrelizumab Combined With "
                + "Paclitaxel Monotherapy Camrelizumab Combined With Irinotecan Monotherapy Paclitaxel Combined With "
                + "Carboplatin salvage radiotherapy Omeprazole Dexamethasone Smectite Powder Loperamide "
                + "Hydrochloride Capsules Atropine Hydrochloride Computed Tomography Positron Emission Tomography - "
                + "Computed Tomography Ultrasound Gastroscopy Digital Gastrointestinal Radiography"), i.otherNames());
        assertEquals(List.of("Experimental Group"), i.armLabels());
        assertEquals(List.of(), r.outcomes());
        assertEquals("18 Years", r.eligibility().minAge());
        assertNull(r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertEquals(Boolean.FALSE, r.eligibility().healthyVolunteers());
        assertText("Inclusion Criteria:\n\n-1.Age ≥18 years, regardless of gender.",
                "7.Other conditions deemed unsuitable for study participation by the investigator.",
                r.eligibility().criteria());
        assertTrue(r.eligibility().criteria().contains("\n\nExclusion Criteria:\n\n* 1\\. Esophageal perforation"));
        assertEquals(List.of(new Sponsor("Ye jinjun", "LEAD", "OTHER")), r.sponsors());
        assertEquals(new ResponsibleParty("SPONSOR_INVESTIGATOR", "Ye jinjun", "Chief Physician, M.D.", null),
                r.responsibleParty());
        assertEquals(List.of(new Investigator("Ye jin jiun", "PRINCIPAL_INVESTIGATOR",
                "Jiangsu Cancer Institute & Hospital", null)), r.investigators());
        assertEquals(List.of(new Site("Jiangsu Provincial Cancer Hospital", "Nanjing", "Jiangsu", null, "China", null,
                null, null)), r.sites());
        assertEquals(List.of("China"), r.countries());
        assertEquals(List.of(), r.references());
        assertEquals(List.of(new OtherId("2024-008-01", "REGISTRY", null),
                new OtherId("2024-008-01", "org_study_id", null)), r.otherIds());
        assertNothingElse(r);
    }

    @Test
    void readsCtgovPageWithTwoArmsSponsorsContactsAndReferences() throws Exception {
        TrialRecord r = read("002");
        assertEquals("ctgov-page", r.source().layout());
        assertEquals(ids("NCT07177794"), r.ids());
        assertEquals(ids("NCT05791136"), r.related());
        assertEquals("Consolidation of Toripalimab and Capecitabine After Chemoradiotherapy in ESCC", r.title());
        assertEquals("NOT_YET_RECRUITING", r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "NONE"), r.design());
        assertEquals(new Enrollment(242, null), r.enrollment());
        assertEquals("2025-09-20", r.startDate());
        assertEquals("2030-05-31", r.completionDate());
        assertEquals("2025-09-17", r.lastUpdated());
        assertText("Definitive chemoradiotherapy (CRT) is the standard treatment",
                "who have not progressed after definitive CRT.", r.briefSummary());
        assertNull(r.detailedDescription());
        assertEquals(List.of("Esophageal Cancer Chemoradiotherapy"), r.conditions());
        assertEquals(List.of(
                new Arm("Arm A", "EXPERIMENTAL", "Patients will receive toripalimab combined with metronomic "
                        + "capecitabine, with a maximum treatment duration of one year (toripalimab 240 mg, IV drip, "
                        + "Q3W, for 16 cycles; capecitabine 500 mg, twice daily, orally).",
                        List.of("toripalimab", "capecitabine")),
                new Arm("Arm B", "NO_INTERVENTION", "Patients will undergo conventional observation and follow-up.",
                        List.of())), r.arms());
        assertEquals(List.of(
                new Intervention("DRUG", "toripalimab", "Patients will receive toripalimab with a maximum treatment "
                        + "duration of one year (240 mg, IV drip, Q3W, for 16 cycles).", List.of("JS001"),
                        List.of("Arm A")),
                new Intervention("DRUG", "capecitabine", "Patients will receive metronomic capecitabine, with a "
                        + "maximum treatment duration of one year (500 mg, twice daily, orally).", List.of("Xeloda"),
                        List.of("Arm A"))), r.interventions());
        assertEquals(List.of(), r.outcomes());
        assertEquals("18 Years", r.eligibility().minAge());
        assertEquals("75 Years", r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertEquals(Boolean.FALSE, r.eligibility().healthyVolunteers());
        assertText("Inclusion Criteria:\n\n1. Histologically confirmed squamous cell carcinoma of the esophagus;\n2. ",
                "18. Any unstable condition that may jeopardize patient safety or compliance.",
                r.eligibility().criteria());
        assertTrue(r.eligibility().criteria().contains(
                "informed consent.\n\nExclusion Criteria:\n\n1. Patients who have received antitumor therapy"));
        assertEquals(List.of(
                new Sponsor("First Affiliated Hospital, Sun Yat-Sen University", "COLLABORATOR", "OTHER"),
                new Sponsor("Fifth Affiliated Hospital, Sun Yat-Sen University", "COLLABORATOR", "OTHER"),
                new Sponsor("Zhongshan People's Hospital, Guangdong, China", "COLLABORATOR", "OTHER"),
                new Sponsor("Sun Yat-sen University", "LEAD", "OTHER")), r.sponsors());
        assertEquals(new ResponsibleParty("PRINCIPAL_INVESTIGATOR", "Mian XI", "Professor", null),
                r.responsibleParty());
        assertEquals(List.of(
                new Investigator("Mian Xi, MD", "PRINCIPAL_INVESTIGATOR", "Sun Yat-sen University", null),
                new Investigator("Mian Xi, MD", "CONTACT", null, null)), r.investigators());
        assertEquals(List.of(new Site("Sun Yat-sen University Cancer Center", "Guangzhou", "Guangdong", null, "China",
                null, null, null)), r.sites());
        assertEquals(List.of("China"), r.countries());
        assertEquals(3, r.references().size());
        Reference first = r.references().get(0);
        assertEquals("36990609", first.pmid());
        assertEquals("10.1016/S1470-2045(23)00060-8", first.doi());
        assertEquals("RESULT", first.type());
        assertText("Zhu Y, Wen J, Li Q,", "Lancet Oncol. 2023 Apr;24(4):371-382. doi: 10.1016/S1470-2045(23)00060-8.",
                first.citation());
        assertEquals(List.of("39972105", "38710003"),
                r.references().subList(1, 3).stream().map(Reference::pmid).toList());
        assertEquals(List.of("10.1038/s43018-025-00918-1", "10.1200/JCO.23.02009"),
                r.references().subList(1, 3).stream().map(Reference::doi).toList());
        assertEquals(List.of("RESULT", "RESULT"), r.references().subList(1, 3).stream().map(Reference::type).toList());
        assertText("Bando H, Kumagai S,", "Epub 2025 Feb 19.", r.references().get(1).citation());
        assertText("Jia R, Shan T,", "Epub 2024 May 6.", r.references().get(2).citation());
        assertEquals(List.of(new OtherId("B2025-404-01", "org_study_id", null)), r.otherIds());
        assertNothingElse(r);
    }

    @Test
    void readsMedpathPageSplittingRunTogetherTables() throws Exception {
        TrialRecord r = read("003");
        assertEquals("medpath-page", r.source().layout());
        assertEquals(ids("NCT06190782"), r.ids());
        assertEquals(List.of(), r.related());
        assertEquals("Local Therapy for Oligometastatic ESCC Patients Treated With PD-1 Inhibitor", r.title());
        assertEquals("RECRUITING", r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(new Design(null, "PARALLEL", null, null), r.design());
        assertEquals(new Enrollment(354, null), r.enrollment());
        assertNull(r.startDate());
        assertNull(r.completionDate());
        assertNull(r.lastUpdated());
        assertText("Patients with oligometastatic squamous cell carcinoma were enrolled and randomly assigned",
                "chemotherapy alone.\n\nThe primary end point was progression-free survival (PFS). The secondary end "
                        + "points included overall survival, side effects and local control.", r.briefSummary());
        assertText("Patients with oligometastatic squamous cell carcinoma were enrolled and 2:1 randomly assigned",
                "The second end points included overall survival, side effects and local control.",
                r.detailedDescription());
        assertEquals(List.of("Esophageal Squamous Cell Carcinoma", "Oligometastatic Disease", "Radiotherapy"),
                r.conditions());
        String local = "PD-1 inhibitor+/- chemotherapy combined with local therapy";
        String alone = "PD-1 inhibitor +/- chemotherapy alone";
        assertEquals(List.of(
                new Arm(local, null, "Patients randomized to this arm will receive local treatment combined with "
                        + "systemic treatment (immunotherapy or chemo-immunotherapy)", List.of(local)),
                new Arm(alone, null, "Patients randomized to this arm will receive only systemic treatment "
                        + "(immunotherapy or chemo-immunotherapy)", List.of("systemic therapy alone"))), r.arms());
        assertEquals(List.of(
                new Intervention("COMBINATION_PRODUCT", local, null, List.of(), List.of(local)),
                new Intervention("DRUG", "systemic therapy alone", null, List.of(), List.of(alone))),
                r.interventions());
        assertEquals(List.of(
                new Outcome("PRIMARY", "Progression-free survival difference of PD-1 inhibitor+radiotherapy and PD-1 "
                        + "inhibitor alone", "The time between the start of the study treatment(day 1) and "
                        + "progression disease(PD)", "3-year"),
                new Outcome("SECONDARY", "local control rate", "the portion of patients who do not develop "
                        + "progression disease or exacerbation of clinical symptoms despite stable disease",
                        "1-year, 3-year"),
                new Outcome("SECONDARY", "overall survival difference of PD-1 inhibitor+radiotherapy and PD-1 "
                        + "inhibitor alone", "The time between the start of the study treatment(day 1) and death from "
                        + "an cause or last follow-up for patients alive at the end of the study", "3-year"),
                new Outcome("SECONDARY", "treatment related side effect", "Record the treatment related side effects "
                        + "including acute and late side effects",
                        "acute side effects within 3 months, late side effects for 3 months later")), r.outcomes());
        assertNull(r.eligibility().minAge());
        assertNull(r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertNull(r.eligibility().healthyVolunteers());
        assertText("Inclusion Criteria:\n\n1. ≥18 years old; 2. ECOG 0-1;",
                "Exclusion Criteria:\n\n1. History of disseminated metastases or ASTRO/ESTRO defined induced "
                        + "oligometastatic disease 2.Esophageal perforation/hemorrhage 3.Progression disease after PD-1 "
                        + "inhibitor treatment 4.In-field recurrence 5.Intolerance to chemotherapy or immunotherapy "
                        + "6.lung V20>25%", r.eligibility().criteria());
        assertEquals(List.of(new Sponsor("Fudan University", "LEAD", null)), r.sponsors());
        assertNull(r.responsibleParty());
        assertEquals(List.of(), r.investigators());
        assertEquals(List.of(new Site("Fudan University Shanghai cancer center", "Shanghai", null, null, "China", null,
                null, null)), r.sites());
        assertEquals(List.of("China"), r.countries());
        assertEquals(List.of(), r.references());
        assertEquals(List.of(), r.otherIds());
        assertNothingElse(r);
    }

    @Test
    void readsCsvRowAndRepairsMisDecodedCharacters() throws Exception {
        TrialRecord r = read("004");
        assertEquals("ctgov-csv-row", r.source().layout());
        assertEquals(List.of(), r.ids());
        assertEquals(List.of(), r.related());
        assertEquals("A Clinical Study Of Camrelizumab With Or Without Radiotherapy In The Treatment Of Esophageal "
                + "Cancer", r.title());
        assertNull(r.status());
        assertEquals(List.of("PHASE2"), r.phases(), "from 'We designed a ... phase II clinical study'");
        assertNull(r.studyType());
        assertTrue(r.design().isEmpty());
        assertNull(r.enrollment());
        assertEquals("The purpose of this study is to observe and evaluate the efficacy and safety of Camrelizumab "
                + "combined with or without radiotherapy for the treatment of recurrent or metastatic esophageal "
                + "cancer that has progressed after chemotherapy", r.briefSummary());
        assertText("In China, the incidence of esophageal cancer has declined in recent years,",
                "camrelizumab with or without radiotherapy for advanced esophageal cancer.", r.detailedDescription());
        assertEquals(List.of("Esophageal Cancer"), r.conditions());
        assertEquals(List.of(), r.arms());
        assertEquals(List.of(
                new Intervention("DRUG", "Camrelizumab+Radiotherapy", null, List.of(), List.of()),
                new Intervention("DRUG", "Camrelizumab", null, List.of(), List.of())), r.interventions());
        assertEquals(List.of(
                new Outcome("PRIMARY", "Progression-free Survival (PFS) per RECIST 1.1", "PFS is defined as the time "
                        + "from randomization to the first documented disease progression per RECIST 1.1 based on "
                        + "blinded independent central review or death due to any cause, whichever occurs first.",
                        "Up to 24 months"),
                new Outcome("SECONDARY", "Objective Response Rate (ORR) per Response Evaluation Criteria in Solid "
                        + "Tumors (RECIST) Version 1.1", "ORR is defined as the percentage of participants in the "
                        + "analysis population who have a Complete Response (CR: Disappearance of all target lesions) "
                        + "or a Partial Response (PR: ≥30% decrease in the sum of diameters of target lesions) per "
                        + "RECIST 1.1.", "Up to approximately 6 months."),
                new Outcome("SECONDARY", "Overall Survival (OS)", "defined as the time from randomization to death from "
                        + "any cause during the course of the study.", "Up to 24 months"),
                new Outcome("SECONDARY", "Number of Subjects with treatment-related adverse events (AEs)",
                        "Incidence, nature, and severity of adverse events graded according to the NCI CTCAE v5.0.",
                        "Up to 24 months"),
                new Outcome("SECONDARY", "Failure mode", "Observe and collect the reasons for the treatment failure of "
                        + "the subjects during the study", "Up to 24 months")), r.outcomes());
        assertFalse(r.outcomes().toString().contains("â"), "no mis-decoded characters left");
        assertTrue(r.eligibility().isEmpty());
        assertEquals(List.of(), r.sponsors());
        assertNull(r.responsibleParty());
        assertEquals(List.of(), r.investigators());
        assertEquals(List.of(), r.sites());
        assertEquals(List.of(), r.countries());
        assertEquals(List.of(), r.references());
        assertEquals(List.of(), r.otherIds());
        assertNothingElse(r);
    }
}
