package org.trialkg.ingest.ictrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trialkg.enrich.drug.DrugEnricher;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.ingest.CollectingSink;
import org.trialkg.model.DrugMention;
import org.trialkg.model.TrialRecord;

/**
 * Drugs per trial and precision of mentions on ICTRP records: 200 trials drawn with a fixed seed from the COVID-19
 * export, each judged by reading it ({@code drugs/ictrp-drugs-judged.tsv}), and 250 resolved mentions drawn with
 * another seed and judged one by one ({@code drugs/ictrp-mentions-judged.tsv}); each measure has its floor.
 */
class IctrpDrugRecallTest {
    private static final String DRUG = "https://w3id.org/trialkg/id/drug/";
    private static final String CLASS = "https://w3id.org/trialkg/id/drug-class/";
    /**
     * Measured 113 of 114 (0.991): 106 (0.930) with the generated lexicon and the fields beyond the interventions,
     * 111 once ASC09 (and its tablet ASC09F), PUL-042 and T89 joined the curated lexicon, 113 once a title's list
     * that holds one of the trial's drugs gives the others too ("combined use of hydroxychloroquine, azithromycin,
     * and tocilizumab" where the EudraCT interventions list tocilizumab alone); 80 (0.702) with the curated lexicon and
     * interventions and arms only (commit eec72fd). Optimistic: the codes and the title rule came from this sample's
     * misses (see the fresh sample below). Left: "interferon a1ß", judged as the class interferon alfa, read as the
     * class interferon and now as interferon alfa-1b.
     */
    private static final double RECALL_FLOOR = 0.95;

    @Test
    void findsTheJudgedDrugsOfEachTrial() throws Exception {
        Map<String, Set<String>> judged = judged("/drugs/ictrp-drugs-judged.tsv");
        assertEquals(200, judged.size(), "trials judged");
        double recall = recall(judged, "ICTRP drugs per trial");
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall + " below " + RECALL_FLOOR);
    }

    /**
     * Measured on a second sample of 80 trials (27 with a drug, 40 drugs), drawn and judged after the fixes the first
     * sample led to: 35 of 40 (0.875) before the titles' lists were read, 38 (0.950) with them, 39 (0.975) once GNS561
     * was named as ezurpimtrostat, which this sample showed. Left: "Thymosin for injection" (thymalfasin, but
     * thymosin alone could be another thymosin). A floor below the first sample's, as this one is small and fresh.
     */
    private static final double FRESH_RECALL_FLOOR = 0.95;

    @Test
    void findsTheDrugsOfAFreshSampleJudgedAfterTheFixes() throws Exception {
        Map<String, Set<String>> judged = judged("/drugs/ictrp-drugs-judged-fresh.tsv");
        assertEquals(80, judged.size(), "trials judged");
        double recall = recall(judged, "ICTRP drugs per trial, fresh sample");
        assertTrue(recall >= FRESH_RECALL_FLOOR, "recall " + recall + " below " + FRESH_RECALL_FLOOR);
    }

    private static double recall(Map<String, Set<String>> judged, String what) throws Exception {
        Map<String, TrialRecord> byId = records();
        DrugEnricher enricher = new DrugEnricher(SkosDrugLexicon.shipped());
        int expected = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : judged.entrySet()) {
            String id = e.getKey().startsWith("EUCTR") ? e.getKey().substring(5, 19) : e.getKey();
            TrialRecord r = byId.get(id);
            assertTrue(r != null, "judged trial " + e.getKey() + " is in the export");
            Set<String> concepts = new TreeSet<>();
            for (DrugMention m : enricher.enrich(r).drugMentions()) {
                if (m.conceptIri() != null) {
                    concepts.add(m.conceptIri().replace(DRUG, "").replace(CLASS, "class:"));
                }
            }
            for (String drug : e.getValue()) {
                expected++;
                if (concepts.contains(drug)) {
                    found++;
                } else {
                    missed.add(e.getKey() + " " + drug + " (found " + concepts + ")");
                }
            }
        }
        double recall = (double) found / expected;
        System.out.printf("%s: %d of %d judged drugs found (%.3f) in %d trials with a drug%n", what,
                found, expected, recall, judged.values().stream().filter(s -> !s.isEmpty()).count());
        missed.forEach(m -> System.out.println("  missed " + m));
        return recall;
    }

    /**
     * Measured 238 of 250 (0.952) on the sample as drawn; the fixes its wrong mentions led to (ordinary words left
     * after dropping salt words, "gold standard", brands guessed from words of other languages, "vitamin D
     * deficiency") leave 3 wrong of 241 mentions still made (0.988) on the same sample, optimistic for that reason.
     */
    private static final double PRECISION_FLOOR = 0.97;

    @Test
    void keepsTheJudgedMentionsPrecise() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = resource("/drugs/ictrp-mentions-judged.tsv")) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        assertEquals(250, rows.size(), "judged mentions");
        Map<String, TrialRecord> byId = records();
        DrugEnricher enricher = new DrugEnricher(SkosDrugLexicon.shipped());
        Map<String, Set<String>> produced = new HashMap<>();
        int correct = 0;
        int wrong = 0;
        List<String> wrongKept = new ArrayList<>();
        List<String> correctLost = new ArrayList<>();
        for (String[] r : rows) {
            Set<String> mentions = produced.computeIfAbsent(r[0], id -> {
                Set<String> out = new java.util.HashSet<>();
                TrialRecord t = byId.get(id);
                assertTrue(t != null, "judged trial " + id + " is in the export");
                for (DrugMention m : enricher.enrich(t).drugMentions()) {
                    if (m.conceptIri() != null) {
                        out.add(m.span().field() + "|" + m.text() + "|" + m.conceptLabel());
                    }
                }
                return out;
            });
            if (mentions.contains(r[1] + "|" + r[2] + "|" + r[3]) || inCombination(mentions, r[1], r[2], r[3])) {
                if (r[5].equals("correct")) {
                    correct++;
                } else {
                    wrong++;
                    wrongKept.add(r[0] + " " + r[2] + " -> " + r[3] + " (" + r[6] + ")");
                }
            } else if (r[5].equals("correct")) {
                correctLost.add(r[0] + " " + r[1] + " " + r[2] + " -> " + r[3]);
            }
        }
        double precision = (double) correct / (correct + wrong);
        System.out.printf("ICTRP mention precision: %d correct, %d wrong of the judged mentions still made (%.3f)%n",
                correct, wrong, precision);
        wrongKept.forEach(w -> System.out.println("  wrong " + w));
        correctLost.forEach(c -> System.out.println("  correct, no longer made: " + c));
        assertTrue(correct >= 230, "the judged correct mentions are still made: " + correct + " of 238");
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision + " below " + PRECISION_FLOOR);
    }

    /**
     * Whether an ingredient's mention is now made as its combination's, in the same field, from words that hold it:
     * "Emtricitabine/tenofovir disoproxil" names the combination, whose name holds tenofovir disoproxil.
     */
    private static boolean inCombination(Set<String> mentions, String field, String text, String concept) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String c = concept.toLowerCase(java.util.Locale.ROOT);
        for (String m : mentions) {
            String[] f = m.toLowerCase(java.util.Locale.ROOT).split("\\|", -1);
            if (f[0].equals(field.toLowerCase(java.util.Locale.ROOT)) && f[1].contains(t) && f[2].contains("/")
                    && java.util.Arrays.asList(f[2].split("/")).contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, TrialRecord> records() throws Exception {
        CollectingSink sink = SharedSamples.read(new IctrpCsvReader(),
                SharedSamples.input(SharedSamples.data("ictrp/COVID19-1135-trials.csv")));
        Map<String, TrialRecord> byId = new HashMap<>();
        for (TrialRecord r : sink.records) {
            r.ids().forEach(id -> byId.put(id.value(), r));
        }
        return byId;
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(IctrpDrugRecallTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8));
    }

    private static Map<String, Set<String>> judged(String name) throws Exception {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (BufferedReader in = resource(name)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Set<String> drugs = new TreeSet<>();
                for (String d : f[1].split(",")) {
                    if (!d.isBlank()) {
                        drugs.add(d.strip());
                    }
                }
                out.put(f[0], drugs);
            }
        }
        return out;
    }
}
