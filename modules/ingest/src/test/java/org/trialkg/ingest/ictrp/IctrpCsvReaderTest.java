package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.document.DocumentReader;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

class IctrpCsvReaderTest {
    private final IctrpCsvReader reader = new IctrpCsvReader();

    @Test
    void readsEveryRowOfBothRealExports() throws Exception {
        CollectingSink a = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-927-trials_7Apr2020.csv")));
        CollectingSink b = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-1135-trials.csv")));
        assertEquals(927, a.records.size(), a.problems.toString());
        assertEquals(1135, b.records.size(), b.problems.toString());
        assertTrue(a.problems.isEmpty() && b.problems.isEmpty());
    }

    @Test
    void mapsChictrRowValuesReadByHand() throws Exception {
        TrialRecord r = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-927-trials_7Apr2020.csv"))).byKey("ChiCTR2000029949");
        assertEquals(Registry.CHICTR, r.primaryId().orElseThrow().registry());
        assertEquals("A Medical Records Based Study for the Effectiveness of Extracorporeal Membrane Oxygenation in "
                + "Patients with Severe Novel Coronavirus Pneumonia (COVID-19)", r.title());
        assertEquals(r.title(), r.officialTitle(), "the padded scientific title is stripped");
        assertEquals(List.of(new Sponsor("Emergency Department of Zhongnan hospital of Wuhan University",
                Sponsor.LEAD, null)), r.sponsors());
        assertEquals("2020-02-16", r.startDate());
        assertEquals("2020-02-17", r.lastUpdated());
        assertEquals(40, r.enrollment().count(), "Case series:40;");
        assertEquals("OBSERVATIONAL", r.studyType());
        assertEquals(List.of(), r.phases(), "Retrospective study is no phase");
        assertNull(r.status(), "ICTRP's Not Recruiting has no single meaning");
        assertEquals(List.of("China"), r.countries());
        assertEquals(List.of("Novel Coronavirus Pneumonia (COVID-19)"), r.conditions());
        assertEquals(List.of(new Intervention(null, "Extracorporeal Membrane Oxygenation", null, List.of(),
                List.of("Case series"))), r.interventions());
        assertEquals(List.of("inhospital length", "inhospital mortality", "ECMO treatment length",
                "28th day mortality after admission"), r.outcomes().stream().map(Outcome::measure).toList());
        assertEquals("18 Years", r.eligibility().minAge());
        assertEquals("ALL", r.eligibility().sex());
        assertTrue(r.eligibility().criteria().startsWith("Inclusion criteria: 1. Aged >=18 years;\n2. Diagnosed"),
                r.eligibility().criteria());
        assertTrue(r.eligibility().criteria().endsWith("Exclusion criteria: Absolutely forbidden criteria for "
                + "ECMO application"));
        assertTrue(r.otherIds().contains(new OtherId("http://www.chictr.org.cn/showproj.aspx?proj=49181",
                IctrpRecordMapper.URL, "ChiCTR")));
        assertTrue(r.otherIds().contains(new OtherId("Yes", IctrpRecordMapper.RETROSPECTIVE, "WHO ICTRP")));
        assertEquals("ChiCTR2000029949", r.source().recordKey());
        assertEquals(64, r.source().contentHash().length());
    }

    @Test
    void mapsEuctrRowWithProductsMeddraTermAndBridging() throws Exception {
        TrialRecord r = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-927-trials_7Apr2020.csv"))).byKey("EUCTR2015-002340-14-NL");
        assertEquals(Registry.EUCTR, r.primaryId().orElseThrow().registry());
        assertEquals("2015-002340-14", r.primaryId().orElseThrow().value());
        assertEquals("Adaptive trial in severe pneumonia (REMAP-CAP)", r.title());
        assertEquals(List.of("PHASE4"), r.phases());
        assertEquals("INTERVENTIONAL", r.studyType());
        assertEquals(4000, r.enrollment().count());
        assertEquals("2015-09-16", r.startDate());
        assertEquals(15, r.countries().size());
        assertEquals("New Zealand", r.countries().get(0));
        assertEquals(List.of("Severe Community Acquired Pneumonia", "Community acquired pneumonia"), r.conditions());
        assertEquals(List.of("LEVOFLOXACIN", "HYDROCORTISONE", "CEFTRIAXONE", "AZITHROMYCIN", "CLARITHROMYCIN",
                "ERYTHROMYCIN", "AMOXICILLINE-CLAVULANTE", "AZITHROMYCIN", "CLARITHROMYCIN", "PIPERACILLIN-TAZOBACTAM"),
                r.interventions().stream().map(Intervention::name).toList());
        assertTrue(r.interventions().stream().allMatch(i -> "DRUG".equals(i.type())));
        assertEquals("ALL", r.eligibility().sex());
        assertTrue(r.otherIds().contains(new OtherId("parent", IctrpRecordMapper.BRIDGED, "WHO ICTRP")));
        assertNull(r.status(), "Authorised says nothing of recruitment");
    }

    @Test
    void mapsIrctRowWithNumberedInterventionsAndTwoPhases() throws Exception {
        TrialRecord r = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-927-trials_7Apr2020.csv"))).byKey("IRCT20100228003449N28");
        assertEquals(Registry.IRCT, r.primaryId().orElseThrow().registry());
        assertEquals("Interferon in treatment of COVID-19", r.title());
        assertEquals("Evaluating efficacy and safety of interferone ß-1a in the treatment COVID-19 infection",
                r.officialTitle());
        assertEquals(List.of("PHASE2", "PHASE3"), r.phases(), "2-3");
        assertEquals("RECRUITING", r.status());
        assertEquals("2020-03-15", r.startDate());
        assertEquals(30, r.enrollment().count());
        assertEquals("18 Years", r.eligibility().minAge());
        assertEquals("75 Years", r.eligibility().maxAge());
        assertEquals(List.of("Iran (Islamic Republic of)"), r.countries());
        assertEquals(2, r.interventions().size());
        assertTrue(r.interventions().get(0).name().startsWith("Concomitant"));
        assertEquals(List.of("Intervention group"), r.interventions().get(0).armLabels());
        assertTrue(r.interventions().get(1).name().startsWith("Patients will receive"));
        assertEquals(List.of("Control group"), r.interventions().get(1).armLabels());
        assertEquals(2, r.outcomes().size());
        assertEquals("Tehran University of Medical Sciences", r.sponsors().get(0).name());
    }

    @Test
    void mapsNctRowWithTypedInterventionsAndDesign() throws Exception {
        TrialRecord r = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/COVID19-927-trials_7Apr2020.csv"))).byKey("NCT04246242");
        assertEquals(List.of("Conventional treatment group", "arbidol,200mg,tid", "arbidol,400mg,tid"),
                r.interventions().stream().map(Intervention::name).toList());
        assertTrue(r.interventions().stream().allMatch(i -> "DRUG".equals(i.type())));
        assertEquals("RANDOMIZED", r.design().allocation());
        assertEquals("PARALLEL", r.design().model());
        assertEquals("SINGLE", r.design().masking());
        assertEquals("2020-01-25", r.startDate(), "January 25, 2020");
        assertEquals(List.of("PHASE4"), r.phases());
    }

    @Test
    void reportsBrokenQuoteOnceAndKeepsRowsBeforeIt() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("broken.csv",
                "TrialID,Public title,Target size\n"
                + "NCT04246242,\"First trial\",500\n"
                + "ChiCTR2000029949,\"Second trial,40\n"
                + "NCT04252274,\"Third trial\",20\n"));
        assertEquals(1, c.records.size());
        assertEquals("First trial", c.records.get(0).title());
        assertEquals(1, c.problems.size(), c.problems.toString());
        assertTrue(c.problems.get(0).message().contains("broken CSV"), c.problems.get(0).oneLine());
    }

    @Test
    void keepsATrialOfAnUnknownRegistryAndReportsARowWithoutIdByFileAndRow() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("ids.csv",
                "TrialID,Public title\nXYZ123,\"Unknown registry\"\n,\"No ID\"\nNCT04246242,\"Known\"\n"));
        assertEquals(2, c.records.size());
        assertEquals(org.trialkg.model.Registry.OTHER, c.records.get(0).primaryId().orElseThrow().registry());
        assertEquals("XYZ123", c.records.get(0).primaryId().orElseThrow().value());
        assertEquals(1, c.problems.size());
        assertEquals("ids.csv", c.problems.get(0).file());
        assertTrue(c.problems.get(0).record().contains("row 2"), c.problems.get(0).oneLine());
    }

    @Test
    void detectsExportFromContentDespiteWrongExtension() throws Exception {
        var input = SharedSamples.text("export.txt", "TrialID,Last Refreshed on,Public title,Scientific title\n"
                + "NCT04246242,\"3 February 2020\",\"T\",\"T\"\n");
        assertEquals(Claim.SIGNATURE, reader.confidence(input));
        assertEquals(Claim.NONE, reader.confidence(SharedSamples.text("other.csv", "NCT Number,Study Title\n")));
    }
}
