package org.trialkg.pipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;
import org.trialkg.pipeline.StoredRecords;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.RecordMapper;

class SponsorReportTest {
    private static TrialRecord trial(String id, String title, Sponsor... sponsors) {
        TrialRecord.Builder b = TrialRecord.builder(new Source("test/" + id + ".json", "ctgov-json", "h-" + id, id))
                .id(RegistryId.parse(id).orElseThrow()).title(title);
        for (Sponsor s : sponsors) {
            b.sponsor(s);
        }
        return b.build();
    }

    @Test
    void recordsNamingOneOrganisationShareOneNodeWithEverySpellingAsALabel() {
        try (Workspace ws = Workspace.inMemory()) {
            RecordMapper mapper = new RecordMapper();
            StoredRecords.write(ws.store(), List.of(
                    mapper.map(trial("NCT09100001", "First", new Sponsor("Sun Yat-sen University", Sponsor.LEAD, null))),
                    mapper.map(trial("ChiCTR2000099999", "Third",
                            new Sponsor("SUN YAT-SEN UNIVERSITY", Sponsor.LEAD, null)))));
            long orgs = ws.store().read(g -> {
                var it = g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.trialkg.vocab.TK.Organization.asNode());
                return (long) it.toList().size();
            });
            assertEquals(1, orgs, "one organisation node for both records");
            SponsorReport r = SponsorReport.of(ws.store(), "Sun Yat-sen University").orElseThrow();
            assertEquals(2, r.trialCount());
            assertEquals(List.of("SUN YAT-SEN UNIVERSITY", "Sun Yat-sen University"), r.names());
            for (String trial : List.of("NCT09100001", "ChiCTR2000099999")) {
                String iri = org.trialkg.rdf.Iris.trial(RegistryId.parse(trial).orElseThrow());
                var doc = ws.store().read(g -> new org.trialkg.pipeline.IndexProjection(g).project(iri))
                        .orElseThrow().document();
                assertEquals(List.of("Sun Yat-sen University"), doc.parties().sponsors(),
                        "the sponsor facet names the organisation, not the spelling: " + trial);
            }
        }
    }

    @Test
    void findsTheTrialsOfASponsorHoweverItsNameIsWritten() {
        try (Workspace ws = Workspace.inMemory()) {
            RecordMapper mapper = new RecordMapper();
            StoredRecords.write(ws.store(), List.of(
                    mapper.map(trial("NCT09100001", "First", new Sponsor("Sun Yat-sen University", Sponsor.LEAD, null))),
                    mapper.map(trial("NCT09100002", "Second", new Sponsor("Peking University", Sponsor.LEAD, null),
                            new Sponsor("SUN YAT-SEN UNIV.", Sponsor.COLLABORATOR, null))),
                    mapper.map(trial("ChiCTR2000099999", "Third",
                            new Sponsor("The Sun Yat-sen University", Sponsor.LEAD, null))),
                    mapper.map(trial("NCT09100003", "Fourth", new Sponsor("Sun Yat-sen Memorial Hospital",
                            Sponsor.LEAD, null)))));
            SponsorReport r = SponsorReport.of(ws.store(), "sun yat-sen university").orElseThrow();
            assertEquals(3, r.trialCount(), r.toString());
            assertEquals(List.of("chictr", "nct"), List.copyOf(r.trialsByRegistry().keySet()));
            assertEquals(3, r.names().size(), "every spelling kept: " + r.names());
            assertEquals("Sun Yat-sen University", r.name(), "mixed case, unabbreviated, without 'The'");
            assertTrue(r.organisation().endsWith("/org/sen-sun-university-yat"), r.organisation());
            SponsorReport.Sponsored second = r.trialsByRegistry().get("nct").stream()
                    .filter(t -> t.id().equals("NCT09100002")).findFirst().orElseThrow();
            assertEquals("COLLABORATOR", second.role());
            assertEquals("SUN YAT-SEN UNIV.", second.nameUsed());
            assertEquals("Second", second.title());
            assertTrue(SponsorReport.of(ws.store(), "Fudan University").isEmpty());
            assertTrue(SponsorReport.of(ws.store(), "  ...  ").isEmpty(), "a name without letters is no sponsor");
        }
    }
}
