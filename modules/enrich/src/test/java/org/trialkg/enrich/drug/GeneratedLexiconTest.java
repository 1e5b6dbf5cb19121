package org.trialkg.enrich.drug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.trialkg.model.DrugMention;

/** The shipped lexicon with the names generated from DrugBank and Drugs@FDA. */
class GeneratedLexiconTest {
    private static final String DRUG = "https://w3id.org/trialkg/id/drug/";
    private static final String CLASS = "https://w3id.org/trialkg/id/drug-class/";
    private final SkosDrugLexicon lexicon = ShippedLexicon.get();

    private String concept(String name) {
        return lexicon.lookup(name).map(DrugHit::conceptIri).orElse("none");
    }

    @Test
    void knowsDrugsTheCuratedSchemeLacks() {
        assertEquals(DRUG + "sofosbuvir", concept("Sofosbuvir"));
        assertEquals(DRUG + "daclatasvir", concept("daclatasvir"));
        assertEquals(DRUG + "azvudine", concept("Azvudine"));
        assertTrue(lexicon.conceptCount() > 15_000, "drugs: " + lexicon.conceptCount());
    }

    @Test
    void takesASaltOfSodiumOrPotassiumForItsOtherIon() {
        assertEquals("none", concept("Potassium Phosphate"), "phosphate is what is given, not potassium");
        assertEquals(DRUG + "sodium-citrate", concept("sodium citrate"));
        assertEquals(DRUG + "magnesium", concept("Magnesium sulfate"));
        assertEquals(DRUG + "diclofenac", concept("diclofenac sodium"));
    }

    @Test
    void readsOrdinaryWordsAndShortCodesOnlyAsWholeInterventionNames() {
        assertEquals(DRUG + "water", concept("Water"));
        assertEquals(List.of(), lexicon.scan("Participants drink water and receive oxygen as needed"));
    }

    @Test
    void readsNeitherAnAnimalNorATargetAloneAsADrug() {
        assertEquals(List.of(), lexicon.scan("Anti-human thymocyte globulin (rabbit) 1.5 mg/kg"));
        assertEquals(List.of(), lexicon.scan("A multicentre study of adults in Turkey"));
        assertEquals("none", concept("Anti-CD40L"), "BG9588 is ruplizumab, not toralizumab");
        assertEquals("none", concept("Anti-CD3"));
        assertEquals(DRUG + "toralizumab", concept("toralizumab"));
    }

    @Test
    void readsAMisspeltLongNameInRunningText() {
        List<DrugHit> hits = lexicon.scan("Patients will be treated with hydroxycholoroquine for 5 days");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(DRUG + "hydroxychloroquine", hits.get(0).conceptIri());
        assertEquals(DrugMention.Method.FUZZY, hits.get(0).method());
        // each of these is one or two edits from a drug name (Reversine, Intermedine, Substance P, Calcium cation)
        assertEquals(List.of(), lexicon.scan("a reversible, intermediate substance with calcification"));
    }

    @Test
    void namesVitaminsMineralsAndSupplements() {
        assertEquals(DRUG + "cholecalciferol", concept("Vitamin D3"));
        assertEquals(DRUG + "vitamin-d", concept("vitamin D"));
        assertEquals(DRUG + "zinc", concept("Zinc sulfate"));
        assertEquals(DRUG + "ascorbic-acid", concept("Vitamin C"));
        assertEquals(DRUG + "omega-3-fatty-acids", concept("Omega-3"));
        assertEquals(DRUG + "vitamin-b-complex", concept("Vitamin B"));
    }

    @Test
    void namesNoOneProductForAGenericNameThatDrugsAtFdaGivesToOne() {
        // Drugs@FDA lists pork insulin products as INSULIN and REGULAR INSULIN
        assertEquals(CLASS + "insulin", concept("Insulin"));
        assertEquals(DRUG + "insulin-human", concept("Regular insulin"));
        assertEquals(List.of(), lexicon.scan("insulin resistance and insulin secretion were measured"));
        assertEquals(CLASS + "beta-glucan", concept("beta-glucan"));
    }

    @Test
    void readsTheClassesTrialsGiveAsClassesOfTheirMembers() {
        List<DrugHit> hits = lexicon.scan("Continuation of ACEI/ARB versus discontinuation");
        assertEquals(List.of(CLASS + "ace-inhibitor", CLASS + "angiotensin-receptor-blocker"),
                hits.stream().map(DrugHit::conceptIri).toList());
        assertTrue(hits.stream().allMatch(DrugHit::classLevel));
        assertEquals(CLASS + "interferon-beta", concept("Interferon beta"));
        assertEquals(CLASS + "corticosteroid", concept("corticosteroids"));
        Model m = SkosDrugLexicon.shippedModel();
        for (String[] member : new String[][] {{"captopril", "ace-inhibitor"}, {"valsartan",
                "angiotensin-receptor-blocker"}, {"interferon-beta-1a", "interferon-beta"}, {"zinc", "mineral-supplement"}}) {
            assertTrue(m.contains(m.createResource(DRUG + member[0]), SKOS.broader, m.createResource(CLASS + member[1])),
                    member[0] + " in " + member[1]);
        }
    }

    @Test
    void loadsInSecondsAndReportsHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        SkosDrugLexicon l = SkosDrugLexicon.shipped();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - before;
        // timings are reported, not asserted (STYLE.md); the lexicon must be whole
        System.out.printf("shipped drug lexicon: %,d concepts in %,d ms, %,d MB of heap%n", l.conceptCount(), ms,
                heap / 1_000_000);
        assertEquals(lexicon.conceptCount(), l.conceptCount());
    }

    @Test
    void namesTheInterventionsTrialsNameByACommonOrClassName() {
        // the most frequent unresolved names of drug interventions over the shared data (2026-12-04)
        assertEquals(CLASS + "anti-thymocyte-globulin", concept("anti-thymocyte globulin"));
        assertEquals(CLASS + "anti-thymocyte-globulin", concept("ATG"));
        Model model = SkosDrugLexicon.shippedModel();
        assertTrue(model.contains(model.createResource(DRUG + "antithymocyte-immunoglobulin-rabbit"), SKOS.broader,
                model.createResource(CLASS + "anti-thymocyte-globulin")), "the class has its members");
        assertEquals(DRUG + "human-immunoglobulin-g", concept("IVIG"));
        assertEquals(DRUG + "human-immunoglobulin-g", concept("Intravenous immune globulin"));
        assertEquals(DRUG + "molnupiravir", concept("EIDD-2801"));
        assertEquals(DRUG + "prasterone", concept("Dehydroepiandrosterone"));
        assertEquals(DRUG + "bcg-vaccine", concept("Intravesical BCG"));
        assertEquals(CLASS + "estrogen", concept("Estrogen replacement therapy"));
        // names running text also uses for something else are whole intervention names only
        assertEquals(DRUG + "bcg-vaccine", concept("BCG"));
        assertEquals(List.of(), lexicon.scan("patients with BCG-unresponsive bladder cancer"));
        assertEquals(List.of(), lexicon.scan("estrogen receptor positive, DHEA levels"));
        assertEquals(DRUG + "rintatolimod", concept("Ampligen"));
        assertEquals(DRUG + "xanomeline-trospium", concept("KarXT"));
        assertEquals(DRUG + "abvd", concept("ABVD"));
        assertEquals(DRUG + "epoch", concept("EPOCH"));
        assertEquals(List.of(), lexicon.scan("in the epoch of targeted therapy, CAF and THC levels were measured"));
        // a generic name that records also give for a hyperimmune globulin is left for the title to name
        assertEquals("none", concept("immunoglobulins, intravenous"));
    }

    @Test
    void findsInRunningTextANameWrittenWithAHyphenAfterItsPrefix() {
        List<DrugHit> hits = lexicon.scan("Patients receive Peg-interferon alfa-2a 90 mcg/week; PEG-Intron; IV-IG");
        assertEquals(List.of("Peg-interferon alfa-2a", "PEG-Intron", "IV-IG"), hits.stream().map(DrugHit::text).toList());
        assertEquals(List.of(DRUG + "peginterferon-alfa-2a", DRUG + "peginterferon-alfa-2b",
                DRUG + "human-immunoglobulin-g"), hits.stream().map(DrugHit::conceptIri).toList());
        assertEquals(DrugMention.Method.EXACT, hits.get(0).method());
    }
}
