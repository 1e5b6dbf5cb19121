package org.trialkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;
import org.trialkg.vocab.TK;

class IrisTest {
    @Test
    void trialIriUsesRegistrySlugAndPathSafeId() {
        assertEquals(TK.ID + "trial/nct/NCT07177794", Iris.trial(Records.id("nct07177794")));
        assertEquals(TK.ID + "trial/euctr/2016-004489-24", Iris.trial(Records.id("EUCTR2016-004489-24-FR")));
        assertEquals(TK.ID + "trial/ctri/CTRI-2020-04-024773", Iris.trial(Records.id("CTRI/2020/04/024773")));
    }

    @Test
    void recordIriDependsOnFileAndRecordKeyOnly() {
        Source a = new Source("f.csv", "ctgov-csv", "aa", "row-1");
        Source b = new Source("f.csv", "ctgov-csv", "bb", "row-1");
        Source c = new Source("f.csv", "ctgov-csv", "aa", "row-2");
        assertEquals(Iris.record(a), Iris.record(b));
        assertNotEquals(Iris.record(a), Iris.record(c));
        assertEquals(TK.ID + "record/doc/" + Iris.sha256Hex("f.csv#row-1").substring(0, 24), Iris.record(a));
    }

    @Test
    void aRegistryRecordIsKnownByItsIdAndKindOfSourceWhateverTheFile() {
        TrialRecord fromA = TrialRecord.builder(new Source("a.json", "ctgov-json", "aa", "NCT07177794"))
                .id(Records.id("NCT07177794")).build();
        TrialRecord fromB = TrialRecord.builder(new Source("downloads/b.json", "ctgov-xml", "bb", "x"))
                .id(Records.id("NCT07177794")).build();
        TrialRecord csv = TrialRecord.builder(new Source("a.csv", "ctgov-csv", "cc", "row-3"))
                .id(Records.id("NCT07177794")).build();
        TrialRecord protocol = TrialRecord.builder(new Source("protocol.pdf", "generic", "dd", ""))
                .id(Records.id("NCT07177794")).build();
        assertEquals(TK.ID + "record/registry/nct/NCT07177794", Iris.record(fromA));
        assertEquals(Iris.record(fromA), Iris.record(fromB), "the registry's full record, from any file");
        assertEquals(TK.ID + "record/partial/nct/NCT07177794", Iris.record(csv));
        assertEquals(Iris.record(protocol.source()), Iris.record(protocol), "a document is known by its path");
    }

    @Test
    void documentTrialIriUsesSixteenHexOfTheContentHash() {
        Source s = new Source("x.pdf", "pdf", "ABCDEF0123456789ABCDEF", "");
        assertEquals(TK.ID + "trial/doc/abcdef0123456789", Iris.unregisteredTrial(s));
        Source odd = new Source("x.pdf", "pdf", "not-hex", "");
        assertTrue(Iris.unregisteredTrial(odd).matches(".*/trial/doc/[0-9a-f]{16}"));
    }

    @Test
    void everyRegistryHasAConceptInTheOntology() {
        for (org.trialkg.model.Registry r : org.trialkg.model.Registry.values()) {
            assertTrue(TK.registry(r.slug()).isPresent(), "no tk:registry_" + r.slug());
        }
    }

    @Test
    void childIrisAreNumberedFromOne() {
        assertEquals("r/arm/1", Iris.child("r", "arm", 1));
        assertThrows(IllegalArgumentException.class, () -> Iris.child("r", "arm", 0));
    }
}
