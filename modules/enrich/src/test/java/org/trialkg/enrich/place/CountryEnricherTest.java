package org.trialkg.enrich.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Site;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

class CountryEnricherTest {
    private final CountryCodes codes = new CountryCodes();
    private final CountryEnricher enricher = new CountryEnricher(codes);

    private static TrialRecord.Builder record() {
        return TrialRecord.builder(new Source("seed.txt", "test", "00", ""));
    }

    @Test
    void keepsOnlyTheDocumentCandidatesThatNameACountryAndTheirValueSources() {
        TrialRecord r = enricher.enrich(record().country("United States").country("Alaska").country("Atlantis")
                .valueSource(new org.trialkg.model.ValueSource("country", "United States", "Locations", 10, 23))
                .valueSource(new org.trialkg.model.ValueSource("country", "Alaska", "Locations", 25, 31))
                .valueSource(new org.trialkg.model.ValueSource("sponsor", "Acme", "Sponsor", 40, 44)).build());
        assertEquals(List.of("US", "Atlantis"), r.countries(), "a name no document list gave is kept as written");
        assertEquals(List.of("United States", "Acme"),
                r.valueSources().stream().map(org.trialkg.model.ValueSource::value).toList());
    }

    @Test
    void resolvesEnglishNamesFromTheSeeds() {
        assertEquals("CN", codes.resolve("China").orElseThrow());
        assertEquals("JP", codes.resolve("japan").orElseThrow());
        assertEquals("DE", codes.resolve("Germany").orElseThrow());
    }

    @Test
    void resolvesRegistryAliases() {
        assertEquals("US", codes.resolve("USA").orElseThrow());
        assertEquals("US", codes.resolve("United States of America").orElseThrow());
        assertEquals("US", codes.resolve("United States").orElseThrow());
        assertEquals("GB", codes.resolve("UK").orElseThrow());
        assertEquals("KR", codes.resolve("Korea, Republic of").orElseThrow());
        assertEquals("KR", codes.resolve("South Korea").orElseThrow());
        assertEquals("IR", codes.resolve("Iran (Islamic Republic of)").orElseThrow());
        assertEquals("RU", codes.resolve("Russian Federation").orElseThrow());
        assertEquals("TW", codes.resolve("Taiwan").orElseThrow());
        assertEquals("HK", codes.resolve("Hong Kong").orElseThrow());
        assertEquals("VN", codes.resolve("Viet Nam").orElseThrow());
        assertEquals("CZ", codes.resolve("Czechia").orElseThrow());
        assertEquals("TR", codes.resolve("Türkiye").orElseThrow());
        assertEquals("CI", codes.resolve("Côte d'Ivoire").orElseThrow());
        assertEquals("CN", codes.resolve("CHN").orElseThrow());
    }

    @Test
    void keepsIsoCodesAndUnknownNames() {
        assertEquals("FR", codes.normalise("FR"));
        assertEquals("Atlantis", codes.normalise(" Atlantis "));
        assertTrue(codes.resolve("Atlantis").isEmpty());
    }

    @Test
    void normalisesSiteAndRecordCountriesAndDerivesMissingOnes() {
        TrialRecord r = enricher.enrich(record()
                .site(new Site("Zhongshan People's Hospital", "Zhongshan", "Guangdong", null, "China", null, null, null))
                .site(new Site(null, "Seoul", null, null, "Korea, Republic of", null, null, null))
                .site(new Site(null, "Guangzhou", null, null, "China", null, null, null))
                .build());
        assertEquals(List.of("CN", "KR", "CN"), r.sites().stream().map(Site::country).toList());
        assertEquals(List.of("CN", "KR"), r.countries());
        TrialRecord listed = enricher.enrich(record().country("United States").country("Narnia")
                .site(new Site(null, "Lyon", null, null, "France", null, null, null)).build());
        assertEquals(List.of("US", "Narnia"), listed.countries());
        assertEquals("FR", listed.sites().get(0).country());
    }
}
