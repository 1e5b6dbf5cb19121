package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.model.Design;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class CtgovCsvReaderTest {
    private final CtgovCsvReader reader = new CtgovCsvReader();

    private static Intervention drug(String name) {
        return new Intervention("DRUG", name, null, List.of(), List.of());
    }

    @Test
    void readsEveryRowOfTheAlzheimerExport() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/alzheimer-4145.csv")));
        assertEquals(4145, c.records.size());
        assertEquals(List.of(), c.problems);
        assertTrue(c.records.stream().allMatch(r -> r.source().layout().equals("ctgov-csv")
                && r.source().recordKey().startsWith("NCT")));
    }

    @Test
    void mapsTheCurrentExportColumnSubset() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/alzheimer-4145.csv")));
        TrialRecord r = c.records.get(0);
        assertEquals("NCT02667496", r.primaryId().orElseThrow().value());
        assertEquals("Safety Study of Sargramostim in Treating Patients With Mild Cognitive Impairment Due to "
                + "Alzheimer's Disease", r.title());
        assertEquals("WITHDRAWN", r.status());
        assertEquals(List.of("Dementia Alzheimer's Type"), r.conditions());
        assertEquals(List.of(drug("Sargramostim GZ402664"), drug("Placebo"), drug("Florbetapir F18")),
                r.interventions());
        assertEquals(List.of(new Sponsor("Sanofi", "LEAD", null),
                new Sponsor("National Institute on Aging (NIA)", "COLLABORATOR", null)), r.sponsors());
        assertEquals("INTERVENTIONAL", r.studyType());
        TrialRecord second = c.byId("NCT01266525");
        assertEquals("COMPLETED", second.status());
        assertEquals(List.of(drug("SAR110894"), drug("placebo (for SAR110894)"), drug("Donepezil")),
                second.interventions());
        assertEquals(List.of(new Sponsor("Sanofi", "LEAD", null)), second.sponsors());
        TrialRecord behavioural = c.byId("NCT03928405");
        assertEquals("OTHER", behavioural.interventions().get(0).type());
        assertEquals("Exercises with Nintendo Wii virtual reality device", behavioural.interventions().get(0).name());
    }

    @Test
    void readsTheClassicExportAsCsvAndTsv() {
        CollectingSink csv = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/classic-searchresults.csv")));
        assertEquals(100, csv.records.size());
        assertEquals(List.of(), csv.problems);
        CollectingSink tsv = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/classic-searchresults.tsv")));
        assertEquals(40, tsv.records.size());
        assertEquals(List.of(), tsv.problems);
    }

    @Test
    void mapsClassicWordsToTheCurrentEnumerations() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/classic-searchresults.csv")));
        TrialRecord r = c.byId("NCT05712642");
        assertEquals("A Dosing Study of Intravitreal Bevacizumab for Retinopathy of Prematurity", r.title());
        assertEquals("COMPLETED", r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "DOUBLE"), r.design());
        assertEquals(19, r.enrollment().count());
        assertEquals(List.of(drug("Intravitreal Bevacizumab")), r.interventions());
        assertEquals(List.of(new Sponsor("Cairo University", "LEAD", "OTHER")), r.sponsors());
        assertEquals("ALL", r.eligibility().sex());
        assertEquals("28 Weeks", r.eligibility().minAge());
        assertEquals("40 Weeks", r.eligibility().maxAge());
        assertEquals("2020-02-01", r.startDate());
        assertEquals("2021-01-28", r.completionDate());
        assertEquals("2023-02-03", r.lastUpdated());
        assertEquals(List.of(new OtherId("MD-108-2019", "OTHER_ID", null)), r.otherIds());
        assertEquals(List.of(new Site("Faculty of Medicine Cairo University", "Cairo", null, null, "Egypt", null, null,
                null)), r.sites());
        assertEquals(3, r.outcomes().size());
        assertTrue(r.outcomes().get(0).measure().startsWith("Change in the serum systemic VEGF"));

        TrialRecord bread = c.byId("NCT05712629");
        assertEquals(List.of("Weight, Birth", "Weight, Body"), bread.conditions());
        assertEquals(List.of("NA"), bread.phases());
        assertEquals("TRIPLE", bread.design().masking());
        assertEquals("PREVENTION", bread.design().purpose());
        assertEquals("FEMALE", bread.eligibility().sex());
        assertEquals(List.of(new Sponsor("Andalas University", "LEAD", null), new Sponsor("National Institute of "
                + "Health Research and Development, Ministry of Health Republic of Indonesia", "COLLABORATOR", null)),
                bread.sponsors());
        assertEquals(new Site("Universitas Andalas", "Padang", "West Sumatera", null, "Indonesia", null, null, null),
                bread.sites().get(0));
        assertEquals("OTHER", bread.interventions().get(0).type());
    }

    @Test
    void mapsTheTabSeparatedClassicExport() {
        CollectingSink c = Inputs.read(reader, Inputs.file(Inputs.shared("ctgov-csv/classic-searchresults.tsv")));
        TrialRecord r = c.byId("NCT05600257");
        assertEquals("OBSERVATIONAL", r.studyType());
        assertEquals(List.of(), r.phases());
        assertEquals(1517, r.enrollment().count());
        assertEquals("23 Years", r.eligibility().minAge());
        assertEquals("89 Years", r.eligibility().maxAge());
        assertEquals(new Intervention("DEVICE", "DBT", null, List.of(), List.of()), r.interventions().get(0));
        assertEquals("2011-09-01", r.startDate());
        TrialRecord rebecca = c.byId("NCT03254875");
        assertEquals("REBECCA II", rebecca.acronym());
        assertEquals("BEHAVIORAL", rebecca.interventions().get(0).type());
        assertEquals("18 Years", rebecca.eligibility().minAge());
        assertNull(rebecca.eligibility().maxAge());
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "SUPPORTIVE_CARE", "SINGLE"), rebecca.design());
        assertEquals(3, rebecca.sponsors().size());
        assertEquals("Rigshospitalet, Denmark", rebecca.sponsors().get(1).name());
    }

    @Test
    void mapsEveryColumnOfTheFullCurrentExport() {
        CollectingSink c = Inputs.read(reader, Inputs.resource("current-export.csv"));
        TrialRecord r = c.byId("NCT07177794");
        assertEquals("TOR-CAP", r.acronym());
        assertTrue(r.briefSummary().contains("toripalimab and capecitabine\nafter"), "quoted value across lines");
        assertEquals(List.of("PHASE2", "PHASE3"), r.phases());
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "NONE"), r.design());
        assertEquals("RADIATION", r.interventions().get(2).type());
        assertEquals(new Outcome("PRIMARY", "Progression-free survival", "Time from randomisation to progression or "
                + "death, whichever comes first", "2 years"), r.outcomes().get(0));
        assertEquals(new Outcome("SECONDARY", "Overall survival", null, "3 years"), r.outcomes().get(1));
        assertEquals(new Outcome("SECONDARY", "Adverse events", null, null), r.outcomes().get(2));
        assertEquals(new Sponsor("Sun Yat-sen University", "LEAD", "OTHER"), r.sponsors().get(0));
        assertEquals(new Sponsor("Hengrui Medicine", "COLLABORATOR", null), r.sponsors().get(2));
        assertNull(r.eligibility().minAge(), "the current export gives age groups, not ages");
        assertEquals("2028-06-30", r.completionDate());
        assertTrue(r.secondaryRegistryIds().stream().anyMatch(id -> id.value().equals("2025-000123-45")));
        assertEquals(new Site("Sun Yat-sen University Cancer Center", "Guangzhou", "Guangdong", "510060", "China",
                null, null, null), r.sites().get(0));
        assertEquals(new Site("Henan Cancer Hospital", "Zhengzhou", "Henan", null, "China", null, null, null),
                r.sites().get(1));
        assertEquals(List.of("China"), r.countries());
    }

    @Test
    void reportsBadRowsAndReadsOn() {
        CollectingSink c = Inputs.read(reader, Inputs.resource("current-export.csv"));
        assertEquals(List.of("NCT07177794", "NCT07000004"),
                c.records.stream().map(r -> r.primaryId().orElseThrow().value()).toList());
        assertEquals(3, c.problems.size(), c.problems.toString());
        assertEquals("row 2", c.problems.get(0).record());
        assertTrue(c.problems.get(0).message().contains("'NCT123' is not a valid NCT number"));
        assertEquals("row 3 NCT07000002", c.problems.get(1).record());
        assertTrue(c.problems.get(1).message().contains("broken quote"));
        assertEquals("row 4 NCT07000003", c.problems.get(2).record());
        TrialRecord last = c.byId("NCT07000004");
        assertEquals("NOT_YET_RECRUITING", last.status());
        assertEquals(List.of("EARLY_PHASE1"), last.phases());
        assertEquals(new Sponsor("Sponsor W", "LEAD", "INDUSTRY"), last.sponsors().get(0));
    }

    @Test
    void hashesTheRowValues() {
        String csv = "Study Title,NCT Number\nOne,NCT00000101\nOne,NCT00000101\nTwo,NCT00000102\n";
        CollectingSink c = Inputs.read(reader, Inputs.text("t.csv", csv));
        assertEquals(c.records.get(0).source().contentHash(), c.records.get(1).source().contentHash());
        assertTrue(!c.records.get(0).source().contentHash().equals(c.records.get(2).source().contentHash()));
        assertEquals("NCT00000101", c.records.get(0).source().recordKey());
        CollectingSink headerOnly = Inputs.read(reader, Inputs.text("n.csv", "NCT Number,Study Title\n"));
        assertEquals(List.of(), headerOnly.records);
        CollectingSink notCtgov = Inputs.read(reader, Inputs.text("x.csv", "TrialID,Public title\nA,B\n"));
        assertTrue(notCtgov.problems.get(0).message().contains("no 'NCT Number' column"));
    }
}
