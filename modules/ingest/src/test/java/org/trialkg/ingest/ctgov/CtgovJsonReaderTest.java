package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.model.Arm;
import org.trialkg.model.Intervention;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Reference;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class CtgovJsonReaderTest {
    private final CtgovJsonReader reader = new CtgovJsonReader();

    private static String study(String nct, String title) {
        return "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"" + nct + "\",\"briefTitle\":\"" + title
                + "\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\"}},\"hasResults\":false}";
    }

    @Test
    void readsEveryStudyOfTheNsclcDownload() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/nsclc-phase3-100.json")));
        assertEquals(100, c.records.size());
        assertEquals(List.of(), c.problems);
        assertEquals(100, c.records.stream().map(r -> r.primaryId().orElseThrow()).distinct().count());
        assertTrue(c.records.stream().allMatch(r -> r.source().layout().equals("ctgov-json")
                && r.source().recordKey().equals(r.primaryId().orElseThrow().value())
                && r.source().contentHash().length() == 64));
    }

    @Test
    void mapsTheAppleTrialModuleByModule() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/nsclc-phase3-100.json")));
        TrialRecord r = c.byId("NCT02856893");
        assertEquals("Osimertinib Treatment on EGFR T790M Plasma Positive NSCLC Patients (APPLE)", r.title());
        assertTrue(r.officialTitle().startsWith("APPLE Trial: Feasibility and Activity of AZD9291 (Osimertinib)"));
        assertEquals("APPLE", r.acronym());
        assertTrue(r.otherIds().contains(new OtherId("EORTC-1613", "ORG_STUDY_ID",
                "European Organisation for Research and Treatment of Cancer - EORTC")));
        assertTrue(r.otherIds().contains(new OtherId("ESR-15-11406", "OTHER", "Astra Zeneca")));
        assertEquals("ACTIVE_NOT_RECRUITING", r.status());
        assertEquals("2017-10-10", r.startDate());
        assertEquals("2027-12", r.completionDate());
        assertEquals("2025-10-31", r.lastUpdated());
        assertEquals(List.of("PHASE2"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals("RANDOMIZED", r.design().allocation());
        assertEquals("PARALLEL", r.design().model());
        assertEquals("TREATMENT", r.design().purpose());
        assertEquals("NONE", r.design().masking());
        assertEquals(156, r.enrollment().count());
        assertEquals("ACTUAL", r.enrollment().type());
        assertEquals(List.of(new Sponsor("European Organisation for Research and Treatment of Cancer - EORTC",
                "LEAD", "NETWORK"), new Sponsor("AstraZeneca", "COLLABORATOR", "INDUSTRY")), r.sponsors());
        assertEquals("SPONSOR", r.responsibleParty().type());
        assertEquals(List.of("NSCLC"), r.conditions());
        assertTrue(r.keywords().containsAll(List.of("AZD9291", "liquid biopsy", "ctDNA")));
        assertEquals(3, r.arms().size());
        Arm second = r.arms().get(1);
        assertEquals("Gefitinib till + blood test/progression than Osimertinib", second.label());
        assertEquals("EXPERIMENTAL", second.type());
        assertEquals(List.of("Osimertinib", "Gefitinib"), second.interventions(), "type prefix 'Drug: ' stripped");
        assertEquals("ACTIVE_COMPARATOR", r.arms().get(2).type());
        Intervention osimertinib = r.interventions().get(0);
        assertEquals("DRUG", osimertinib.type());
        assertEquals("Osimertinib", osimertinib.name());
        assertEquals("Osimertinib 60 or 40 mg daily until progression", osimertinib.description());
        assertEquals(List.of("AZD9291, Tagrisso"), osimertinib.otherNames());
        assertEquals(3, osimertinib.armLabels().size());
        assertEquals(List.of("Iressa"), r.interventions().get(1).otherNames());
        Outcome primary = r.outcomes().get(0);
        assertEquals("PRIMARY", primary.kind());
        assertEquals("PFS Rate at 18 Months", primary.measure());
        assertEquals("18 months after randomization", primary.timeFrame());
        assertTrue(r.outcomes().stream().anyMatch(o -> o.kind().equals("SECONDARY")
                && o.measure().equals("Time to Progression on Osimertinib")));
        assertEquals("18 Years", r.eligibility().minAge());
        assertNull(r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertEquals(Boolean.FALSE, r.eligibility().healthyVolunteers());
        assertTrue(r.eligibility().criteria().startsWith("Inclusion:"));
        assertEquals("Rafal Dziadziuszko, MD PhD", r.investigators().get(0).name());
        assertEquals("PRINCIPAL_INVESTIGATOR", r.investigators().get(0).role());
        assertEquals("Mecical University of Gdansk, Poland", r.investigators().get(0).affiliation());
        assertEquals(new Site("Institut Jules Bordet", "Brussels", "Bruxelles Région", "1070", "Belgium", null,
                50.85045, 4.34878), r.sites().get(0));
        assertEquals("Bordeaux", r.sites().get(1).city());
        assertTrue(r.countries().containsAll(List.of("Belgium", "France")));
        Reference ref = r.references().get(0);
        assertEquals("38324744", ref.pmid());
        assertEquals("10.1200/JCO.23.01521", ref.doi());
        assertEquals("DERIVED", ref.type());
        assertEquals(List.of(new MeshTerm("C000596361", "osimertinib", "INTERVENTION"),
                new MeshTerm("D000077156", "Gefitinib", "INTERVENTION")), r.meshTerms());
    }

    @Test
    void mapsTheLung05StudyWithItsInvestigatorAndGeoPoint() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/nsclc-phase3-100.json")));
        TrialRecord r = c.records.get(0);
        assertEquals("NCT06576635", r.primaryId().orElseThrow().value());
        assertEquals("LUNG-05", r.acronym());
        assertEquals("RECRUITING", r.status());
        assertEquals(List.of("NA"), r.phases());
        assertEquals("NA", r.design().allocation());
        assertEquals("SINGLE_GROUP", r.design().model());
        assertEquals(29, r.enrollment().count());
        assertEquals("ESTIMATED", r.enrollment().type());
        assertEquals("2024-12-16", r.startDate());
        assertEquals("2026-09", r.completionDate());
        assertEquals("PRINCIPAL_INVESTIGATOR", r.responsibleParty().type());
        assertEquals("Frank Weinberg", r.responsibleParty().name());
        assertEquals(List.of(new Arm("Single Arm", "OTHER", r.arms().get(0).description(), List.of("Docetaxel",
                "Paclitaxel", "Gemcitabine", "Pemetrexed", "Vinorelbine"))), r.arms());
        assertEquals(List.of("Single Arm"), r.interventions().get(0).armLabels());
        assertEquals(new Site("University of Illinois Cancer Center", "Chicago", "Illinois", "60612", "United States",
                "RECRUITING", 41.85003, -87.65005), r.sites().get(0));
        assertTrue(r.investigators().stream().anyMatch(i -> i.role().equals("CONTACT")
                && i.name().equals("Frank Weinberg, MD, PhD")));
        assertEquals(List.of("PRIMARY", "SECONDARY", "OTHER"),
                r.outcomes().stream().map(Outcome::kind).distinct().toList());
        assertTrue(r.meshTerms().contains(new MeshTerm("D000077143", "Docetaxel", "INTERVENTION")));
    }

    @Test
    void mapsConditionMeshPhasesAndManyOtherNames() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/nsclc-phase3-100.json")));
        TrialRecord r = c.byId("NCT05816499");
        assertEquals(List.of("PHASE1", "PHASE2"), r.phases());
        assertTrue(r.meshTerms().contains(new MeshTerm("D002289", "Carcinoma, Non-Small-Cell Lung", "CONDITION")));
        assertEquals(List.of("AK104"), r.interventions().get(0).otherNames());
        assertTrue(r.interventions().get(2).otherNames().containsAll(List.of("Taxotere", "RP-56976")));
        assertEquals("21252716", r.references().get(0).pmid());
        assertEquals("BACKGROUND", r.references().get(0).type());
    }

    @Test
    void toleratesUnknownKeysSuchAsLocationsNested() {
        assertEquals(10, Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/dgg32-a.json"))).records.size());
        CollectingSink b = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/dgg32-b.json")));
        assertEquals(List.of(), b.problems);
        assertEquals("NCT02663973", b.records.get(0).primaryId().orElseThrow().value());
        assertEquals("Latin American Cooperative Oncology Group", b.records.get(0).sponsors().get(0).name());
        assertTrue(b.records.get(0).sites().size() > 1);
        assertEquals(50, Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-json/dgg32-c.json"))).records.size());
    }

    @Test
    void readsSingleStudyFilesAndReportsFragmentsAndClassicResponses() throws Exception {
        Path dir = Inputs.shared("ctgov-json/aact-fixtures");
        int records = 0;
        int classic = 0;
        for (Path f : Files.list(dir).sorted().toList()) {
            if (Files.size(f) == 0) {
                continue;
            }
            CollectingSink c = Inputs.read(reader, Inputs.file(f));
            records += c.records.size();
            classic += (int) c.problems.stream().filter(p -> p.message().contains("classic API v1")).count();
            assertEquals(1, c.records.size() + c.problems.size(), f + " gives one record or one problem");
        }
        assertEquals(15, records);
        assertEquals(8, classic, "three NCT*.json, covid-19-search, ctg_api_all, results_1/2, study_statistics");
        CollectingSink v1 = Inputs.read(reader, Inputs.file(dir.resolve("covid-19-search.json")));
        assertEquals("ClinicalTrials.gov classic API v1 response (FullStudiesResponse): not supported; download "
                + "API v2 JSON", v1.problems.get(0).message());
        CollectingSink fragment = Inputs.read(reader, Inputs.file(dir.resolve("browse_condition.json")));
        assertEquals("study 1", fragment.problems.get(0).record());
        assertTrue(fragment.problems.get(0).file().endsWith("browse_condition.json"));
        CollectingSink badId = Inputs.read(reader, Inputs.file(dir.resolve("study_data_phases.json")));
        assertTrue(badId.problems.get(0).message().contains("'NCT000001' is not a valid NCT number"));
        TrialRecord results = Inputs.read(reader, Inputs.file(dir.resolve("NCT02210780.json"))).records.get(0);
        assertEquals("NCT02210780", results.primaryId().orElseThrow().value());
    }

    @Test
    void keepsTheStudiesBeforeABreakInTruncatedJson() {
        String text = "[\n" + study("NCT00000101", "One") + ",\n" + study("NCT00000102", "Two") + ",\n"
                + study("NCT00000103", "Three").substring(0, 60);
        CollectingSink c = Inputs.read(reader, Inputs.text("cut.json", text));
        assertEquals(List.of("One", "Two"), c.records.stream().map(TrialRecord::title).toList());
        assertEquals(1, c.problems.size());
        assertEquals("study 3", c.problems.get(0).record());
        assertTrue(c.problems.get(0).message().startsWith("broken JSON at line 4"), c.problems.get(0).message());
    }

    @Test
    void keepsTheStudiesBeforeTheCutOfARealDownload() throws Exception {
        byte[] all = Files.readAllBytes(Inputs.shared("ctgov-json/nsclc-phase3-100.json"));
        CollectingSink c = Inputs.read(reader, Inputs.text("half.json", Arrays.copyOf(all, all.length / 2)));
        assertEquals(1, c.problems.size());
        assertTrue(c.records.size() > 30 && c.records.size() < 70, "records before the cut: " + c.records.size());
        assertEquals("NCT06576635", c.records.get(0).primaryId().orElseThrow().value());
    }

    @Test
    void readsNewlineDelimitedStudiesAndApiPages() {
        String ndjson = study("NCT00000101", "One") + "\n" + study("NCT00000102", "Two") + "\n";
        assertEquals(2, Inputs.read(reader, Inputs.text("s.ndjson", ndjson)).records.size());
        String page = "{\"totalCount\":2,\"studies\":[" + study("NCT00000101", "One") + ","
                + study("NCT00000102", "Two") + "],\"nextPageToken\":\"abc\"}";
        CollectingSink c = Inputs.read(reader, Inputs.text("page.json", page));
        assertEquals(List.of("One", "Two"), c.records.stream().map(TrialRecord::title).toList());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void reportsAStudyWithoutNctIdAndReadsOn() {
        String text = "[{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"No ID\"}}},"
                + study("NCT00000102", "Two") + "]";
        CollectingSink c = Inputs.read(reader, Inputs.text("mixed.json", text));
        assertEquals(1, c.records.size());
        assertEquals("study 1", c.problems.get(0).record());
        assertEquals("mixed.json", c.problems.get(0).file());
    }

    @Test
    void hashesTheStudyIndependentlyOfKeyOrder() {
        String a = "{\"hasResults\":false,\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000101\","
                + "\"briefTitle\":\"One\"}}}";
        String b = "{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"One\",\"nctId\":\"NCT00000101\"}},"
                + "\"hasResults\":false}";
        String changed = b.replace("One", "Uno");
        String ha = Inputs.read(reader, Inputs.text("a.json", a)).records.get(0).source().contentHash();
        assertEquals(ha, Inputs.read(reader, Inputs.text("b.json", b)).records.get(0).source().contentHash());
        assertNotEquals(ha, Inputs.read(reader, Inputs.text("c.json", changed)).records.get(0).source().contentHash());
    }
}
