package org.trialkg.enrich.drug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.trialkg.model.DrugMention;

class SkosDrugLexiconTest {
    private static final String DRUG = "https://w3id.org/trialkg/id/drug/";
    private static final String CLASS = "https://w3id.org/trialkg/id/drug-class/";
    private final SkosDrugLexicon lexicon = ShippedLexicon.get();

    private DrugHit lookup(String name) {
        return lexicon.lookup(name).orElseThrow(() -> new AssertionError("no concept for '" + name + "'"));
    }

    @Test
    void shippedVocabularyHasAtLeast150DrugConceptsAndTheClassScheme() {
        Model m = RDFDataMgr.loadModel(ShippedLexicon.file().toString());
        int drugs = m.listSubjectsWithProperty(RDF.type, m.createResource("https://w3id.org/trialkg/ns#Drug")).toList().size();
        assertTrue(drugs >= 150, "drug concepts: " + drugs);
        assertTrue(m.contains(m.createResource(CLASS + "pd-1-inhibitor"), SKOS.inScheme,
                m.createResource(CLASS + "scheme")));
        assertTrue(m.contains(m.createResource(DRUG + "toripalimab"), SKOS.broader,
                m.createResource(CLASS + "pd-1-inhibitor")));
    }

    @Test
    void matchesInnExactlyWhateverTheCase() {
        DrugHit h = lookup("Toripalimab");
        assertEquals(DRUG + "toripalimab", h.conceptIri());
        assertEquals("toripalimab", h.label());
        assertEquals(DrugMention.Method.EXACT, h.method());
        assertEquals(1.0, h.confidence());
        assertFalse(h.classLevel());
    }

    @Test
    void stripsSaltAndDosageFormWords() {
        assertEquals(DRUG + "irinotecan", lookup("Irinotecan Hydrochloride").conceptIri());
        assertEquals(DRUG + "loperamide", lookup("Loperamide Hydrochloride Capsules").conceptIri());
        assertEquals(DRUG + "paclitaxel", lookup("Paclitaxel for Injection").conceptIri());
        assertEquals(DRUG + "diosmectite", lookup("Smectite Powder").conceptIri());
        assertEquals(DRUG + "apatinib", lookup("Apatinib Mesylate").conceptIri());
        assertEquals(DrugMention.Method.EXACT, lookup("Atropine Hydrochloride").method());
    }

    @Test
    void mapsBrandNamesToTheirInn() {
        assertEquals(DRUG + "capecitabine", lookup("Xeloda").conceptIri());
        assertEquals(DRUG + "pembrolizumab", lookup("KEYTRUDA").conceptIri());
        assertEquals(DRUG + "sintilimab", lookup("Tyvyt").conceptIri());
        assertEquals(DRUG + "camrelizumab", lookup("AiRuiKa").conceptIri());
    }

    @Test
    void mapsCovid19AndAlzheimerCandidatesByCodeBrandAndSalt() {
        assertEquals(DRUG + "remdesivir", lookup("GS-5734").conceptIri());
        assertEquals(DRUG + "lecanemab", lookup("BAN2401").conceptIri());
        assertEquals(DRUG + "aducanumab", lookup("BIIB037").conceptIri());
        assertEquals(DRUG + "hydroxychloroquine", lookup("Hydroxychloroquine Sulfate").conceptIri());
        assertEquals(DRUG + "hydroxychloroquine", lookup("Plaquenil").conceptIri());
        assertEquals(DRUG + "tocilizumab", lookup("RoActemra").conceptIri());
        assertEquals(DRUG + "lopinavir-ritonavir", lookup("Kaletra").conceptIri());
        assertEquals(DRUG + "lopinavir-ritonavir", lookup("Lopinavir/ritonavir").conceptIri());
        assertEquals(DRUG + "indinavir", lookup("Indinavir sulfate").conceptIri());
        assertEquals(DRUG + "ciclosporin", lookup("cyclosporine").conceptIri());
        assertEquals(CLASS + "interferon-alfa", lookup("recombinant interferon alfa").conceptIri());
        assertEquals(DRUG + "interferon-alfa-2b", lookup("Interferon alfa-2b").conceptIri());
    }

    @Test
    void mapsJs001AndItsVariantsToToripalimab() {
        assertEquals(DrugMention.Method.EXACT, lookup("JS001").method());
        assertEquals(DrugMention.Method.EXACT, lookup("js001").method());
        for (String variant : List.of("JS-001", "JS 001", "js-001")) {
            DrugHit h = lookup(variant);
            assertEquals(DRUG + "toripalimab", h.conceptIri(), variant);
            assertEquals(DrugMention.Method.CODE_VARIANT, h.method(), variant);
            assertEquals(0.95, h.confidence(), variant);
        }
    }

    @Test
    void mapsShr1210ToCamrelizumab() {
        assertEquals(DRUG + "camrelizumab", lookup("SHR-1210").conceptIri());
        assertEquals(DrugMention.Method.CODE_VARIANT, lookup("SHR1210").method());
        assertEquals(DRUG + "camrelizumab", lookup("SHR1210").conceptIri());
        assertEquals(DRUG + "tislelizumab", lookup("BGB A317").conceptIri());
    }

    @Test
    void matchesMisspellingFuzzilyWithLowerConfidence() {
        DrugHit h = lookup("toripalimb");
        assertEquals(DRUG + "toripalimab", h.conceptIri());
        assertEquals(DrugMention.Method.FUZZY, h.method());
        assertTrue(h.confidence() < 1.0 && h.confidence() > 0.5, "confidence " + h.confidence());
        assertEquals(DRUG + "pembrolizumab", lookup("pembrolizumb").conceptIri());
        assertEquals(DRUG + "cisplatin", lookup("cisplatim").conceptIri());
    }

    @Test
    void neverGuessesForNonDrugWordsShortNamesOrCodes() {
        for (String word : List.of("patients", "combined", "Radiotherapy", "surgery", "placebo", "Observation", "eflotinib", "vomitinib", "eclitinib",
                "JS002", "SHR-1211", "")) {
            assertTrue(lexicon.lookup(word).isEmpty(), word);
        }
    }

    @Test
    void scanEndsANameAtASentenceEndAndOutsideTheBracketsItOpens() {
        List<DrugHit> hits = lexicon.scan("Patients were treated with IL-1. A second cohort received yttrium-90 (Y-90).");
        List<String> texts = hits.stream().map(DrugHit::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains(". ") || t.contains("(") && !t.contains(")")),
                "spans " + texts);
        assertEquals(List.of("St. John's wort"), lexicon.scan("St. John's wort daily").stream().map(DrugHit::text)
                .toList(), "an abbreviation's full stop runs on");
    }

    @Test
    void scanReadsANameWrittenWithoutItsSpacesOnlyWhenItsWordsAreOneName() {
        // ChiCTR2000029548: "A:BaloxavirMarboxil:80mg on day1"
        List<DrugHit> hits = lexicon.scan("A:BaloxavirMarboxil:80mg on day1");
        assertEquals(List.of("BaloxavirMarboxil"), hits.stream().map(DrugHit::text).toList());
        assertEquals(DRUG + "baloxavir-marboxil", hits.get(0).conceptIri());
        assertEquals(DrugMention.Method.EXACT, hits.get(0).method());
        assertEquals(List.of(), lexicon.scan("the AstraZeneca and GlaxoSmithKline sites"), "no name in its words");
    }

    @Test
    void scanReadsOneNameWrittenAsTwoWordsAsThatNameNotTheSecondWordsDrug() {
        // "Hydroxy chloroquine" was chloroquine, "Methyl prednisolone" prednisolone: other drugs
        assertEquals(List.of("Hydroxy chloroquine=" + DRUG + "hydroxychloroquine",
                "Methyl prednisolone=" + DRUG + "methylprednisolone",
                "Ethinyl estradiol=" + DRUG + "ethinylestradiol"),
                lexicon.scan("Hydroxy chloroquine 200 mg, Methyl prednisolone 40 mg, Ethinyl estradiol 30 ug").stream()
                        .map(h -> h.text() + "=" + h.conceptIri()).toList());
        // misspelt too: "Hydroxy chlorquine" (IRCT20200325046859N2)
        List<DrugHit> misspelt = lexicon.scan("200 mg Hydroxy chlorquine with 2 tablets every 12 hours");
        assertEquals(List.of(DRUG + "hydroxychloroquine"), misspelt.stream().map(DrugHit::conceptIri).toList());
        assertEquals(DrugMention.Method.FUZZY, misspelt.get(0).method());
        // not two words whose letters only come close to a name
        assertEquals(List.of(), lexicon.scan("Timed urine collection"));
    }

    @Test
    void aListsLastNumberAndTheWordAfterItsCommaAreNoCode() {
        // IRCT20080901001165N52: "5, Amp" was read as 5'-AMP (adenosine phosphate)
        assertEquals(List.of(), lexicon.scan("At Day 4 and 5, Amp. 100mg IV infusion over 1 hour."));
        assertEquals(List.of(DRUG + "adenosine-phosphate"), lexicon.scan("5-AMP 10 mg").stream()
                .map(DrugHit::conceptIri).toList());
    }

    @Test
    void findsTheNamesChictrRecordsGiveToBismuthAndChineseMedicines() {
        assertEquals(DRUG + "bismuth-subcitrate-potassium",
                lexicon.scan("Capsules of bismuth potassium citrate, 2 capsules").get(0).conceptIri());
        assertEquals(DRUG + "honeysuckle",
                lexicon.scan("Basic treatment+Low dose of honeysuckle oral liquid 60ml each time, tid").get(0)
                        .conceptIri());
        assertEquals(DRUG + "lianhua-qingwen", lookup("Lianhua Qingwen capsules").conceptIri());
        assertEquals(DRUG + "favipiravir", lookup("Farpiravir Tablets").conceptIri(), "a ChiCTR transliteration");
    }

    @Test
    void scanTakesNoShortWordLeftOfANameWhoseSaltOrFormWordIsDropped() {
        // DrugBank's "Milk powder" (skim milk) and "Alum, potassium" (potassium alum)
        assertEquals(List.of(), lexicon.scan("with water or milk or fruit juice, in alum adjuvant"));
        assertEquals(DRUG + "skim-milk", lookup("Milk powder").conceptIri(), "the whole name still finds it");
        assertEquals(DRUG + "zinc", lexicon.scan("zinc daily").get(0).conceptIri(), "a drug's own short name stays");
        assertTrue(lexicon.scan("dimethyl triazeno imidazole carboxamide").stream()
                .noneMatch(h -> h.text().equalsIgnoreCase("dimethyl")), "a chemical group is no drug");
        assertEquals(List.of("dimethyl fumarate"), lexicon.scan("dimethyl fumarate 240 mg").stream()
                .map(DrugHit::text).toList());
        // "Elemental calcium" without calcium, the concept's own name, is a qualifier of any element
        assertEquals(List.of("zinc"), lexicon.scan("5 mg of elemental zinc daily").stream().map(DrugHit::text)
                .toList());
        assertEquals(DRUG + "calcium", lexicon.scan("elemental calcium 500 mg").get(0).conceptIri());
        assertEquals(DRUG + "calcium", lookup("Elemental calcium").conceptIri(), "the whole name still finds it");
        assertTrue(lexicon.lookup("elemental").isEmpty(), "the qualifier alone is no name");
    }

    @Test
    void scanGuessesNoPartOfAChemicalName() {
        assertEquals(List.of(), lexicon.scan("1-deoxy-1-(methylamino)-, 2-(3,5-dichlorophenyl)"));
        assertEquals(DRUG + "hydroxychloroquine", lexicon.scan("Patients take hydroxycholoroquine daily").get(0)
                .conceptIri(), "a misspelling in running text is still read");
    }

    @Test
    void scanGuessesNoEnglishWordSpeltRightAsADrug() {
        // each within the edits allowed of a drug name beginning with the same letters, and each an English word
        for (String text : List.of("Creative approaches are needed", "impaired fibrinolysis in diabetes",
                "interview with a medical geneticist", "kidneys from cadaveric donors", "effective in reversing it",
                "the neurochemical and neuropeptide profile")) {
            assertEquals(List.of(), lexicon.scan(text), text);
        }
        assertEquals(DRUG + "hydroxychloroquine", lexicon.scan("Cardiac Safety of Hydroxychloroquin").get(0)
                .conceptIri(), "a name that loses its last letter is still a misspelling");
    }

    @Test
    void neverGuessesAWordOfTrialLanguageNamedAlone() {
        // "Estrogen" (Premarin) is one letter from the estradiol brand EstroGel: it names the class of estrogens as a
        // whole intervention name, and is never guessed as the brand; a brand misspelt is still guessed
        DrugHit estrogen = lookup("Estrogen");
        assertTrue(estrogen.classLevel(), "estrogen is the class");
        assertTrue(estrogen.method() != DrugMention.Method.FUZZY, "estrogen is not guessed: " + estrogen);
        assertEquals(DRUG + "carboplatin", lookup("Carboplat").conceptIri());
    }

    @Test
    void neverGuessesACompoundsNameInThePluralAsTheCompound() {
        // "Biguanides, thiazolidinediones" (NCT00006305) names a class of drugs, not the compound biguanide
        assertTrue(lexicon.lookup("Biguanides").isEmpty(), "" + lexicon.lookup("Biguanides"));
        assertTrue(lexicon.scan("on amphetamines").isEmpty());
        assertEquals(DRUG + "hydroxychloroquine", lookup("hydroxychloroquins").conceptIri(), "a typo is still one");
    }

    @Test
    void neverGuessesAnAbbreviation() {
        // "rHuEPO" (recombinant human erythropoietin, NCT00491868) is one letter from rHuTPO, a name of
        // thrombopoietin: an abbreviation's letters are chosen, so it is not taken for a misspelling of another
        assertTrue(lexicon.lookup("rHuEPO").isEmpty(), "rHuEPO is no misspelt rHuTPO");
        assertEquals(DRUG + "recombinant-human-thrombopoietin", lookup("rHuTPO").conceptIri());
        assertEquals(DRUG + "carboplatin", lookup("CarboPlat").conceptIri(), "two capitals are no abbreviation");
    }

    @Test
    void neverGuessesANameOfSeveralWords() {
        assertEquals(DRUG + "ascorbic-acid", lookup("Vitamin C").conceptIri());
        assertEquals(DRUG + "vitamin-d", lookup("Vitamin D").conceptIri(), "vitamin D is not a misspelt vitamin C");
        assertEquals(DRUG + "vitamin-e", lookup("Vitamin E").conceptIri(), "vitamin E is not a misspelt vitamin C");
        assertTrue(lexicon.lookup("Vitamin Q").isEmpty(), "nor is a vitamin the lexicon does not know");
    }

    @Test
    void mapsInterferonSpellingsToTheDrugNotItsClass() {
        assertEquals(DRUG + "interferon-alfa-2b", lookup("Interferon-Alpha2B").conceptIri());
        assertEquals(DRUG + "interferon-alfa-2b", lexicon.scan("Interferon-Alpha2B").get(0).conceptIri());
        assertEquals(DRUG + "interferon-beta-1a", lookup("IFN beta-1a").conceptIri());
        assertEquals(DRUG + "interferon-alfa-2b", lookup("IFN-α2b").conceptIri(),
                "a Greek letter is spelt out");
        // folinic acid given in trials is racemic leucovorin, not the l-isomer the open vocabulary files it under
        assertEquals(DRUG + "leucovorin", lookup("citrovorum factor").conceptIri());
    }

    @Test
    void neverGuessesAnotherInnWithTheSameStemOrAClass() {
        // the generated lexicon knows apolizumab, daptomycin and deoxycytidine (doxecitine) by name: never a misspelling
        for (String other : List.of("apolizumab", "daptomycin", "deoxycytidine", "Prolastin", "Platinwas")) {
            lexicon.lookup(other).ifPresent(h -> {
                assertEquals(DrugMention.Method.EXACT, h.method(), other + " as " + h.label());
            });
        }
        assertEquals(DRUG + "pitavastatin", lookup("Pitavastatin").conceptIri());
        assertEquals(DRUG + "cycloserine", lookup("Cycloserine").conceptIri());
        assertEquals(DRUG + "cyclophosphamide", lookup("Cyclostine").conceptIri(), "Cyclostin is cyclophosphamide");
        assertEquals(DRUG + "tocilizumab", lookup("Tociliuzumab").conceptIri(), "one letter inserted is a typo");
        assertEquals(DrugMention.Method.FUZZY, lookup("Tociliuzumab").method());
    }

    @Test
    void takesNoOrdinaryWordForAClass() {
        assertTrue(lexicon.scan("vv-ECMO with cytokine adsorption; inflammatory cytokines and chemokines").isEmpty());
    }

    @Test
    void matchesClassNamesAsClassConcepts() {
        DrugHit h = lookup("PD-1 inhibitor");
        assertEquals(CLASS + "pd-1-inhibitor", h.conceptIri());
        assertTrue(h.classLevel());
        assertEquals(DrugMention.Method.CLASS, h.method());
        assertEquals(CLASS + "pd-1-inhibitor", lookup("anti-PD-1 antibody").conceptIri());
        assertEquals(CLASS + "pd-1-inhibitor", lookup("PD-1 Inhibitors").conceptIri());
        assertEquals(CLASS + "pd-1-inhibitor",
                lookup("programmed death receptor 1 (PD-1) inhibitor").conceptIri());
        assertEquals(CLASS + "pd-l1-inhibitor", lookup("PD-L1 inhibitor").conceptIri());
    }

    @Test
    void scanFindsLongestNamesWithOffsetsIntoTheOriginalText() {
        String text = "a PD-1 inhibitor (sintilimab or camrelizumab 200mg, d1, q3w) with JS-001 and Loperamide "
                + "Hydrochloride";
        List<DrugHit> hits = lexicon.scan(text);
        assertEquals(List.of("PD-1 inhibitor", "sintilimab", "camrelizumab", "JS-001", "Loperamide Hydrochloride"),
                hits.stream().map(DrugHit::text).toList());
        for (DrugHit h : hits) {
            assertEquals(h.text(), text.substring(h.start(), h.end()));
        }
        assertEquals(text.indexOf("JS-001"), hits.get(3).start());
        assertEquals(DrugMention.Method.CODE_VARIANT, hits.get(3).method());
        assertTrue(hits.get(0).classLevel());
    }

    @Test
    void scanFindsMisspelledDrugWordsButNoOrdinaryWords() {
        List<DrugHit> hits = lexicon.scan("Patients combined toripalimb with docetaxle and received treatment");
        assertEquals(List.of("toripalimb", "docetaxle"), hits.stream().map(DrugHit::text).toList());
        assertEquals(DrugMention.Method.FUZZY, hits.get(0).method());
    }

    @Test
    void scanFindsNothingInTextWithoutDrugs() {
        assertTrue(lexicon.scan("The patients were randomised and followed for overall survival.").isEmpty());
    }

    @Test
    void builderTakesNamePairsAndRejectsAnEmptyLexicon() {
        SkosDrugLexicon small = SkosDrugLexicon.builder()
                .add("ABC-123", "urn:x:abc", "abcimab", false).add("abcimab", "urn:x:abc", "abcimab", false).build();
        assertEquals("urn:x:abc", small.lookup("ABC 123").orElseThrow().conceptIri());
        assertEquals(1, small.conceptCount());
        assertThrows(IllegalStateException.class, () -> SkosDrugLexicon.builder().build());
    }
}
