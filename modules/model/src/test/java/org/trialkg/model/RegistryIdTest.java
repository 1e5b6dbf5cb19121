package org.trialkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryIdTest {

    @Test
    void normalisesEachRegistryForm() {
        assertEquals(new RegistryId(Registry.NCT, "NCT07177794"), RegistryId.parse("nct07177794").orElseThrow());
        assertEquals("ChiCTR2000034346", RegistryId.parse("chictr2000034346").orElseThrow().value());
        assertEquals("ChiCTR-IOR-17011183", RegistryId.parse("ChiCTR-IOR-17011183").orElseThrow().value());
        RegistryId eu = RegistryId.parse("EUCTR2020-001113-21-FR").orElseThrow();
        assertEquals(Registry.EUCTR, eu.registry());
        assertEquals("2020-001113-21", eu.value());
        assertEquals(Registry.CTIS, RegistryId.parse("2024-510663-34-00").orElseThrow().registry());
        assertEquals(Registry.EUCTR, RegistryId.parse("2016-004489-24").orElseThrow().registry());
        assertEquals("JPRN-UMIN000040188", RegistryId.parse("JPRN-UMIN000040188").orElseThrow().value());
        assertEquals("JPRN-jRCTs031190227", RegistryId.parse("jRCTs031190227").orElseThrow().value());
        assertEquals("CTRI-2020-04-024773", RegistryId.parse("CTRI/2020/04/024773").orElseThrow().localName());
        assertEquals(Registry.IRCT, RegistryId.parse("IRCT20200318046812N1").orElseThrow().registry());
    }

    @Test
    void readsTheSchemesRegistriesUseToday() {
        RegistryId ctis = RegistryId.parse("CTIS2023-507385-11-00").orElseThrow();
        assertEquals(Registry.CTIS, ctis.registry());
        assertEquals("2023-507385-11-00", ctis.value(), "ICTRP's CTIS prefix is not part of the EU CT number");
        assertEquals(Registry.NTR, RegistryId.parse("NL-OMON55279").orElseThrow().registry());
        assertEquals("NL-OMON55279", RegistryId.parse("nl-omon55279").orElseThrow().value());
        assertEquals(Registry.ITMCTR, RegistryId.parse("ITMCTR2024000123").orElseThrow().registry());
        assertEquals(List.of("2023-507385-11-00", "NL-OMON55279"),
                RegistryId.findAll("see CTIS2023-507385-11-00 and NL-OMON55279").stream().map(RegistryId::value)
                        .toList());
    }

    @Test
    void keepsAnIdOfAnUnknownRegistryAsGivenButNeverFindsOneInText() {
        RegistryId other = RegistryId.parseOrOther(" XYZ/2031 #42 ").orElseThrow();
        assertEquals(Registry.OTHER, other.registry());
        assertEquals("XYZ/2031 #42", other.value());
        assertEquals("XYZ%2F2031%20%2342", other.localName(), "safe in an IRI path segment");
        assertEquals(Registry.NCT, RegistryId.parseOrOther("NCT07177794").orElseThrow().registry(),
                "a known registry wins");
        assertTrue(RegistryId.parseOrOther("  ").isEmpty());
        assertTrue(RegistryId.parse("XYZ/2031 #42").isEmpty(), "parse reads known registries only");
        assertEquals(List.of(), RegistryId.findAll("protocol XYZ/2031 version 4"));
    }

    @Test
    void rejectsMalformedIds() {
        assertTrue(RegistryId.parse("NCT1234567").isEmpty(), "7 digits");
        assertTrue(RegistryId.parse("NCT123456789").isEmpty(), "9 digits");
        assertTrue(RegistryId.parse("B2025-404-01").isEmpty(), "sponsor protocol number");
        assertThrows(IllegalArgumentException.class, () -> new RegistryId(Registry.NCT, "NCT12"));
    }

    @Test
    void findsIdsInTextInOrderWithoutRepeats() {
        List<RegistryId> ids = RegistryId.findAll(
                "Registered as NCT05244798 (also ChiCTR2000034346; EudraCT 2016-004489-24), see NCT05244798.");
        assertEquals(List.of("NCT05244798", "ChiCTR2000034346", "2016-004489-24"),
                ids.stream().map(RegistryId::value).toList());
    }

    @Test
    void recordDropsRelatedIdThatIsItsOwn() {
        RegistryId own = RegistryId.parse("NCT07177794").orElseThrow();
        TrialRecord r = TrialRecord.builder(new Source("f.txt", "test", "00", ""))
                .id(own).related(own).related(RegistryId.parse("NCT05791136").orElseThrow()).build();
        assertEquals(List.of(own), r.ids());
        assertEquals(List.of("NCT05791136"), r.related().stream().map(RegistryId::value).toList());
    }

    @Test
    void readsRegistryDateForms() {
        assertEquals("2024-08-01", Dates.toIso("2024-08-01").orElseThrow());
        assertEquals("2024-08-01", Dates.toIso("August 1, 2024").orElseThrow());
        assertEquals("2024-08", Dates.toIso("August 2024").orElseThrow());
        assertEquals("2020-03-18", Dates.toIso("18/03/2020").orElseThrow());
        assertTrue(Dates.toIso("soon").isEmpty());
    }
}
