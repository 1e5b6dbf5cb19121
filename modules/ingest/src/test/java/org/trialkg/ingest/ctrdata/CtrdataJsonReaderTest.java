package org.trialkg.ingest.ctrdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.ictrp.SharedSamples;
import org.trialkg.model.Intervention;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class CtrdataJsonReaderTest {
    private final CtrdataJsonReader reader = new CtrdataJsonReader();

    private TrialRecord read(String file) throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("other-registries/ctrdata/" + file)));
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(1, c.records.size());
        return c.records.get(0);
    }

    @Test
    void readsEveryRealRecordOnce() throws Exception {
        Path dir = SharedSamples.data("other-registries/ctrdata/ISRCTN_12949496.json").getParent();
        try (var files = Files.list(dir)) {
            List<Path> all = files.sorted().toList();
            assertEquals(25, all.size());
            for (Path p : all) {
                CollectingSink c = SharedSamples.read(reader, SharedSamples.input(p));
                assertEquals(1, c.records.size(), p + ": " + c.problems);
                String expected = p.getFileName().toString().replaceAll("^[A-Z0-9]+_|\\.json$", "")
                        .replaceAll("^(\\d{4}-\\d{6}-\\d{2})-[A-Z]{2}$", "$1");
                assertTrue(c.records.get(0).primaryId().orElseThrow().value().endsWith(expected), p.toString());
            }
        }
    }

    @Test
    void mapsEuctrProtocolFields() throws Exception {
        TrialRecord r = read("EUCTR_2016-004489-24-DE.json");
        assertEquals(new RegistryId(Registry.EUCTR, "2016-004489-24"), r.primaryId().orElseThrow());
        assertTrue(r.officialTitle().startsWith("A Prospective, Randomised, Active-Controlled, Single-blind"));
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("COMPLETED", r.status());
        assertEquals(List.of(new Sponsor("Instituto Grifols, S.A", Sponsor.LEAD, "INDUSTRY")), r.sponsors());
        assertEquals(List.of("Treatment of haemorrage during surgery"), r.conditions());
        assertEquals(List.of("FS Grifols", "Evicel"), r.interventions().stream().map(Intervention::name).toList());
        assertEquals(List.of("VeraSeal EU/ VistaSeal USA", "Human Fibrinogen", "Human Thrombin"),
                r.interventions().get(0).otherNames());
        assertEquals(List.of("Germany"), r.countries());
        assertEquals("2019-01-18", r.startDate());
        assertEquals("2022-05-20", r.completionDate());
        assertEquals(172, r.enrollment().count());
        assertEquals(List.of(new RegistryId(Registry.NCT, "NCT03461406")), r.secondaryRegistryIds());
        assertEquals("ALL", r.eligibility().sex());
    }

    @Test
    void mapsEuctrPhasesAndNctLink() throws Exception {
        TrialRecord r = read("EUCTR_2019-002663-10-ES.json");
        assertEquals(List.of("PHASE2", "PHASE3"), r.phases());
        assertEquals(List.of(new RegistryId(Registry.NCT, "NCT04089566")), r.secondaryRegistryIds());
        assertEquals(List.of("Spinraza", "Nusinersen"), r.interventions().stream().map(Intervention::name).toList());
    }

    @Test
    void mapsCtisInBothStoredShapes() throws Exception {
        TrialRecord old = read("CTIS_2022-500244-37-00.json");
        assertEquals(new RegistryId(Registry.CTIS, "2022-500244-37-00"), old.primaryId().orElseThrow());
        assertEquals(List.of("PHASE2"), old.phases());
        assertEquals(List.of("COVID-19"), old.conditions());
        assertEquals("Kinarus AG", old.sponsors().get(0).name());
        assertEquals(Sponsor.LEAD, old.sponsors().get(0).role());
        assertEquals(List.of("pioglitazone hydrochloride", "Pioglitazone Placebo", "pamapimod", "Pamapimod Placebo"),
                old.interventions().stream().map(Intervention::name).toList());
        assertEquals(150, old.enrollment().count());

        TrialRecord current = read("CTIS_2023-505613-24-00.json");
        assertEquals("Posaconazole (MK-5592) IV and oral in children (less than 2 years) with IFI", current.title());
        assertEquals("Merck Sharp & Dohme LLC", current.sponsors().get(0).name());
        assertEquals(List.of("Fungal infection"), current.conditions());
        assertEquals("2021-04-28", current.startDate());
        assertTrue(current.countries().containsAll(List.of("Belgium", "Poland", "Greece", "Israel")));
        assertEquals(List.of(new RegistryId(Registry.NCT, "NCT04665037")), current.secondaryRegistryIds());
        assertEquals("Noxafil 300 mg concentrate for solution for infusion", current.interventions().get(0).name());
        assertEquals(List.of("posaconazole"), current.interventions().get(0).otherNames());
    }

    @Test
    void mapsIsrctnWithSecondaryIdsAsLinks() throws Exception {
        TrialRecord r = read("ISRCTN_80181452.json");
        assertEquals(new RegistryId(Registry.ISRCTN, "ISRCTN80181452"), r.primaryId().orElseThrow());
        assertEquals("Neonatal European Study of Inhaled Steroids", r.title());
        assertEquals("NEuroSIS", r.acronym());
        assertEquals(List.of("Bronchopulmonary dysplasia"), r.conditions());
        assertEquals(List.of(new Intervention("DRUG", "Budesonide", r.interventions().get(0).description(),
                List.of(), List.of())), r.interventions());
        assertEquals(List.of("PHASE3"), r.phases());
        assertEquals("2010-04-01", r.startDate());
        assertEquals("2012-03-31", r.completionDate());
        assertEquals(850, r.enrollment().count());
        assertEquals("United Kingdom", r.countries().get(0));
        assertEquals("Tuebingen", r.sites().get(0).city());
        assertEquals(List.of(new RegistryId(Registry.NCT, "NCT01035190")), r.secondaryRegistryIds());

        TrialRecord mint = read("ISRCTN_12949496.json");
        assertEquals(List.of(new RegistryId(Registry.EUCTR, "2014-002988-16")), mint.secondaryRegistryIds());
    }

    @Test
    void mapsClassicAndV2ClinicalTrialsGovMinimally() throws Exception {
        TrialRecord classic = read("CTGOV_NCT03548584.json");
        assertEquals("NCT03548584", classic.primaryId().orElseThrow().value());
        assertTrue(classic.title().contains("Alzheimer's Type"), "XML escapes are undone: " + classic.title());
        assertEquals("COMPLETED", classic.status());
        assertEquals(List.of("PHASE3"), classic.phases());
        assertEquals("Otsuka Pharmaceutical Development & Commercialization, Inc.", classic.sponsors().get(0).name());
        assertEquals(List.of("Brexpiprazole", "Placebo"), classic.interventions().stream().map(Intervention::name).toList());

        TrialRecord v2 = read("CTGOV2_NCT03275402.json");
        assertEquals(List.of("PHASE2", "PHASE3"), v2.phases());
        assertEquals("TERMINATED", v2.status());
        assertEquals("Y-mAbs Therapeutics", v2.sponsors().get(0).name());
        assertEquals(List.of("131I-omburtamab"), v2.interventions().stream().map(Intervention::name).toList());
    }

    @Test
    void detectsRecordsFromContentAndReportsOthers() throws Exception {
        var euctr = SharedSamples.input(SharedSamples.data("other-registries/ctrdata/EUCTR_2013-000615-24-BE.json"));
        var renamed = new org.trialkg.ingest.SourceInput("record.txt", euctr.size(), euctr.head(), euctr::open);
        assertTrue(reader.confidence(renamed).atLeast(Claim.REGISTRY_MARK));
        assertEquals(Claim.NONE, reader.confidence(SharedSamples.text("a.json", "{\"foo\": 1}")));
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("a.json", "{\"foo\": 1}"));
        assertEquals(1, c.problems.size());
        CollectingSink broken = SharedSamples.read(reader, SharedSamples.text("b.json",
                "{\"ctrname\": \"EUCTR\", \"a2_eudract_number\": "));
        assertEquals(1, broken.problems.size());
        assertTrue(broken.problems.get(0).message().startsWith("broken JSON"));
    }
}
