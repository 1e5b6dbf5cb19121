package org.trialkg.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

class GenericLayoutTest {
    private static TrialRecord read(String text) throws Exception {
        return Documents.read(Documents.bytes("t.txt", text.getBytes(StandardCharsets.UTF_8))).only();
    }

    @Test
    void takesIdAfterRegistrationNumberLabelAndKeepsOthersRelated() throws Exception {
        TrialRecord r = read("A Phase 2/3 Study of Pembrolizumab in Gastric Cancer\n\nBackground text that runs on.\n"
                + "More text.\nRegistration Number: NCT09000007\nSee also NCT05244798 for an earlier study.\n"
                + "Enrollment: 1,240\n");
        assertEquals(List.of(RegistryId.parse("NCT09000007").orElseThrow()), r.ids());
        assertEquals(List.of(RegistryId.parse("NCT05244798").orElseThrow()), r.related());
        assertEquals("A Phase 2/3 Study of Pembrolizumab in Gastric Cancer", r.title());
        assertEquals(List.of("PHASE2", "PHASE3"), r.phases());
        assertEquals(1240, r.enrollment().count());
        assertEquals("generic", r.source().layout());
    }

    @Test
    void neverTakesAnIdMentionedInRunningTextAsTheRecordsOwn() throws Exception {
        TrialRecord r = read("Capecitabine maintenance in nasopharyngeal carcinoma\n\nIntro line one.\nIntro two.\n"
                + "This phase 3 trial follows NCT05791136, which enrolled 200 patients.\n");
        assertEquals(List.of(), r.ids());
        assertEquals(List.of(RegistryId.parse("NCT05791136").orElseThrow()), r.related());
        assertEquals("Capecitabine maintenance in nasopharyngeal carcinoma", r.title());
    }

    @Test
    void recordsTheSectionHeadingAndSpanOfEachValueReadFromTheDocument() throws Exception {
        String text = "A Phase 3 Study of an Antibody in Gastric Cancer\n\nNCT09000007\n\n"
                + "Sponsor Name: Merck Sharp & Dohme Corp.\n\n5.1 Investigational Product\n\n"
                + "Pembrolizumab 200 mg will be given as an IV infusion every 3 weeks.\n\n6 Study Design\n\n"
                + "Patients are followed for two years after the end of treatment.\n";
        // A dictionary of one name, as the drug lexicon would give it.
        DrugNames names = t -> {
            java.util.List<DrugNames.Found> out = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)pembrolizumab").matcher(t);
            while (m.find()) {
                out.add(new DrugNames.Found(m.start(), m.end(), "drug:pembrolizumab", "pembrolizumab", false));
            }
            return out;
        };
        TrialRecord r = Documents.read(new DocumentReader(names),
                Documents.bytes("t.txt", text.getBytes(StandardCharsets.UTF_8))).only();
        java.util.Map<String, org.trialkg.model.ValueSource> byField = new java.util.HashMap<>();
        r.valueSources().forEach(v -> byField.putIfAbsent(v.field(), v));
        org.trialkg.model.ValueSource sponsor = byField.get("sponsor");
        assertEquals("Merck Sharp & Dohme Corp.", sponsor.value());
        assertEquals("Sponsor Name", sponsor.section());
        assertEquals(sponsor.value(), text.substring(sponsor.start(), sponsor.end()));
        org.trialkg.model.ValueSource title = byField.get("title");
        assertEquals(r.title(), text.substring(title.start(), title.end()));
        assertEquals(null, title.section(), "the title is above every heading");
        org.trialkg.model.ValueSource drug = byField.get("intervention[0]");
        assertEquals("Pembrolizumab", text.substring(drug.start(), drug.end()));
        assertEquals("5.1 Investigational Product", drug.section());
        assertEquals("PHASE3", byField.get("phase").value());
    }

    @Test
    void splitsRunTogetherOutcomeCells() {
        assertEquals(new OutcomeText.MeasureTime("local control rate", "1-year, 3-year"),
                OutcomeText.split("local control rate1-year, 3-year"));
        assertEquals(new OutcomeText.MeasureTime("treatment related side effect", "acute side effects within 3 months"),
                OutcomeText.split("treatment related side effectacute side effects within 3 months"));
        assertEquals(new OutcomeText.MeasureTime("Quality of life", null), OutcomeText.split("Quality of life"));
    }
}
