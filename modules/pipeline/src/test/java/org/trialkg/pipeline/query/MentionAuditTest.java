package org.trialkg.pipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.IngestReport;
import org.trialkg.pipeline.Workspace;
import org.trialkg.pipeline.query.MentionAudit.Mention;
import org.trialkg.pipeline.query.MentionAudit.NameCount;
import org.trialkg.pipeline.query.MentionAudit.Origin;
import org.trialkg.pipeline.query.MentionAudit.Summary;

/**
 * Small CT.gov studies ingested in memory (NCT09000002 twice, from two files, so stored once): counts, unresolved
 * names and the sample of resolved mentions.
 */
class MentionAuditTest {
    private static Workspace ws;
    private static MentionAudit audit;

    @BeforeAll
    static void ingest() throws URISyntaxException {
        Path dir = Path.of(MentionAuditTest.class.getResource("/mentions").toURI());
        ws = Workspace.inMemory();
        IngestReport r = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(dir));
        assertEquals(3, r.stored(), "three fixture records are written");
        assertEquals(2, ws.store().counts().instancesOf(org.trialkg.vocab.TK.RegistryRecord.asNode()),
                "the record read from two files is one stored record");
        audit = MentionAudit.read(ws.store());
    }

    @AfterAll
    static void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private static Mention name(String recordId, String text) {
        return audit.mentions().stream()
                .filter(m -> m.recordId().equals(recordId) && m.text().equals(text)
                        && m.origin() == Origin.DRUG_INTERVENTION_NAME)
                .findFirst().orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + recordId));
    }

    @Test
    void countsDrugInterventionNamesResolvedPerIntervention() {
        Summary s = audit.summary();
        assertEquals(7, s.drugInterventions(), "five drug/biological interventions, and two of the trial read "
                + "twice, stored once; surgery is not one");
        assertEquals(4, s.drugInterventionsResolved(), "all but Zorbalimab and the two placebos");
        assertEquals(4.0 / 7, s.drugNamesResolvedShare(), 1e-9);
        assertEquals(3, s.byOrigin().get(Origin.DRUG_INTERVENTION_NAME).byMethod().get("unresolved"));
        assertEquals(s.all().mentions() - 3, s.all().resolved(), "only the three drug names are unresolved");
    }

    @Test
    void keepsMethodConfidenceAndRecordIdOfEachMention() {
        Mention code = name("NCT09000002", "Pembrolizumab");
        assertEquals("exact", code.method());
        assertEquals(1.0, code.confidence(), 1e-9);
        assertEquals("pembrolizumab", code.conceptLabel());
        Mention variant = name("NCT09000001", "JS-001");
        assertEquals("code-variant", variant.method());
        assertEquals("toripalimab", variant.conceptLabel());
        assertEquals(0.95, variant.confidence(), 1e-9);
        assertEquals("capecitabine", name("NCT09000001", "Capecitabine Tablets").conceptLabel());
    }

    @Test
    void tellsArmDescriptionMentionsFromInterventionNames() {
        Set<String> fromArms = audit.mentions().stream().filter(m -> m.origin() == Origin.ARM_DESCRIPTION)
                .map(Mention::conceptLabel).collect(Collectors.toSet());
        assertTrue(fromArms.containsAll(Set.of("toripalimab", "capecitabine")), "arm text mentions: " + fromArms);
        assertTrue(audit.mentions().stream().noneMatch(m -> m.text().equals("Surgery")), "a procedure is no mention");
    }

    @Test
    void listsUnresolvedNamesMostFrequentFirstFoldingCase() {
        List<NameCount> u = audit.unresolved();
        assertEquals(2, u.size(), u.toString());
        assertTrue(u.get(0).name().equalsIgnoreCase("placebo") && u.get(0).count() == 2,
                "'placebo' is written once, 'Placebo' once, counted together: " + u);
        assertEquals(new NameCount("Zorbalimab", 1), u.get(1));
    }

    @Test
    void samplesResolvedMentionsReproduciblyBySeed() {
        List<Mention> a = audit.sample(3, 42);
        assertEquals(3, a.size());
        assertEquals(a, audit.sample(3, 42), "same seed, same sample");
        assertTrue(a.stream().allMatch(Mention::resolved), "only resolved mentions are sampled");
        long resolved = audit.summary().all().resolved();
        assertEquals(resolved, audit.sample(1000, 7).size(), "a sample larger than the mentions takes them all");
        Map<Long, List<Mention>> bySeed = Map.of(1L, audit.sample(3, 1), 2L, audit.sample(3, 2),
                3L, audit.sample(3, 3), 4L, audit.sample(3, 4));
        assertTrue(bySeed.values().stream().distinct().count() > 1, "other seeds draw other samples");
        assertThrows(IllegalArgumentException.class, () -> audit.sample(0, 1));
        assertNotNull(a.get(0).recordId());
    }
}
