package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Design;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.TrialRecord;

/** The ICTRP columns whose writing differs by registry, in the forms the registries' records use. */
class IctrpRecordMapperTest {
    private final IctrpRecordMapper mapper = new IctrpRecordMapper(IctrpCsvReader.FORMAT);

    private TrialRecord map(String id, String column, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("trialid", id);
        row.put("public_title", "A trial");
        row.put(column, value);
        return mapper.map(row, "export.csv");
    }

    @Test
    void readsTheDesignLinesOfClinicalTrialsGovIrctCtriAndTheEuRegister() {
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "NONE"), IctrpRecordMapper.design(
                "Allocation: Randomized. Intervention model: Parallel Assignment. Masking: None (Open Label). "
                        + "Primary purpose: Treatment."));
        assertEquals(new Design("RANDOMIZED", "PARALLEL", "TREATMENT", "NONE"), IctrpRecordMapper.design(
                "Randomization: Randomized, Blinding: Not blinded, Placebo: Not used, Assignment: Parallel, "
                        + "Purpose: Treatment."));
        assertEquals(new Design("NON_RANDOMIZED", "SINGLE_GROUP", null, "DOUBLE"), IctrpRecordMapper.design(
                "Randomization: Not randomized, Blinding: Double blinded, Assignment: Single, "
                        + "Purpose: Natural history."), "a purpose ClinicalTrials.gov does not name is left out");
        assertEquals("NONE", IctrpRecordMapper.design("Randomized, Parallel Group Trial Method of generating "
                + "randomization sequence:Not Applicable Blinding and masking:Open Label").masking());
        assertEquals(new Design("NON_RANDOMIZED", null, null, "NONE"), IctrpRecordMapper.design(
                "Controlled: no\nRandomised: no\nOpen: yes\nSingle blind: no\nDouble blind: no"));
        assertEquals(new Design("RANDOMIZED", null, null, "DOUBLE"), IctrpRecordMapper.design(
                "Controlled: yes\nRandomised: yes\nOpen: no\nSingle blind: no\nDouble blind: yes"));
        assertNull(IctrpRecordMapper.design("Single arm"));
    }

    @Test
    void splitsIrctNumberedTextsAndTakesTheArmEachNames() {
        TrialRecord r = map("IRCT20200128046294N2", "intervention", "Intervention 1: Control group: Standard of "
                + "care treatment. Intervention 2: Intervention group: Sovodak, Daily single oral tablet containing "
                + "400mg of Sofosbovir and 60mg of Daclatasvir + Standard of care treatment.");
        assertEquals(List.of("Standard of care treatment.", "Sovodak, Daily single oral tablet containing 400mg of "
                + "Sofosbovir and 60mg of Daclatasvir + Standard of care treatment."),
                r.interventions().stream().map(Intervention::name).toList());
        assertEquals(List.of(List.of("Control group"), List.of("Intervention group")),
                r.interventions().stream().map(Intervention::armLabels).toList());
    }

    @Test
    void splitsCtriProductsFromTheirControl() {
        TrialRecord r = map("CTRI/2020/04/024000", "intervention", "Intervention1: Hydroxychloroquine: 400 mg "
                + "weekly<br>Control Intervention1: No prophylaxis: Standard protective equipment only");
        assertEquals(List.of("Hydroxychloroquine: 400 mg weekly", "No prophylaxis: Standard protective equipment "
                + "only"), r.interventions().stream().map(Intervention::name).toList());
    }

    @Test
    void aSecondaryIdThatSaysThereIsNoneIsNoId() {
        TrialRecord r = map("IRCT20200101000001N1", "secondary_id", "none;N/A;Nil;2020-001234-11");
        assertEquals(List.of("2020-001234-11"), r.otherIds().stream().map(OtherId::value).toList());
    }
}
