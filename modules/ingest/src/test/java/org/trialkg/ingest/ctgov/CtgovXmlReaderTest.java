package org.trialkg.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.model.Arm;
import org.trialkg.model.Design;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class CtgovXmlReaderTest {
    private final CtgovXmlReader reader = new CtgovXmlReader();

    private TrialRecord one(Path file) {
        CollectingSink c = Inputs.read(reader, Inputs.file(file));
        assertEquals(List.of(), c.problems);
        assertEquals(1, c.records.size());
        return c.records.get(0);
    }

    @Test
    void readsOneRecordFromEveryFileOfTheAllPublicXmlSubset() throws Exception {
        Path dir = Inputs.shared("ctgov-xml/allpublicxml-subset");
        int[] counts = new int[3];
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                CollectingSink c = Inputs.read(reader, Inputs.file(f));
                counts[0]++;
                counts[1] += c.records.size();
                counts[2] += c.problems.size();
            });
        }
        assertEquals(6786, counts[0]);
        assertEquals(6786, counts[1]);
        assertEquals(0, counts[2]);
    }

    @Test
    void mapsTheVaccineBoosterStudyWithItsEudraCtNumber() {
        TrialRecord r = one(Inputs.shared("ctgov-xml/allpublicxml-subset/NCT0046xxxx/NCT00463437.xml"));
        assertEquals("NCT00463437", r.primaryId().orElseThrow().value());
        assertEquals("Pneumococcal Vaccine Booster Study in Healthy Children 11-18 Months Old Previously Primed With "
                + "the Same Vaccines", r.title());
        assertTrue(r.otherIds().contains(new OtherId("109507", "ORG_STUDY_ID", "GlaxoSmithKline")));
        assertTrue(r.otherIds().contains(new OtherId("2006-005733-38", "SECONDARY_ID", null)));
        assertEquals("2006-005733-38", r.secondaryRegistryIds().get(0).value());
        assertEquals("euctr", r.secondaryRegistryIds().get(0).registry().slug());
        assertEquals(List.of(new Sponsor("GlaxoSmithKline", "LEAD", "INDUSTRY")), r.sponsors());
        assertEquals("COMPLETED", r.status());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "PREVENTION", "NONE"), r.design());
        assertEquals(1437, r.enrollment().count());
        assertEquals("ACTUAL", r.enrollment().type());
        assertEquals("2007-04-25", r.startDate());
        assertEquals("2008-06-14", r.completionDate());
        assertEquals("2020-01-02", r.lastUpdated());
        assertEquals(List.of("Hepatitis B", "Acellular Pertussis", "Tetanus", "Poliomyelitis", "Diphtheria",
                "Streptococcus Pneumoniae Vaccines"), r.conditions());
        assertTrue(r.keywords().contains("Booster vaccination."));
        assertEquals(4, r.arms().size());
        Arm comparator = r.arms().get(3);
        assertEquals("Prevenar™ + Menitorix™", comparator.label());
        assertEquals("ACTIVE_COMPARATOR", comparator.type());
        assertEquals(List.of("Prevenar", "Infanrix penta", "Infanrix IPV", "Menitorix"), comparator.interventions());
        Intervention prevenar = r.interventions().get(1);
        assertEquals("BIOLOGICAL", prevenar.type());
        assertEquals("Prevenar", prevenar.name());
        assertEquals(List.of("Pneumococcal conjugate vaccine (Wyeth Lederle)."), prevenar.otherNames());
        assertEquals(List.of("Prevenar™ + Menitorix™"), prevenar.armLabels());
        assertEquals(new Outcome("PRIMARY", "Number of Subjects Reporting Fever Above 39.0 Degree Celsius (°C)",
                "Fever was measured as rectal temperature.", "During the 4-day (Day 0-3) period after the booster vaccination"), r.outcomes().get(0));
        assertEquals("11 Months", r.eligibility().minAge());
        assertEquals("18 Months", r.eligibility().maxAge());
        assertEquals("ALL", r.eligibility().sex());
        assertEquals(Boolean.TRUE, r.eligibility().healthyVolunteers());
        assertEquals(new Investigator("GSK Clinical Trials", "STUDY_DIRECTOR", "GlaxoSmithKline", null),
                r.investigators().get(0));
        assertEquals(new Site("GSK Investigational Site", "Bad Saulgau", "Baden-Wuerttemberg", "88348", "Germany",
                null, null, null), r.sites().get(0));
        assertTrue(r.countries().contains("Germany"));
        assertEquals(List.of("19325447", "19325452", "19325450"),
                r.references().stream().map(ref -> ref.pmid()).limit(3).toList());
        assertTrue(r.meshTerms().contains(new MeshTerm(null, "Pneumonia, Pneumococcal", "CONDITION")));
        assertTrue(r.meshTerms().contains(new MeshTerm(null, "Heptavalent Pneumococcal Conjugate Vaccine",
                "INTERVENTION")));
        assertTrue(r.briefSummary().startsWith("The purpose of this study is to assess the safety in terms of fever "
                + "(rectal temperature) higher than 39 degree Celcius"), "wrapped lines joined: " + r.briefSummary());
    }

    @Test
    void mapsTheCamrelizumabStudyOfTheSample() {
        TrialRecord r = one(Inputs.shared("ctgov-xml/sample-2023/NCT05380986.xml"));
        assertEquals("Camrelizumab Combined With Apatinib Mesylate", r.title());
        assertEquals(List.of(new OtherId("SHR-1210-RWS", "ORG_STUDY_ID", "Henan Cancer Hospital")), r.otherIds());
        assertEquals(List.of(new Sponsor("Henan Cancer Hospital", "LEAD", "OTHER")), r.sponsors());
        assertEquals("RECRUITING", r.status());
        assertEquals(List.of("NA"), r.phases());
        assertEquals(new Design("NA", "SINGLE_GROUP", "TREATMENT", "NONE"), r.design());
        assertEquals(500, r.enrollment().count());
        assertEquals("ESTIMATED", r.enrollment().type(), "Anticipated is an estimate");
        assertEquals("2022-05-20", r.startDate());
        assertEquals("2025-05-01", r.completionDate());
        assertEquals(List.of(new Arm("Camrelizumab combined with apatinib mesylate", "EXPERIMENTAL",
                r.arms().get(0).description(), List.of("Camrelizumab combined with apatinib mesylate"))), r.arms());
        assertEquals("18 Years", r.eligibility().minAge());
        assertNull(r.eligibility().maxAge(), "N/A is no limit");
        assertEquals(Boolean.FALSE, r.eligibility().healthyVolunteers());
        assertEquals(new Site("Henan Tumor Hospital", "Henan", null, null, "China", "RECRUITING", null, null),
                r.sites().get(0));
        assertEquals(List.of(), r.investigators(), "a site's contact is not one of the study's investigators");
        assertTrue(r.meshTerms().contains(new MeshTerm(null, "Apatinib", "INTERVENTION")));
        assertEquals("The purpose of this study is to observe the safety of camrelizumab combined with apatinib "
                + "mesylate in the treatment of solid tumors", r.briefSummary());
        assertTrue(r.detailedDescription().contains("solid tumors.\n\nThis study adopted"), r.detailedDescription());
    }

    @Test
    void mapsAliasResultsReferenceAndOldDesignWords() {
        TrialRecord r = one(Inputs.shared("ctgov-xml/aact-fixtures/NCT00081588.xml"));
        assertTrue(r.otherIds().contains(new OtherId("NCT00980226", "NCT_ALIAS", "ClinicalTrials.gov")));
        assertEquals(List.of("PHASE2"), r.phases());
        assertEquals(new Design("NON_RANDOMIZED", "SINGLE_GROUP", "TREATMENT", "NONE"), r.design());
        assertEquals(555, r.enrollment().count());
        assertEquals("2003-11", r.startDate());
        assertEquals("2008-12", r.completionDate());
        assertEquals("17621237", r.references().get(0).pmid());
        assertEquals("RESULT", r.references().get(0).type());
        assertEquals(new Site(null, "Birmingham", "Alabama", null, "United States", null, null, null),
                r.sites().get(0));
        assertEquals("SPONSOR", r.responsibleParty().type());
    }

    @Test
    void readsTwoPhasesWrittenWithASlash() {
        TrialRecord r = one(Inputs.shared("ctgov-xml/aact-fixtures/NCT01534533.xml"));
        assertEquals(List.of("PHASE2", "PHASE3"), r.phases());
    }

    @Test
    void reportsAStudyWhoseIdDiffersFromItsFileName() {
        CollectingSink c = Inputs.read(reader,
                Inputs.file(Inputs.shared("ctgov-xml/aact-fixtures/NCT00980226-id-mismatch.xml")));
        assertEquals(List.of(), c.records);
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().contains("named for NCT00980226 but its <nct_id> is NCT00081588"));
    }

    @Test
    void reportsAnInvalidNctId() {
        CollectingSink c = Inputs.read(reader, Inputs.resource("invalid-nct-id.xml"));
        assertEquals(List.of(), c.records);
        assertTrue(c.problems.get(0).message().contains("'NCT1234' is not a valid NCT number"));
    }

    @Test
    void doesNotClaimOrStoreXmlThatIsNotAStudy() {
        Path rss = Inputs.shared("ctgov-xml/aact-fixtures/covid_search.xml");
        assertEquals(Claim.NONE, reader.confidence(Inputs.file(rss)));
        CollectingSink c = Inputs.read(reader, Inputs.file(rss));
        assertEquals(List.of(), c.records);
        assertTrue(c.problems.get(0).message().contains("root element is <rss>"));
    }

    @Test
    void neverResolvesAnExternalEntity() {
        CollectingSink c = Inputs.read(reader, Inputs.resource("xxe.xml"));
        assertEquals(1, c.records.size() + c.problems.size());
        for (TrialRecord r : c.records) {
            assertFalse(String.valueOf(r).contains("root:"), "content of /etc/passwd in the record");
        }
        c.problems.forEach(p -> assertFalse(p.message().contains("root:")));
    }
}
