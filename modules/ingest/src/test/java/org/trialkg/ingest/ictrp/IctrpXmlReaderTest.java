package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.ingest.document.DocumentReader;
import org.trialkg.model.Intervention;
import org.trialkg.model.TrialRecord;

class IctrpXmlReaderTest {
    private final IctrpXmlReader reader = new IctrpXmlReader();

    @Test
    void readsAll578TrialsOfTheRealExport() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/ICTRP-Results_18Mar2020.xml")));
        assertEquals(578, c.records.size());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        Map<String, Long> byRegistry = c.records.stream().collect(Collectors.groupingBy(
                r -> r.primaryId().orElseThrow().registry().slug(), Collectors.counting()));
        assertEquals(Map.of("chictr", 476L, "nct", 102L), byRegistry);
    }

    @Test
    void keepsEveryRecordOfA2024ExportWhateverTheRegistrysIdScheme() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.input(SharedSamples.data(
                "documents/other-registry/WHO_ICTRP_export_hATTR_amyloidosis_2024.xml")));
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(95, c.records.size());
        assertEquals("2023-507385-11-00", c.byKey("CTIS2023-507385-11-00").primaryId().orElseThrow().value());
        assertEquals(org.trialkg.model.Registry.NTR, c.records.stream()
                .filter(r -> r.primaryId().orElseThrow().value().startsWith("NL-OMON")).findFirst().orElseThrow()
                .primaryId().orElseThrow().registry());
    }

    @Test
    void keepsARecordOfAnUnknownRegistryUnderItsIdAsGiven() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("new.xml",
                "<?xml version='1.0' encoding='UTF-8' ?><Trials_downloaded_from_ICTRP>"
                + "<Trial><TrialID>XYZCTR-2031-0042</TrialID><Public_title>From a new registry</Public_title></Trial>"
                + "</Trials_downloaded_from_ICTRP>"));
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(1, c.records.size());
        org.trialkg.model.RegistryId id = c.records.get(0).primaryId().orElseThrow();
        assertEquals(org.trialkg.model.Registry.OTHER, id.registry());
        assertEquals("XYZCTR-2031-0042", id.value());
    }

    @Test
    void mapsFirstTrialValuesReadByHand() throws Exception {
        TrialRecord r = SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/ICTRP-Results_18Mar2020.xml"))).byKey("ChiCTR2000029953");
        assertEquals("Construction and Analysis of Prognostic Predictive Model of Novel Coronavirus Pneumonia "
                + "(COVID-19)", r.title());
        assertEquals("Zhongnan Hospital of Wuhan University", r.sponsors().get(0).name());
        assertEquals("2020-02-01", r.startDate());
        assertEquals("2020-02-17", r.lastUpdated());
        assertEquals(400, r.enrollment().count(), "survival group:200;died:200;");
        assertEquals(List.of(), r.interventions().stream().map(Intervention::name).toList(),
                "survival group:none;died:none; names groups without an intervention");
        assertEquals(List.of("PHASE4"), SharedSamples.read(reader, SharedSamples.input(
                SharedSamples.data("ictrp/ICTRP-Results_18Mar2020.xml"))).byKey("ChiCTR2000029573").phases());
        assertEquals(List.of("2019-nCoV Pneumonia"), r.conditions());
        assertEquals("ALL", r.eligibility().sex());
    }

    @Test
    void reportsTruncatedXmlOnceAndKeepsTrialsBeforeIt() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("cut.xml",
                "<?xml version='1.0' encoding='UTF-8' ?><Trials_downloaded_from_ICTRP>"
                + "<Trial><TrialID>NCT04246242</TrialID><Public_title>One</Public_title></Trial>"
                + "<Trial><TrialID>ChiCTR2000029949</TrialID><Public_tit"));
        assertEquals(1, c.records.size());
        assertEquals("One", c.records.get(0).title());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().startsWith("broken XML"), c.problems.get(0).oneLine());
    }

    @Test
    void reportsXmlThatIsNotAnIctrpExport() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("study.xml",
                "<?xml version=\"1.0\"?><clinical_study><id_info><nct_id>NCT04246242</nct_id></id_info></clinical_study>"));
        assertTrue(c.records.isEmpty());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().contains("not an ICTRP XML export"), c.problems.get(0).oneLine());
    }

    @Test
    void refusesDoctypeWithExternalEntity() throws Exception {
        CollectingSink c = SharedSamples.read(reader, SharedSamples.text("xxe.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Trials_downloaded_from_ICTRP><Trial><TrialID>NCT04246242</TrialID>"
                + "<Public_title>&x;</Public_title></Trial></Trials_downloaded_from_ICTRP>"));
        assertTrue(c.records.stream().noneMatch(r -> r.title() != null && r.title().contains("root:")));
        assertEquals(1, c.records.size() + c.problems.size(), "one record without the entity, or one problem");
    }

    @Test
    void detectsExportFromContentDespiteWrongExtension() {
        var input = SharedSamples.text("results.html", "<?xml version='1.0' encoding='UTF-8' ?>"
                + "<Trials_downloaded_from_ICTRP>\n  <Trial>");
        assertEquals(Claim.SIGNATURE, reader.confidence(input));
        assertTrue(reader.confidence(input).compareTo(new DocumentReader().confidence(input)) > 0);
    }
}
