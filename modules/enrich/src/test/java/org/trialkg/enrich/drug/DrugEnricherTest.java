package org.trialkg.enrich.drug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.trialkg.model.Arm;
import org.trialkg.model.DrugMention;
import org.trialkg.model.Intervention;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

class DrugEnricherTest {
    private static final String DRUG = "https://w3id.org/trialkg/id/drug/";
    private final DrugEnricher enricher = new DrugEnricher(ShippedLexicon.get());

    private static TrialRecord.Builder record() {
        return TrialRecord.builder(new Source("seed.txt", "test", "00", ""));
    }

    private static Set<String> labels(TrialRecord r, String field) {
        return r.drugMentions().stream().filter(m -> m.span().field().equals(field) && m.resolved())
                .map(DrugMention::conceptLabel).collect(Collectors.toSet());
    }

    @Test
    void linksSeed002InterventionsAndOtherNames() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "toripalimab", "Patients will receive toripalimab with a "
                        + "maximum treatment duration of one year (240 mg, IV drip, Q3W, for 16 cycles).",
                        List.of("JS001"), List.of("Experimental")))
                .intervention(new Intervention("DRUG", "capecitabine", "Patients will receive metronomic capecitabine"
                        + " (500 mg, twice daily, orally).", List.of("Xeloda"), List.of("Experimental")))
                .arm(new Arm("Experimental", "EXPERIMENTAL", "Patients will receive toripalimab combined with "
                        + "metronomic capecitabine", List.of("toripalimab", "capecitabine")))
                .build());
        assertEquals(Set.of("toripalimab"), labels(r, "interventions[0].name"));
        assertEquals(Set.of("toripalimab"), labels(r, "interventions[0].otherNames[0]"));
        assertEquals(Set.of("capecitabine"), labels(r, "interventions[1].otherNames[0]"));
        assertEquals(Set.of("toripalimab", "capecitabine"), labels(r, "arms[0].description"));
        DrugMention js = r.drugMentions().stream().filter(m -> m.text().equals("JS001")).findFirst().orElseThrow();
        assertEquals(DRUG + "toripalimab", js.conceptIri());
        assertEquals(0, js.span().start());
        assertEquals(5, js.span().end());
        assertTrue(r.drugMentions().stream().allMatch(DrugMention::resolved));
    }

    @Test
    void readsTheTitleAndSummaryWhenTheInterventionsNameNoDrug() {
        TrialRecord r = enricher.enrich(record().title("Sofosbuvir and daclatasvir in adults with COVID-19")
                .briefSummary("Patients will be treated with hydroxycholoroquine for 5 days.")
                .intervention(new Intervention("DRUG", "Intervention group: the test drug", null, List.of(),
                        List.of()))
                .build());
        assertEquals(Set.of("Sofosbuvir", "Daclatasvir"), labels(r, "title"));
        assertEquals(Set.of("hydroxychloroquine"), labels(r, "briefSummary"));
        DrugMention t = r.drugMentions().stream().filter(m -> m.span().field().equals("title")).findFirst()
                .orElseThrow();
        assertEquals(DrugEnricher.OUTSIDE_INTERVENTIONS, t.confidence(), 1e-9, "a title names less surely");
    }

    @Test
    void takesTheOtherDrugsOfATitlesListThatHoldsOneTheInterventionsName() {
        TrialRecord r = enricher.enrich(record()
                .title("Combined use of hydroxychloroquine, azithromycin, and tocilizumab for the treatment of COVID-19")
                .intervention(new Intervention("DRUG", "Tocilizumab", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("hydroxychloroquine", "azithromycin"), labels(r, "title"));
        TrialRecord joinedByWords = enricher.enrich(record()
                .title("Antiviral activity of remdesivir in patients treated with ribavirin")
                .intervention(new Intervention("DRUG", "Remdesivir", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(joinedByWords, "title"), "only separators and list words join drugs");
    }

    @Test
    void keepsTheDrugsTheReviewOfTheEighthStopsRulesFoundLost() {
        String[] texts = {"Although paclitaxel is active in ovarian cancer, this study will test paclitaxel plus "
                + "carboplatin.", "Although morphine is standard.\nThis study will give ketamine to patients.",
            "Trypan blue stain applied to the anterior capsule before capsulorhexis",
            "indocyanine green (ICG) stained tissue will be resected",
            "Drug provocation tests (amoxicillin, cefuroxime) will be performed to confirm tolerance",
            "pharmacological stress tests (dobutamine or dipyridamole)",
            "A second dose of misoprostol is allowed if bleeding persists.", "Nivolumab is permitted as retreatment."};
        String[] drugs = {"carboplatin", "ketamine", "trypan", "indocyanine", "cefuroxime", "dobutamine", "misoprostol",
            "nivolumab"};
        for (int i = 0; i < texts.length; i++) {
            TrialRecord r = enricher.enrich(record()
                    .intervention(new Intervention("DRUG", "Study drug", texts[i], List.of(), List.of())).build());
            String drug = drugs[i];
            assertTrue(labels(r, "interventions[0].description").stream()
                    .anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains(drug)),
                    texts[i] + " -> " + labels(r, "interventions[0].description"));
        }
        TrialRecord sodium = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Sodium deoxycholate", null, List.of(), List.of())).build());
        assertEquals(Set.of("deoxycholic acid"), lower(labels(sodium, "interventions[0].name")));
        TrialRecord list = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "TB drugs", "pyrazinamide rifampicin isoniazid",
                        List.of(), List.of())).build());
        assertEquals(Set.of("isoniazid", "rifampicin", "pyrazinamide"),
                lower(labels(list, "interventions[0].description")), "a list written with spaces");
        TrialRecord two = enricher.enrich(record()
                .title("Azithromycin for MAC prophylaxis in patients taking AZT")
                .intervention(new Intervention("DRUG", "Azithromycin", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "AZT", "AZT 200 mg three times daily", List.of(), List.of()))
                .build());
        assertEquals(Set.of("zidovudine"), lower(labels(two, "interventions[1].name")));
        TrialRecord chemo = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Chemotherapy", null, List.of("pemetrexed", "Pulaile"),
                        List.of())).build());
        assertEquals(1, labels(chemo, "interventions[0].name").size(), "chemotherapy is more than pemetrexed");
    }

    @Test
    void takesTheOneDrugThatTheOtherNamesGiveForAClassInTheName() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Recombinant Interferon Alfa", null,
                        List.of("Roferon", "Interferon Alfa", "IFN alpha-2A"), List.of()))
                .intervention(new Intervention("DRUG", "Chemotherapy", null, List.of("cisplatin", "docetaxel"),
                        List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(Set.of(), labels(r, "interventions[0].otherNames[1]"));
        assertEquals(Set.of("interferon alfa-2a"), lower(labels(r, "interventions[0].otherNames[2]")));
        assertEquals(1, labels(r, "interventions[1].name").size(), "two drugs: the class stays");
    }

    @Test
    void takesNoDrugOfAConcessionAMeasureOrAnotherNamesStart() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("BEHAVIORAL", "Vouchers", "Vouchers for breath samples that show "
                        + "tobacco smoking abstinence; hemoglobin saturation (pulse oximeter)", List.of(), List.of()))
                .intervention(new Intervention("BIOLOGICAL", "House Dust Mite Immunotherapy", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DRUG", "Vytorin", "simvastatin (+) ezetimibe 10/20 mg ; tablet. "
                        + "Amphotericin B deoxycholate 0.7 mg/kg", List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].description"));
        assertEquals(Set.of(), labels(r, "interventions[1].name"));
        assertEquals(Set.of("ezetimibe/simvastatin", "amphotericin b"),
                lower(labels(r, "interventions[2].description")));
        TrialRecord summary = enricher.enrich(record()
                .briefSummary("Although zidovudine (AZT) has prolonged survival in some patients with AIDS, it is "
                        + "quite toxic. Patients receive ribavirin.")
                .intervention(new Intervention("DRUG", "The study drug", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("ribavirin"), lower(labels(summary, "briefSummary")));
        TrialRecord population = enricher.enrich(record()
                .title("Individualized Exercise Programs for Patients Receiving Chemotherapy for Leukemia")
                .briefSummary("Impact of discontinuing prophylaxis in subjects receiving antiretroviral therapies. "
                        + "Patients on nivolumab for melanoma will be given ipilimumab.")
                .intervention(new Intervention("OTHER", "Exercise", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(population, "title"));
        assertEquals(Set.of("nivolumab", "ipilimumab"), lower(labels(population, "briefSummary")));
        TrialRecord followed = enricher.enrich(record()
                .title("Real-world Data on NSCLC Patients Treated With Durvalumab After Chemoradiotherapy").build());
        assertEquals(Set.of("durvalumab"), lower(labels(followed, "title")), "a drug the study follows");
    }

    @Test
    void givesAnAbbreviationToTheDrugTheRecordNamesInFull() {
        TrialRecord r = enricher.enrich(record()
                .title("Hydroxychloroquine alone and in combination with azithromycin in COVID-19")
                .intervention(new Intervention("DRUG", "HCQ AZT", "HCQ 400mg BD AZT 500mg OD D1, AZT 250 mg OD D2 - D5",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of("hydroxychloroquine", "azithromycin"), lower(labels(r, "interventions[0].name")));
        TrialRecord own = enricher.enrich(record()
                .title("Zidovudine (AZT) and azithromycin in HIV infection")
                .intervention(new Intervention("DRUG", "AZT", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("zidovudine"), lower(labels(own, "interventions[0].name")), "the record names its drug");
        assertTrue(DrugEnricher.abbreviates("AZT", "azithromycin"));
        assertFalse(DrugEnricher.abbreviates("CHOP", "cyclophosphamide"), "the first two letters start the name");
        assertFalse(DrugEnricher.abbreviates("MTX", "metformin"));
    }

    @Test
    void leavesAComparatorOfTheTitleAloneWhenTheInterventionsNameADrug() {
        TrialRecord r = enricher.enrich(record().title("Sofosbuvir versus ribavirin")
                .intervention(new Intervention("DRUG", "Ribavirin", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "title"));
    }

    @Test
    void keepsAPlaceboMadeToMatchADrugUnresolvedButNotADrugGivenWithPlacebo() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Remdesivir placebo", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Matching Placebo (Gantenerumab)", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Donepezil + placebo", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Hydroxychloroquine or placebo", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(Set.of(), labels(r, "interventions[1].name"));
        assertEquals(Set.of("donepezil"), labels(r, "interventions[2].name"));
        assertEquals(Set.of("hydroxychloroquine"), labels(r, "interventions[3].name"));
        List<String> unresolved = r.drugMentions().stream().filter(m -> !m.resolved()).map(DrugMention::text).toList();
        assertEquals(List.of("Remdesivir placebo", "Matching Placebo (Gantenerumab)"), unresolved);
    }

    @Test
    void takesNoMeasuredLevelForADrugGiven() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Stroke is associated with low plasma levels of folate. Patients take folic acid daily; "
                        + "tacrolimus trough levels are kept low while on sirolimus.")
                .build());
        assertEquals(Set.of("folic acid", "sirolimus"), labels(r, "briefSummary"));
    }

    @Test
    void takesNoDrugOfEarlierOrBackgroundTreatment() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Test drug", "Patients with steroid-refractory colitis, "
                        + "thrush that has not been cured with fluconazole, or on stable doses of donepezil; "
                        + "patients who failed imatinib; Carbapenem-resistant Acinetobacter; two weeks after "
                        + "completion of any chemotherapy; participants who participated in previous 3 studies of "
                        + "galantamine; current antiviral treatment; who cannot tolerate prednisone. Patients receive "
                        + "cisplatin, then filgrastim 24 hours after completion of vinorelbine; patients not previously "
                        + "treated with bevacizumab receive it.", List.of(), List.of()))
                .build());
        assertEquals(Set.of("cisplatin", "filgrastim", "vinorelbine", "bevacizumab"),
                labels(r, "interventions[0].description"));
    }

    @Test
    void takesNoExampleOfATitleOrSummaryButThoseOfAnIntervention() {
        TrialRecord summary = enricher.enrich(record()
                .briefSummary("The disease responds to agents that replace dopamine such as levodopa. Giving low "
                        + "doses of chemotherapy, such as fludarabine, before a transplant.")
                .build());
        assertEquals(Set.of("cytotoxic chemotherapy", "fludarabine"), labels(summary, "briefSummary"));
        TrialRecord intervention = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Test drug", "an anticonvulsant such as levodopa", List.of(),
                        List.of()))
                .build());
        assertEquals(Set.of("Levodopa"), labels(intervention, "interventions[0].description"));
    }

    @Test
    void takesNoSubstanceMeasuredOrCollected() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Examine the concentration of DHA and other n-3 fatty acids in plasma. For this "
                        + "procedure, whole blood is collected through a needle. The following cytokines are measured "
                        + "by ELISA: IL-10, TNF-alpha, Interferon-beta. The Role of Cyclosporine in Blood Cell "
                        + "Transplants.")
                .build());
        assertEquals(Set.of("ciclosporin"), labels(r, "briefSummary"));
    }

    @Test
    void takesNoSubstanceOfATestsListAStainOrTheBodysOwnMediator() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Cotrimoxazole", "Participants had biochemistry tests "
                        + "(bilirubin, urea, creatinine, aspartate aminotransferase) at screening; sentinel nodes "
                        + "negative by hematoxylin and eosin (H&E) staining. They prevent bradykinin degradation. "
                        + "Urea cream 10% twice daily.", List.of(), List.of()))
                .build());
        assertEquals(Set.of("urea"), lower(labels(r, "interventions[0].description")), "the cream is given");
        assertEquals(1, r.drugMentions().stream().filter(m -> m.text().equals("Urea")).count());
    }

    @Test
    void takesNoSubstanceStainedPrescribedOrMeasuredByItsKinetics() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("A Metabolite of Prostaglandin E2: A Novel Biomarker. Immunohistochemical staining of "
                        + "Tn antigen; a urea kinetic modelling value of 1.05. A Pilot Study to Reduce Inappropriate "
                        + "Anticholinergic Prescribing. Patients receive misoprostol.")
                .build());
        assertEquals(Set.of("Misoprostol"), labels(r, "briefSummary"));
    }

    @Test
    void takesNoDrugThatAPlaceboImitates() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention(null, "placebo which is completely similar in form and taste to 200 "
                        + "mg hydroxychloroquine tablet and is manufactured by the same factory", null, List.of(),
                        List.of()))
                .intervention(new Intervention(null, "Patients receive the placebo, which is similar to Amin's "
                        + "hydroxychloroquine tablets", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Placebo", "Placebo-matching tablets, orally, once daily and "
                        + "glyburide 5 mg", List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(Set.of(), labels(r, "interventions[1].name"));
        assertEquals(Set.of("Glyburide"), labels(r, "interventions[2].description"), "a drug given beside it");
    }

    @Test
    void takesNoClassOrLigandThatOnlyDescribesTheDrugGiven() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Test drug", "An IL-6 Receptor Antagonist Tocilizumab. "
                        + "68Ga-Dotatate PET/CT. 131 I-Metaiodobenzylguanidine. Cetuximab (IMC-C225-marketed as "
                        + "Erbitux). SHP2, a tyrosine phosphatase. NT-I7, a Long Acting Interleukin-7.", List.of(),
                        List.of()))
                .build());
        Set<String> found = labels(r, "interventions[0].description");
        // NT-I7 is itself a name of efineptakin alfa; "Metaiodobenzylguanidine" after its label is neither iodide
        // I-131 nor the unlabelled iobenguane, as "Dotatate" after 68Ga is not the unlabelled ligand
        assertEquals(Set.of("tocilizumab", "cetuximab", "Efineptakin alfa"), found);
    }

    @Test
    void guessesNoOtherNameAsAnotherDrugThanTheInterventionsName() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Carboplatin", null, List.of("Carbosin", "Carboplat"),
                        List.of()))
                .intervention(new Intervention("DRUG", "Busulfan", null, List.of("Mitosan"), List.of()))
                .intervention(new Intervention("DRUG", "Test drug", null, List.of("Carboplat"), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].otherNames[0]"), "Carbosin is not carboxin");
        assertEquals(Set.of("carboplatin"), labels(r, "interventions[0].otherNames[1]"));
        assertEquals(Set.of(), labels(r, "interventions[1].otherNames[0]"), "Mitosan is not mitotane");
        assertEquals(Set.of("carboplatin"), labels(r, "interventions[2].otherNames[0]"),
                "guessed when the name says no drug");
    }

    @Test
    void guessesNoDrugInTheNameOfADevice() {
        TrialRecord device = enricher.enrich(record()
                .intervention(new Intervention("DEVICE", "NEUROLITH", null, List.of(), List.of())).build());
        TrialRecord drug = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "NEUROLITH", null, List.of(), List.of())).build());
        assertEquals(Set.of(), labels(device, "interventions[0].name"));
        assertEquals(1, labels(drug, "interventions[0].name").size(), "typed as a drug, the name is guessed");
    }

    @Test
    void takesNoIsotopeLabelProteinOrMeasureForTheDrug() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Patients receive low-LET cobalt-60 gamma ray therapy, hyperpolarized Xenon-129, "
                        + "[123I]-MIBG and a tyrosinase peptide vaccine; the serine/threonine-protein kinase RAF, "
                        + "NK cells activity and bone mineral density are measured. Then cisplatin-5-FU, and "
                        + "[Kineret] anakinra, Chlorpromazine-10 mg and VP-16-213; the etanidazole derivative EF5. "
                        + "[123I] AV-151 enters cells via the membrane norepinephrine transporter; rCD4-IgG is "
                        + "compared with zidovudine.")
                .build());
        assertEquals(Set.of("cisplatin", "fluorouracil", "anakinra", "Chlorpromazine", "etoposide", "zidovudine"),
                labels(r, "briefSummary"));
    }

    @Test
    void takesNoMaterialOfACapsuleOrLozenge() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Saquinavir Soft Gelatin Capsules", "Each soft gelatine "
                        + "lozenge contains turmeric extract 100 mg; two hard gelatin capsules of lactose as placebo",
                        List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Soft-gelatin Capsules", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Gelatin", "Succinylated gelatin 4% solution, 500 ml",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of("saquinavir"), labels(r, "interventions[0].name"));
        assertEquals(Set.of("curcumin", "Lactose"), labels(r, "interventions[0].description"));
        assertEquals(Set.of(), labels(r, "interventions[1].name"));
        assertEquals(Set.of("Gelatin"), labels(r, "interventions[2].name"), "gelatin given as a plasma expander");
        assertEquals(Set.of("Succinylated gelatin"), labels(r, "interventions[2].description"));
    }

    @Test
    void takesNoSexSteroidForTheCorticosteroidClass() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("The behavioral effects of gonadal steroids (estrogen, progesterone and testosterone) "
                        + "and of a Gonadal Steroid; anabolic steroids. Patients then receive steroids for a week.")
                .build());
        Set<String> found = labels(r, "briefSummary");
        assertEquals(1, r.drugMentions().stream().filter(m -> m.resolved() && m.text().startsWith("steroid")
                && m.span().start() > 140).count(), "the steroids given: " + r.drugMentions());
        assertEquals(0, r.drugMentions().stream().filter(m -> m.resolved() && m.span().start() < 140
                && m.text().toLowerCase().startsWith("steroid")).count(), "the sex steroids: " + found);
    }

    @Test
    void takesNoRadionuclideThatLabelsTheDrugBeforeItsBracket() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "LUTATHERA", null,
                        List.of("Lutetium oxodotreotide (177Lu)", "Radioactive iodine (131I)"), List.of()))
                .build());
        assertFalse(labels(r, "interventions[0].otherNames[0]").contains("Lutetium Lu-177"), "oxodotreotide's label");
        assertTrue(labels(r, "interventions[0].otherNames[1]").stream().anyMatch(l -> l.contains("131")),
                "iodine's own isotope: " + labels(r, "interventions[0].otherNames[1]"));
    }

    @Test
    void takesNoOrganismAmongTheOtherNamesOfADrug() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "asparaginase", null, List.of("E. coli", "Elspar"), List.of()))
                .intervention(new Intervention("BIOLOGICAL", "Study drink", null, List.of("E. coli"), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].otherNames[0]"), "the source of the enzyme");
        assertEquals(Set.of("asparaginase"), labels(r, "interventions[0].otherNames[1]").stream()
                .map(String::toLowerCase).collect(Collectors.toSet()));
        assertEquals(1, labels(r, "interventions[1].otherNames[0]").size(), "the organism, as the name says no drug");
    }

    @Test
    void takesNoDrugAPlaceboIsNamedFor() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Indacaterol", "EXPERIMENTAL", "Indacaterol 300 ug + Placebo to Formoterol delivered via "
                        + "Aerolizer; placebo for the tiotropium", List.of()))
                .arm(new Arm("Crossover", "EXPERIMENTAL", "Patients switch from placebo to formoterol after 4 weeks",
                        List.of()))
                .build());
        assertEquals(Set.of("Indacaterol"), labels(r, "arms[0].description").stream()
                .map(l -> Character.toUpperCase(l.charAt(0)) + l.substring(1)).collect(Collectors.toSet()));
        assertEquals(1, labels(r, "arms[1].description").size(), "formoterol given after placebo");
    }

    @Test
    void takesNoDrugAnArmGoesWithoutAndKeepsOneGivenWithOrWithout() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Control", "NO_INTERVENTION", "ARM 3 (No Intervention Control): will receive continued "
                        + "standard of care therapy without Hydroxychloroquine", List.of()))
                .arm(new Arm("Combination", "EXPERIMENTAL", "Hydroxychloroquine with or without azithromycin",
                        List.of()))
                .arm(new Arm("Slash", "EXPERIMENTAL", "Tocilizumab with/without dexamethasone", List.of()))
                .arm(new Arm("Rest", "EXPERIMENTAL", "A 7 day rest period (without capecitabine)", List.of()))
                .arm(new Arm("Both", "EXPERIMENTAL", "Toxicity in both with and without cisplatin arms", List.of()))
                .arm(new Arm("Break", "EXPERIMENTAL", "5 days followed by 2 days without ridaforolimus", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"), "the control arm goes without it");
        assertEquals(2, labels(r, "arms[1].description").size(), "azithromycin is given in some arm");
        assertEquals(2, labels(r, "arms[2].description").size(), "dexamethasone too");
        assertEquals(1, labels(r, "arms[3].description").size(), "a rest in its schedule gives capecitabine");
        assertEquals(1, labels(r, "arms[4].description").size(), "an arm with cisplatin");
        assertEquals(1, labels(r, "arms[5].description").size(), "days without it are a break in its schedule");
    }

    @Test
    void takesNoDrugAVehicleHoldsNoneOfNorAPartOfAChemicalName() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Placebo", "PLACEBO_COMPARATOR", "oil not containg vitamin D (Migliol oil)", List.of()))
                .arm(new Arm("Free", "PLACEBO_COMPARATOR", "a vehicle cream free of hydrocortisone", List.of()))
                .arm(new Arm("Calcitriol", "EXPERIMENTAL", "1,25 Dihydroxy-Vitamin D3 (Calcitriol) 0.25 mcg daily",
                        List.of()))
                .arm(new Arm("Vitamin D", "EXPERIMENTAL", "oil containing vitamin D 50,000 IU weekly", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"), "the placebo oil holds no vitamin D");
        assertEquals(Set.of(), labels(r, "arms[1].description"), "the vehicle holds no hydrocortisone");
        assertEquals(Set.of("calcitriol"), labels(r, "arms[2].description").stream()
                .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet()),
                "the vitamin D3 of a dihydroxy- name is calcitriol's");
        assertEquals(1, labels(r, "arms[3].description").size(), "oil containing vitamin D gives it");
    }

    @Test
    void takesNoDrugOfAProductsMakingOfAnExaminationOrOfUsualCare() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Vaccine", "EXPERIMENTAL", "0.5 ml FSME Immun (2.4 ug of formalin inactivated TBEV "
                        + "antigen) at week 0", List.of()))
                .arm(new Arm("Swallow", "EXPERIMENTAL", "assigned by swallowing function during a modified barium "
                        + "swallow", List.of()))
                .arm(new Arm("Conjugate", "EXPERIMENTAL", "doxorubicin-HPMA conjugate every 3 weeks", List.of()))
                .arm(new Arm("Care", "ACTIVE_COMPARATOR", "Conventional medical management, including aspirin; "
                        + "Conventional medicines (Oxygen therapy, alfa interferon)", List.of()))
                .arm(new Arm("Placebo", "PLACEBO_COMPARATOR", "a warfarin tablet and a rivaroxaban placebo tablet",
                        List.of()))
                .arm(new Arm("Given", "EXPERIMENTAL", "Doxorubicin 60 mg/m2 and cisplatin; an Aspirin "
                        + "Placebo-controlled trial; standard chemotherapy (cisplatin and fluorouracil)", List.of()))
                .briefSummary("This disease is currently treated with steroids and antibiotics.")
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"), "formalin inactivated the antigen");
        assertEquals(Set.of(), labels(r, "arms[1].description"), "barium of an examination");
        assertEquals(Set.of(), labels(r, "arms[2].description"), "the conjugate is another drug");
        assertEquals(Set.of(), labels(r, "arms[3].description"), "drugs of usual care");
        assertEquals(Set.of("warfarin"), labels(r, "arms[4].description").stream()
                .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet()));
        assertEquals(Set.of("doxorubicin", "cisplatin", "aspirin", "fluorouracil", "cytotoxic chemotherapy"),
                labels(r, "arms[5].description")
                .stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet()));
        assertEquals(Set.of(), labels(r, "briefSummary").stream().filter(l -> l.contains("steroid"))
                .collect(Collectors.toSet()), "the usual treatment of the disease");
    }

    @Test
    void takesNoClassSaidOfADrugEnzymeTracerElementOrTodaysTreatment() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Said", "EXPERIMENTAL", "Anlotinib, which has shown efficacy as a 3rd-line treatment, "
                        + "is a tyrosine kinase inhibitor with a favorable safety profile", List.of()))
                .arm(new Arm("Placebo", "PLACEBO_COMPARATOR", "gefitinib 250mg QD; placebo will be given to patients "
                        + "in the same way as the thalidomide", List.of()))
                .arm(new Arm("Diluted", "EXPERIMENTAL", "130 mg/m2 oxaliplatin diluted in 250 to 500 mL Dextrose 5% in "
                        + "Water", List.of()))
                .arm(new Arm("Tests", "OTHER", "biochemistry tests (bilirubin, aspartate aminotransferase, alanine "
                        + "transaminase) at screening", List.of()))
                .arm(new Arm("Prefix", "EXPERIMENTAL", "200 mg Hydroxy chlorquine; methyl prednisolone 40 mg",
                        List.of()))
                .arm(new Arm("Tracer", "EXPERIMENTAL", "68-Gallium Dotatate PET", List.of()))
                .arm(new Arm("Named", "EXPERIMENTAL", "Oral N-Acetyl Dinaline 8 mg/m2 daily", List.of()))
                .intervention(new Intervention("DRUG", "Plaquenil", "Trade Name: Plaquenil\nOther descriptive name: "
                        + "Antimalarial, Aminoquinoline\nINN or Proposed INN: Hydroxychloroquine sulfate", List.of(),
                        List.of()))
                .build());
        assertEquals(Set.of("anlotinib"), lower(labels(r, "arms[0].description")), "the class said of anlotinib");
        assertEquals(Set.of("gefitinib"), lower(labels(r, "arms[1].description")), "the drug a placebo imitates");
        assertEquals(Set.of("oxaliplatin"), lower(labels(r, "arms[2].description")), "the diluent");
        assertEquals(Set.of(), labels(r, "arms[3].description").stream()
                .filter(l -> l.toLowerCase(java.util.Locale.ROOT).matches(".*(?:aspart|alanin).*"))
                .collect(Collectors.toSet()), "enzymes of liver tests");
        assertTrue(labels(r, "arms[4].description").stream().noneMatch(l -> l.equalsIgnoreCase("chloroquine")
                || l.equalsIgnoreCase("prednisolone")), "part of another name: " + labels(r, "arms[4].description"));
        assertTrue(labels(r, "arms[5].description").stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT)
                .startsWith("gallium")), "the tracer's radionuclide: " + labels(r, "arms[5].description"));
        assertTrue(labels(r, "arms[6].description").stream().anyMatch(l -> l.equalsIgnoreCase("acetyldinaline")),
                "the prefix is the concept's own: " + labels(r, "arms[6].description"));
        assertTrue(labels(r, "interventions[0].description").stream()
                .noneMatch(l -> l.equalsIgnoreCase("antimalarial")), "the product's descriptive name");
        TrialRecord summary = enricher.enrich(record().title("Retinoic Acid Homeostasis in Neuropsychiatric Diseases")
                .briefSummary("Current therapy for disseminated MAC infection in HIV patients consists of multidrug "
                        + "chemotherapy regimens. Patients will receive interleukin-12 in addition to anti-MAC "
                        + "chemotherapy and standard anti-retroviral therapy.").build());
        assertEquals(Set.of(), labels(summary, "title"), "the body's own retinoic acid");
        assertTrue(labels(summary, "briefSummary").stream().noneMatch(l -> l.contains("chemotherapy")),
                "today's treatment and what the drug is added to: " + labels(summary, "briefSummary"));
        TrialRecord infection = enricher.enrich(record()
                .arm(new Arm("TB", "EXPERIMENTAL", "anti-tuberculosis chemotherapy for 6 months; TB chemotherapy",
                        List.of()))
                .arm(new Arm("Cancer", "EXPERIMENTAL", "anti-cancer chemotherapy every 3 weeks", List.of())).build());
        assertEquals(Set.of(), labels(infection, "arms[0].description"), "the chemotherapy of an infection");
        assertEquals(Set.of("cytotoxic chemotherapy"), labels(infection, "arms[1].description"));
    }

    @Test
    void takesNoMechanismClassBesideItsDrugCarrierLocantOrStandardTreatment() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Code", "EXPERIMENTAL", "BMS-708163 (Gamma-Secretase Inhibitor) 50 mg daily", List.of()))
                .arm(new Arm("Class", "EXPERIMENTAL", "IL-6 inhibitor (Tocilizumab) 8 mg/kg once", List.of()))
                .arm(new Arm("Either", "EXPERIMENTAL", "a PD-1 inhibitor (sintilimab or camrelizumab); G-CSF "
                        + "(Filgrastim) 5 mcg/kg", List.of()))
                .arm(new Arm("Locant", "EXPERIMENTAL", "2',3'-Didehydro-3'-Deoxythymidine (Stavudine; d4T) twice daily",
                        List.of()))
                .arm(new Arm("Carrier", "EXPERIMENTAL", "Type III GBS Polysaccharide-Tetanus Toxoid Conjugate Vaccine",
                        List.of()))
                .arm(new Arm("Standard", "ACTIVE_COMPARATOR", "received standard treatment ( Hydroxychloroquine 400mg "
                        + "daily); standard treatment of COVID-19(Kaletra+ Azitromycine); in addition to the standard "
                        + "treatment (200 mg chloroquine daily); baseline antiviral treatment (lopinavir / ritonavir "
                        + "or abidol); standard country protocol drugs (oseltamivir)", List.of()))
                .arm(new Arm("Control", "ACTIVE_COMPARATOR", "standard chemotherapy regimen (cisplatin)", List.of()))
                .arm(new Arm("Added", "EXPERIMENTAL", "Standard treatment + cerrokin (recombinant human interferon "
                        + "alpha 1beta) 10UG BID", List.of()))
                .build());
        assertTrue(labels(r, "arms[0].description").stream().noneMatch(l -> l.contains("secretase")),
                "the class in brackets after a code: " + labels(r, "arms[0].description"));
        assertEquals(Set.of("tocilizumab"), lower(labels(r, "arms[1].description")), "the class of the one drug");
        assertTrue(labels(r, "arms[2].description").containsAll(Set.of("PD-1 inhibitor", "sintilimab",
                "camrelizumab")), "a class with two drugs to choose from: " + labels(r, "arms[2].description"));
        assertTrue(labels(r, "arms[2].description").stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT)
                .contains("colony-stimulating")), "G-CSF is its one drug named: " + labels(r, "arms[2].description"));
        assertTrue(labels(r, "arms[2].description").contains("filgrastim"), labels(r, "arms[2].description").toString());
        assertTrue(labels(r, "arms[3].description").stream().noneMatch(l -> l.equalsIgnoreCase("thymidine")),
                "part of stavudine's chemical name: " + labels(r, "arms[3].description"));
        assertTrue(labels(r, "arms[4].description").stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT)
                .contains("tetan")), "the conjugate's carrier: " + labels(r, "arms[4].description"));
        assertEquals(Set.of(), labels(r, "arms[5].description"), "the drugs of standard treatment");
        assertTrue(labels(r, "arms[6].description").contains("cisplatin"), "a control arm's chemotherapy");
        assertTrue(labels(r, "arms[7].description").stream().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT)
                .contains("interferon")), "a drug added to standard treatment: " + labels(r, "arms[7].description"));
    }

    @Test
    void takesNoDrugAPlaceboImitatesASpelledIsotopeLabelsOrAChelatorRemoves() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Placebo", "EXPERIMENTAL", "active alendronate (10 mg/day) and placebo calcitriol",
                        List.of()))
                .arm(new Arm("Sugar", "PLACEBO_COMPARATOR", "Sugar pill manufactured to mimic Aripiprazole gel caps",
                        List.of()))
                .arm(new Arm("Tracer", "EXPERIMENTAL", "imaging agents 68GALLIUM-DOTATATE and 18F-DOPA", List.of()))
                .arm(new Arm("Chelation", "EXPERIMENTAL", "Combination Iron Chelation Therapy with deferoxamine for "
                        + "transfusion-induced iron overload, removing excess iron", List.of()))
                .build());
        assertEquals(Set.of("alendronic acid"), lower(labels(r, "arms[0].description")), "a placebo of calcitriol");
        assertEquals(Set.of(), labels(r, "arms[1].description"), "the drug a sugar pill mimics");
        assertTrue(labels(r, "arms[2].description").stream().noneMatch(l -> l.equalsIgnoreCase("dotatate")),
                "the ligand of a spelled-out isotope: " + labels(r, "arms[2].description"));
        assertEquals(Set.of("deferoxamine"), lower(labels(r, "arms[3].description")), "what the chelator removes");
    }

    @Test
    void takesNoRadiolabelOfAnAntibodyAbbreviationOfAnotherThingComplexsMetalOrDeclinedDrug() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("RADIATION", "indium In 111 LL2 IgG", null, List.of(), List.of()))
                .intervention(new Intervention("RADIATION", "yttrium Y 90 monoclonal antibody BrE-3", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DEVICE", "yttrium Y 90 glass microspheres", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DRUG", "Cisplatin", null, List.of("Cis-dichloroammine Platinum (II)"),
                        List.of()))
                .arm(new Arm("Enzyme", "EXPERIMENTAL", "The gene for an enzyme, ornithine aminotransferase (OAT), "
                        + "that breaks down ornithine; low molecular weight heparin (LMWH) daily", List.of()))
                .arm(new Arm("Declined", "OTHER", "patients who can not tolerate or decline chemotherapy and choose "
                        + "gefitinib", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"), "indium labels the antibody");
        assertEquals(Set.of(), labels(r, "interventions[1].name"), "yttrium labels the antibody");
        assertEquals(1, labels(r, "interventions[2].name").size(), "yttrium given in microspheres");
        assertEquals(Set.of(), labels(r, "interventions[3].otherNames[0]"), "the metal of cisplatin's chemical name");
        Set<String> enzyme = lower(labels(r, "arms[0].description"));
        assertTrue(enzyme.stream().noneMatch(l -> l.equals("oat")), "the enzyme's abbreviation: " + enzyme);
        assertTrue(enzyme.stream().anyMatch(l -> l.contains("heparin")), "an abbreviation of a drug: " + enzyme);
        assertEquals(Set.of("gefitinib"), lower(labels(r, "arms[1].description")), "chemotherapy declined");
        TrialRecord labelled = enricher.enrich(record().title("Monoclonal Antibody Therapy in Treating Patients With "
                + "Ovarian Cancer in Remission Following Surgery and Chemotherapy")
                .intervention(new Intervention("RADIATION", "yttrium Y 90 monoclonal antibody BrE-3", null, List.of(),
                        List.of()))
                .build());
        assertTrue(labelled.drugMentions().stream().noneMatch(DrugMention::resolved),
                "a labelled antibody is the drug, not the title's earlier chemotherapy: " + labelled.drugMentions());
    }

    private static Set<String> lower(Set<String> labels) {
        return labels.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void takesNoDiluentOfTheProductGiven() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("BCG", "EXPERIMENTAL", "Live, attenuated BCG Vaccine. Diluent: Sodium Chloride Injection "
                        + "I.P.", List.of()))
                .arm(new Arm("Infusion", "EXPERIMENTAL", "Remdesivir diluted in 250 mL of 0.9% sodium chloride over "
                        + "60 minutes; sodium chloride injection as the diluent", List.of()))
                .arm(new Arm("Saline", "EXPERIMENTAL", "Hypertonic sodium chloride 3% nebulised twice a day",
                        List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description").stream()
                .filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("chloride")).collect(Collectors.toSet()));
        assertEquals(1, labels(r, "arms[1].description").size(), "remdesivir alone: " + labels(r, "arms[1].description"));
        assertEquals(1, labels(r, "arms[2].description").size(), "sodium chloride given for itself");
    }

    @Test
    void takesNoDrugAMatchingPlaceboIsNamedForNorADeficientLevel() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Placebo", "PLACEBO_COMPARATOR", "matching placebo hydroxychloroquine tablet taken orally",
                        List.of()))
                .arm(new Arm("Observation", "OTHER", "Vitamin D deficient patients are followed", List.of()))
                .arm(new Arm("Supplement", "EXPERIMENTAL", "Vitamin D 50,000 IU weekly", List.of()))
                .arm(new Arm("Antiemetic placebo", "PLACEBO_COMPARATOR", "Casopitant 150 mg matching placebo",
                        List.of()))
                .arm(new Arm("Ertapenem", "EXPERIMENTAL", "Ertapenem 1.0 g and placebo matching Moxifloxacin "
                        + "(Moxifloxacin dummy) every 24 hours", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"));
        assertEquals(Set.of(), labels(r, "arms[1].description"));
        assertEquals(1, labels(r, "arms[2].description").size());
        assertEquals(Set.of(), labels(r, "arms[3].description"), "the placebo matches casopitant");
        assertEquals(Set.of("ertapenem"), lower(labels(r, "arms[4].description")), "a double dummy of moxifloxacin");
    }

    @Test
    void takesTheDrugAClassNameGoesOnToAfterAnAbbreviation() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Recombinant human interferon (IFN) alpha-2b", null, List.of(),
                        List.of()))
                .build());
        List<DrugMention> ms = r.drugMentions().stream().filter(DrugMention::resolved).toList();
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("interferon alfa-2b", ms.get(0).conceptLabel().toLowerCase());
        assertEquals("interferon (IFN) alpha-2b", ms.get(0).text());
    }

    @Test
    void takesNoClassThatAnOtherNameOrASubtypeMakesOneDrugNorUsualTreatmentsDrugs() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Bevacizumab", null,
                        List.of("Avastin", "anti-VEGF monoclonal antibody"), List.of()))
                .intervention(new Intervention("DRUG", "PD-1 inhibitor", null, List.of("anti-PD-1 antibody"),
                        List.of()))
                .arm(new Arm("Lost", "EXPERIMENTAL", "IFN-?2b 3 million IU (Heberon Alpha R)", List.of()))
                .arm(new Arm("Greek", "EXPERIMENTAL", "IFN-α2b 3 million IU", List.of()))
                .arm(new Arm("Usual", "ACTIVE_COMPARATOR", "standard treatment for Qovid 19 (Hydroxychloroquine 200 "
                        + "tablets every 12 hours); usual treatments (Fifth Edition of the Guidelines: "
                        + "hydroxychloroquine with or without lopinavir/ritonavir or atazanavir/ritonavir)", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].otherNames[1]"), "the class of the drug named");
        assertEquals(Set.of("PD-1 inhibitor"), labels(r, "interventions[1].otherNames[0]"),
                "an other name of a class intervention");
        assertEquals(Set.of(), labels(r, "arms[0].description"), "a subtype the lexicon cannot read");
        assertEquals(Set.of("interferon alfa-2b"), lower(labels(r, "arms[1].description")), "alpha in Greek");
        assertEquals(Set.of(), labels(r, "arms[2].description"), "the drugs of usual treatment");
        TrialRecord dose = enricher.enrich(record()
                .arm(new Arm("Dose", "EXPERIMENTAL", "Interferon 3 MIU three times a week", List.of())).build());
        assertEquals(Set.of("interferon"), labels(dose, "arms[0].description"), "a dose is no subtype");
    }

    @Test
    void takesNoLevelResultOrProductOfTheBody() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Haemoglobin results at week 8 were returned. Study of the Metabolism of Pyruvate. "
                        + "Pregnancy tests are based on the measurement of beta-Human Chorionic Gonadotropin. "
                        + "Phlebotomy removes the iron contained in red blood cells. Vitamin D status is recorded; "
                        + "endogenous cortisol is low; saliva cortisol is sampled at 8 am. Biologic, antiviral, and "
                        + "immunologic effects will be studied. "
                        + "Patients receive hydrocortisone; remdesivir results in faster recovery; testing the value of "
                        + "imatinib.")
                .build());
        assertEquals(Set.of("hydrocortisone", "remdesivir", "imatinib"), labels(r, "briefSummary"));
    }

    @Test
    void readsNoNameAcrossTheCommasOfAList() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("These include lab results of sodium, chloride, potassium concentrations. Patients "
                        + "receive sodium chloride 0.9%.")
                .build());
        assertEquals(Set.of("Sodium chloride"), labels(r, "briefSummary"));
        assertTrue(r.drugMentions().stream().noneMatch(m -> m.text().contains(",")));
        TrialRecord items = enricher.enrich(record()
                .title("Combination of Vitamin D, magnesium and Vitamin B12")
                .intervention(new Intervention("DRUG", "lopinavir, ritonavir", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("lopinavir/ritonavir"), labels(items, "interventions[0].name"));
    }

    @Test
    void takesNoDrugOfUsersAGroupNotGivenItOrAResistanceTest() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Lecanemab non-administration group", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DRUG", "Test drug", "Cognition of stimulant abusers (methamphetamine "
                        + "and cocaine); heroin users; Antiretroviral Drug Genotype and resistance; other Retinoid "
                        + "Responsive Diseases; non-opioid analgesics. Patients receive acitretin and morphine.",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(Set.of("Acitretin", "morphine"), labels(r, "interventions[1].description"));
    }

    @Test
    void takesNoExampleAfterDrugsLike() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Medications like bisphosphonates are used when there is too much bone breakdown.")
                .build());
        assertEquals(Set.of(), labels(r, "briefSummary"));
    }

    @Test
    void takesNoNameOfAGeneAnAnhydrideOrAReceptorSubtype() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("Lymphocytes express this iduronate-2-sulfatase gene (L2SN). ACE Inhibitors, "
                        + "Angiotensin II Type-I Receptor Blockers and Severity of COVID-19.")
                .intervention(new Intervention("DRUG", "Arsenic trioxide", null, List.of("Arsenous Acid Anhydride"),
                        List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].otherNames[0]"));
        assertEquals(Set.of("arsenic trioxide"), labels(r, "interventions[0].name"));
        TrialRecord summary = enricher.enrich(record()
                .briefSummary("Lymphocytes express this iduronate-2-sulfatase gene (L2SN). ACE Inhibitors, "
                        + "Angiotensin II Type-I Receptor Blockers and Severity of COVID-19. Inserting the gene for "
                        + "interleukin-2; due to inhibition of angiotensin II; selective angiotensin II type 1 (AT1) "
                        + "receptor antagonists. Patients receive losartan.")
                .build());
        assertEquals(Set.of("ACE inhibitor", "losartan"), labels(summary, "briefSummary"));
    }

    @Test
    void takesNoIsotopeThatLabelsTheResearchCodeAfterIt() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "123-I MNI-187 Injection", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Sodium iodide I-131 100 mCi", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(1, labels(r, "interventions[1].name").size());
    }

    @Test
    void takesTheMemberAClassNameWithAGreekLetterNames() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Recombinant human interferon a1ß", null,
                        List.of("gamma interferon"), List.of()))
                .build());
        assertTrue(r.drugMentions().stream().filter(DrugMention::resolved).noneMatch(DrugMention::classLevel),
                r.drugMentions().toString());
        TrialRecord alpha = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Recombinant Interferon Alpha", null, List.of(),
                        List.of()))
                .build());
        assertEquals(Set.of("interferon alfa"), labels(alpha, "interventions[0].name"));
        TrialRecord abbreviated = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "all-trans-retinoic acid with IFN-alpha2a", null, List.of(),
                        List.of()))
                .build());
        assertTrue(labels(abbreviated, "interventions[0].name").contains("interferon alfa-2a"),
                abbreviated.drugMentions().toString());
    }

    @Test
    void takesNoCellProductOfASourceTheTextDoesNotName() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Mesenchymal stromal cells", null, List.of(), List.of()))
                .intervention(new Intervention("BIOLOGICAL", "Human umbilical cord mesenchymal stem cells", null,
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        assertEquals(1, labels(r, "interventions[1].name").size());
        TrialRecord marrow = enricher.enrich(record()
                .title("Single Donor Banked Bone Marrow Mesenchymal Stromal Cells for Respiratory Failure").build());
        assertTrue(labels(marrow, "title").stream().noneMatch(l -> l.contains("Umbilical")), marrow.toString());
        TrialRecord code = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "UC-MSCs", null, List.of(), List.of())).build());
        assertEquals(1, labels(code, "interventions[0].name").size());
    }

    @Test
    void takesNoPartOfAChemicalNameAcupointTargetOrExampleOfStandardCare() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Tafamidis meglumine", "Other descriptive name: [d-glucitol, "
                        + "1-deoxy-1-(methylamino)-, 2-(3,5-dichlorophenyl)-6-benzoxazolecarboxylate (1:1)]",
                        List.of(), List.of()))
                .intervention(new Intervention("OTHER", "abdominal massage + ST-36 (Zusanli) acupressure", null,
                        List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Methotrexate", "Methotrexate tablets is a folic acid "
                        + "antagonist. Patients receiving standard empiric therapies as per protocols such as "
                        + "available antiviral treatments.", List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].description"));
        assertEquals(Set.of(), labels(r, "interventions[1].name"));
        TrialRecord list = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "chemotherapy with streptozotocin, 5-fluorouracil, and "
                        + "doxorubicin", null, List.of(), List.of()))
                .build());
        assertTrue(labels(list, "interventions[0].name").contains("Streptozocin"), list.toString());
        assertEquals(Set.of("methotrexate"), labels(r, "interventions[2].description"));
        TrialRecord signature = enricher.enrich(record()
                .title("Acquired Thrombophilia and Interferon-alpha Signature").build());
        assertEquals(Set.of(), labels(signature, "title"));
    }

    @Test
    void takesNoDrugOfStandardCareListedAfterWhatSaysSo() {
        // each from a record of ../shared/data that was read so
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "All patients in this group receive typical treatment including "
                        + "azithromycin and hydroxychloroquine.", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "This group just take standard drugs consist of Kaletra and "
                        + "hydroxychloroquine.", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Control group: Corona standard treatment based on the protocol "
                        + "of the Ministry of Health of Iran (Azithromycin daily + Kaletra *2 BD).", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DRUG", "Intervention group, in addition to antiviral treatments "
                        + "according to the national protocol, injectable selenium", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Conventional medical treatment：donepezil, rivastigmine or "
                        + "galantamine", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "In addition to standard treatment:(two-drug regimen including "
                        + "500 mg chloroquine phosphate / 400 mg hydroxychloroquine sulfate)", null, List.of(),
                        List.of()))
                .build());
        for (int i = 0; i < 6; i++) {
            // the drug the fourth adds stays
            assertEquals(i == 3 ? Set.of("selenium") : Set.of(), labels(r, "interventions[" + i + "].name"),
                    "intervention " + i);
        }
        // a heading before the drug an arm adds names that drug, and "per protocol" is the trial's own
        TrialRecord added = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "ulinastatin with Standard of care : Ulinastatin -IV infusion",
                        null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Paclitaxel as per protocol", null, List.of(), List.of()))
                .build());
        assertTrue(labels(added, "interventions[0].name").contains("Ulinastatin"), added.toString());
        assertEquals(Set.of("paclitaxel"), labels(added, "interventions[1].name"));
    }

    @Test
    void takesNoDrugOfAnEarlierRegimenAnAllowanceADietsExclusionOrAPlacebosBracket() {
        TrialRecord r = enricher.enrich(record()
                .briefSummary("This disease is currently treated with steroids, sulfasalazine (Azulfidine), 5-ASA "
                        + "drugs (Pentasa, Asacol), immune suppressants.")
                .arm(new Arm("A", "EXPERIMENTAL", "Participants who are failing a regimen of ZDV, 3TC, and IDV. "
                        + "Participants who progressed while on treatment with first-line osimertinib", List.of()))
                .arm(new Arm("B", "EXPERIMENTAL", "Diuretics and doxazosin may be given concurrently. A diet which "
                        + "excludes red meat, poultry, and white sugar. The use of adjunctive therapies such as "
                        + "steroids is discouraged but will be allowed if deemed necessary; paracetamol is permitted.",
                        List.of()))
                .arm(new Arm("C", "PLACEBO_COMPARATOR", "Placebo (for Aripiprazole) 5mg daily. Matching placebo "
                        + "(PBS-20% sucrose)", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "briefSummary"));
        assertEquals(Set.of(), labels(r, "arms[0].description"));
        assertEquals(Set.of(), labels(r, "arms[1].description"));
        assertEquals(Set.of(), labels(r, "arms[2].description"));
        // a drug given beside a placebo stays
        TrialRecord given = enricher.enrich(record()
                .arm(new Arm("A", "EXPERIMENTAL", "Calcium and placebo, with aripiprazole 5 mg daily", List.of()))
                .build());
        assertTrue(labels(given, "arms[0].description").contains("aripiprazole"), given.toString());
    }

    @Test
    void keepsTheDrugGivenWhereTheBackgroundRulesWordsStandInOtherSentences() {
        String[] texts = {"Patients who failed prior therapy with cisplatin will receive pemetrexed 500 mg/m2",
            "Participants progressing on treatment with osimertinib receive amivantamab plus lazertinib",
            "To avoid hypotension, phenylephrine infusion will be started",
            "Pembrolizumab may be continued at the discretion of the investigator",
            "Control arm: cisplatin according to local guidelines",
            "Standard treatment according to WHO guidelines, plus the study drug regimen including remdesivir",
            "anti-tetanus immunoglobulin 250 IU", "Rosuvastatin Lowers LDL Cholesterol Levels",
            "glycosylated erythropoietin 4000 IU", "Patients on nivolumab are allowed to enrol",
            "Then, further maintenance therapy with lenvatinib will be allowed until progression"};
        String[] drugs = {"pemetrexed", "amivantamab", "phenylephrine", "pembrolizumab", "cisplatin", "remdesivir",
            "tetanus", "rosuvastatin", "epoetin", "nivolumab", "lenvatinib"};
        for (int i = 0; i < texts.length; i++) {
            TrialRecord r = enricher.enrich(record()
                    .arm(new Arm("A", "EXPERIMENTAL", texts[i], List.of())).build());
            String drug = drugs[i];
            assertTrue(labels(r, "arms[0].description").stream()
                    .anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains(drug)),
                    texts[i] + " -> " + labels(r, "arms[0].description"));
        }
    }

    @Test
    void takesNoSubstanceMeasuredInAListTheTargetOfAnAntibodyOrAPartOfAnotherName() {
        TrialRecord r = enricher.enrich(record()
                .title("Evaluation of the Relationship Between Zinc Vitamin D and b12 Levels in the Covid-19 Positive "
                        + "Pregnant")
                .officialTitle("Basal and Stimulated Somatostatin Plasma Levels")
                .briefSummary("IL-12 induces interferon-gamma (IFN gamma) production; height, "
                        + "weight and hemoglobin A1c measured; saliva samples for cortisol and oxytocin analyses.")
                .build());
        assertEquals(Set.of(), labels(r, "title"));
        assertEquals(Set.of(), labels(r, "officialTitle"));
        assertEquals(Set.of(), labels(r, "briefSummary"));
        TrialRecord parts = enricher.enrich(record()
                .title("Anti-Interleukin-8 (Anti-IL-8) for Patients With COVID-19")
                .officialTitle("How Quickly The 14-Carbon-SAM-531 Is Absorbed")
                .intervention(new Intervention("DRUG", "Serine Proteinase Inhibitor WX-671", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Medroxy Progesterone (Depo-Provera) 150mg/ml", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DIETARY_SUPPLEMENT", "phenylalanine restricted diet", null, List.of(),
                        List.of()))
                .build());
        assertEquals(Set.of(), labels(parts, "title"));
        assertEquals(Set.of(), labels(parts, "officialTitle"));
        assertEquals(Set.of(), labels(parts, "interventions[0].name"));
        assertTrue(labels(parts, "interventions[1].name").stream().noneMatch(l -> l.equals("Progesterone")),
                parts.toString());
        assertEquals(Set.of(), labels(parts, "interventions[2].name"));
        // the levels of another thing, a dose's words and an EU CTR product's fields leave the drug
        TrialRecord kept = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Tacrolimus", "tacrolimus dose adjusted to trough levels; "
                        + "Other descriptive name: METHYLPREDNISOLONE SODIUM HEMISUCCINATE Concentration unit: mg",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of("tacrolimus", "methylprednisolone"), labels(kept, "interventions[0].description"));
    }

    @Test
    void takesNotTheHormoneAReleasingHormoneIsNamedFor() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Luteinizing hormone releasing hormone [LHRH] agonist", null,
                        List.of(), List.of()))
                .build());
        assertTrue(labels(r, "interventions[0].name").stream().noneMatch(l -> l.equals("Luteinizing hormone")),
                r.toString());
        // a product that releases a drug gives it, and a class in brackets after its one drug is that drug
        TrialRecord kept = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Filgrastim (G-CSF)", "NORS (Nitric Oxide Releasing Solution)",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of("filgrastim"), labels(kept, "interventions[0].name"));
        assertEquals(Set.of("nitric oxide"), labels(kept, "interventions[0].description"));
    }

    @Test
    void takesNoDrugATrialOfOtherKindsOfInterventionNamesNorOneItStops() {
        TrialRecord taught = enricher.enrich(record().title("Intensive Instruction on the Use of Aricept")
                .intervention(new Intervention("BEHAVIORAL", "Intensive adherence instruction", null, List.of(),
                        List.of()))
                .intervention(new Intervention("DIAGNOSTIC_TEST", "Rapid diagnostic test", null, List.of(), List.of()))
                .build());
        assertEquals(List.of(), taught.drugMentions(), "the drug a behavioural trial teaches about");
        TrialRecord imaged = enricher.enrich(record().title("The Role of Brain 18F-FDG PET in Late Onset Epilepsy")
                .briefSummary("Patients will receive cyclosporine after the transplant. During the scan a contrast "
                        + "material called gadolinium is injected.")
                .intervention(new Intervention("PROCEDURE", "Brain imaging", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("Fludeoxyglucose (18F)"), labels(imaged, "title"), "the tracer of a scan");
        assertEquals(Set.of("Gadolinium"), labels(imaged, "briefSummary"), "the contrast medium, not the care");
        TrialRecord given = enricher.enrich(record().title("Donepezil and Memory Training")
                .intervention(new Intervention("BEHAVIORAL", "Memory training", null, List.of(), List.of()))
                .intervention(new Intervention("OTHER", "Study medication", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("donepezil"), labels(given, "title"), "an intervention of another kind may be the drug");
        TrialRecord stopped = enricher.enrich(record().title("After Stopping Combination Antiretroviral Therapy")
                .arm(new Arm("Stop", "EXPERIMENTAL", "Patients discontinue antifungal maintenance therapy; after the "
                        + "routine discontinuation of clopidogrel; patients will stop aspirin", List.of()))
                .arm(new Arm("Taper", "EXPERIMENTAL", "prednisone tapered over 4 weeks", List.of()))
                .build());
        assertEquals(Set.of(), labels(stopped, "arms[0].description"), "drugs the trial stops");
        assertEquals(Set.of(), labels(stopped, "title"));
        assertEquals(Set.of("prednisone"), labels(stopped, "arms[1].description"), "a tapered drug is given");
    }

    @Test
    void takesNoCareTheClinicianMayChoose() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Tocilizumab", null, List.of(), List.of()))
                .arm(new Arm("SOC", "ACTIVE_COMPARATOR", "Standard of care will be determined by the treating "
                        + "clinician. Treatments may include antiviral agents (e.g. LPV/r, HCQ), or antibiotics.",
                        List.of()))
                .arm(new Arm("Chemo", "EXPERIMENTAL", "Chemotherapy may include cisplatin or carboplatin", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"));
        assertEquals(Set.of("cytotoxic chemotherapy", "cisplatin", "carboplatin"), labels(r, "arms[1].description"),
                "an arm's own choice of drug");
    }

    @Test
    void takesNoLinkOfALongerHyphenatedName() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("Peptide", "EXPERIMENTAL", "the peptide Cys-Gly-Gln-Arg-Glu-Thr", List.of()))
                .arm(new Arm("Narrower", "EXPERIMENTAL", "Kappa-Opioids: enadoline", List.of()))
                .arm(new Arm("Class", "EXPERIMENTAL", "opioids as needed and radio-chemotherapy", List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "arms[0].description"), "a link of a peptide's sequence");
        assertTrue(labels(r, "arms[1].description").stream().noneMatch(l -> l.contains("opioid")),
                "a class a Greek letter narrows: " + labels(r, "arms[1].description"));
        assertTrue(labels(r, "arms[2].description").containsAll(Set.of("opioid analgesic", "cytotoxic chemotherapy")),
                "a class alone, and one joined to another word: " + labels(r, "arms[2].description"));
    }

    @Test
    void takesAClassWhoseOneMemberTheRecordNamesAsThatDrug() {
        TrialRecord one = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Filgrastim", null, List.of("Neupogen"), List.of()))
                .intervention(new Intervention("DRUG", "GM-CSF", null, List.of("Sargramostim"), List.of()))
                .arm(new Arm("A", "EXPERIMENTAL", "G-CSF SC or IV daily until recovery", List.of()))
                .build());
        assertEquals(Set.of(), labels(one, "arms[0].description"), "G-CSF is the record's filgrastim");
        assertEquals(Set.of("sargramostim"), labels(one, "interventions[1].otherNames[0]"));
        assertTrue(one.drugMentions().stream().noneMatch(DrugMention::classLevel), one.drugMentions().toString());
        TrialRecord two = enricher.enrich(record()
                .intervention(new Intervention("BIOLOGICAL", "Filgrastim", null, List.of(), List.of()))
                .intervention(new Intervention("BIOLOGICAL", "Pegfilgrastim", null, List.of(), List.of()))
                .arm(new Arm("A", "EXPERIMENTAL", "G-CSF on day 2", List.of()))
                .arm(new Arm("B", "EXPERIMENTAL", "Neupogen (G-CSF) given at a dose of 10 ugm/kg", List.of()))
                .build());
        assertEquals(Set.of("granulocyte colony-stimulating factor"), labels(two, "arms[0].description"),
                "a class with two of its drugs named stays");
        assertEquals(Set.of("filgrastim"), labels(two, "arms[1].description"), "but not in brackets after one");
    }

    @Test
    void takesAFixedCombinationWrittenWithItsStrengthsAsTheCombination() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("A", "EXPERIMENTAL", "1 tablet per day Drospirenone (DRSP) 3 mg/Ethinylestradiol (EE) 20 µg "
                        + "for 24 days", List.of()))
                .arm(new Arm("B", "EXPERIMENTAL", "one tablet of Efavirenz 600 mg/emtricitabine 200 mg/tenofovir "
                        + "disoproxil fumarate 300 mg", List.of()))
                .arm(new Arm("C", "EXPERIMENTAL", "cisplatin 75 mg/m2 and docetaxel 75 mg/m2", List.of()))
                .build());
        assertEquals(Set.of("drospirenone/ethinylestradiol"), labels(r, "arms[0].description"));
        assertEquals(Set.of("efavirenz/emtricitabine/tenofovir disoproxil"), labels(r, "arms[1].description"));
        // two drugs the lexicon knows no combination of stay two
        assertEquals(Set.of("cisplatin", "docetaxel"), labels(r, "arms[2].description"));
    }

    @Test
    void takesTwoDrugsWrittenAsOneProductAsTheirCombinationInAnyOrder() {
        TrialRecord r = enricher.enrich(record()
                .arm(new Arm("A", "EXPERIMENTAL", "Levamisole and Formoterol+Budesonide inhaler 1 puff every 12 hours",
                        List.of()))
                .arm(new Arm("B", "EXPERIMENTAL", "IPT with Sulphadoxine pyrimethamine (SP) at 4 months", List.of()))
                .arm(new Arm("C", "EXPERIMENTAL", "dihydroartemisinin-piperaquine (Eurartesim; Sigma Tau) as 3 tablets",
                        List.of()))
                .arm(new Arm("D", "EXPERIMENTAL", "Levodopa/Carbidopa 100/25 mg; then paclitaxel/carboplatin",
                        List.of()))
                .build());
        assertEquals(Set.of("levamisole", "budesonide/formoterol"), lower(labels(r, "arms[0].description")));
        assertEquals(Set.of("pyrimethamine/sulfadoxine"), lower(labels(r, "arms[1].description")));
        assertEquals(Set.of("dihydroartemisinin/piperaquine"), lower(labels(r, "arms[2].description")));
        assertEquals(Set.of("carbidopa/levodopa", "paclitaxel", "carboplatin"), lower(labels(r, "arms[3].description")),
                "no combination of the last two is known");
        TrialRecord contents = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Kaletra", "Lopinavir-ritonavir tablets (each containing 200 mg "
                        + "of lopinavir and 50 mg of ritonavir), twice daily; Sofosbuvir (SOF)/velpatasvir 400/100 mg; "
                        + "ritonavir 100 mg boost (not in a bracket of contents)", List.of(), List.of()))
                .build());
        Set<String> given = lower(labels(contents, "interventions[0].description"));
        assertTrue(given.contains("lopinavir/ritonavir") && !given.contains("lopinavir"), given.toString());
        assertTrue(given.contains("sofosbuvir/velpatasvir") && !given.contains("sofosbuvir"), given.toString());
        assertTrue(given.contains("ritonavir"), "the boost outside the bracket: " + given);
    }

    @Test
    void readsWordsAndFoodsAsTheirDrugOnlyAsAWholeName() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("OTHER", "Data will be extracted to capture demographic data; with "
                        + "apple juice; an Apple Watch; a diet which leaves out poultry; metastasis identified by "
                        + "hematoxylin and eosin (H&E)", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of(), labels(r, "interventions[0].name"));
        TrialRecord whole = enricher.enrich(record()
                .intervention(new Intervention("OTHER", "Apple", null, List.of(), List.of())).build());
        assertEquals(Set.of("Apple"), labels(whole, "interventions[0].name"));
    }

    @Test
    void takesTheOtherDrugAGreekLetterMakesOfADrugsName() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "EPO", "Beta Erythropoietin", List.of(), List.of())).build());
        assertTrue(labels(r, "interventions[0].description").stream().noneMatch(l -> l.equals("epoetin alfa")),
                r.drugMentions().toString());
    }

    @Test
    void findsEveryDrugAndTheClassInSeed001Description() {
        String description = "79 patients will receive treatment with a PD-1 inhibitor (sintilimab or camrelizumab "
                + "200mg, d1, q3w) combined with monotherapy chemotherapy (paclitaxel 175mg/m2 or docetaxel 75mg/m2 or "
                + "irinotecan 270mg/m2, d1, q3w) for 4 cycles; salvage radiotherapy with paclitaxel and carboplatin.";
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Sintilimab Combined With Docetaxel Monotherapy", description,
                        List.of(), List.of()))
                .build());
        Set<String> found = labels(r, "interventions[0].description");
        assertTrue(found.containsAll(Set.of("sintilimab", "camrelizumab", "paclitaxel", "docetaxel", "irinotecan",
                "carboplatin", "PD-1 inhibitor")), found.toString());
        assertEquals(Set.of("sintilimab", "docetaxel"), labels(r, "interventions[0].name"));
        DrugMention pd1 = r.drugMentions().stream().filter(m -> "PD-1 inhibitor".equals(m.conceptLabel()))
                .findFirst().orElseThrow();
        assertTrue(pd1.classLevel());
        assertEquals("PD-1 inhibitor", description.substring(pd1.span().start(), pd1.span().end()));
        long paclitaxel = r.drugMentions().stream()
                .filter(m -> m.text().equals("paclitaxel") && m.span().field().endsWith("description")).count();
        assertEquals(1, paclitaxel, "the same (concept, text, field) is one mention");
    }

    @Test
    void dropsWhatADeviceCarriesTheCellsThatRecogniseADrugAndAPlacebosFiller() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Zinc", "Tetanus Toxoid-Specific Lymphocytes and insulin "
                        + "specific CD4+ T cells are counted; the comparator is an everolimus-eluting stent, a copper "
                        + "IUD and a Polymyxin B fiber hemoperfusion cartridge; heparin is given.", List.of(),
                        List.of()))
                .intervention(new Intervention("DRUG", "Placebo", "Tablet identical physically to active comparator "
                        + "containing some lactose", List.of(), List.of()))
                .intervention(new Intervention("DRUG", "[123I] AV 39", null, List.of(), List.of()))
                .intervention(new Intervention("DRUG", "BG9588", "Imaged with a 1H-129Xe Dual-Tuned Quadrature Head "
                        + "Coil. Patients' steroid dosage may be tapered.", List.of(), List.of()))
                .build());
        assertTrue(labels(r, "interventions[3].description").isEmpty(), r.drugMentions().toString());
        TrialRecord measured = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "darunavir/cobicistat", "Stop when creatine clearance falls "
                        + "below 10 ml/min.", List.of(), List.of()))
                .build());
        assertEquals(Set.of("cobicistat/darunavir"), labels(measured, "interventions[0].name"),
                "a combination whose Drugs@FDA ingredient is a salt (darunavir ethanolate) is found by its drugs");
        assertTrue(labels(measured, "interventions[0].description").isEmpty(), measured.drugMentions().toString());
        TrialRecord listed = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Raltegravir", "A trial of Indinavir, Lamivudine, and "
                        + "Zidovudine. The CASCADE Study - Measures of Complement. MRI of Brain Iron in disease. An "
                        + "optimized background regimen that may include NRTIs and enfuvirtide can be added. "
                        + "Enfuvirtide is highly recommended but is left to the clinician.", List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Lamivudine and zidovudine", null, List.of(), List.of()))
                .build());
        assertEquals(Set.of("indinavir", "lamivudine", "zidovudine"), labels(listed, "interventions[0].description"));
        assertEquals(Set.of("lamivudine/zidovudine"), labels(listed, "interventions[1].name"),
                "without a comma the pair is the product");
        assertEquals(Set.of("heparin"), labels(r, "interventions[0].description"));
        assertTrue(labels(r, "interventions[1].description").isEmpty(), r.drugMentions().toString());
        assertTrue(labels(r, "interventions[2].name").isEmpty(), r.drugMentions().toString());
        TrialRecord given = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Lactose", "lactose 20 g daily", List.of(), List.of()))
                .intervention(new Intervention("DRUG", "Tetanus toxoid", "a booster of tetanus toxoid", List.of(),
                        List.of()))
                .build());
        assertEquals(1, labels(given, "interventions[0].description").size(), given.drugMentions().toString());
        assertEquals(1, labels(given, "interventions[1].description").size(), given.drugMentions().toString());
        TrialRecord beforeCoiling = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "Tranexamic acid", "Tranexamic acid before coil embolization",
                        List.of(), List.of()))
                .build());
        assertEquals(Set.of("Tranexamic acid"), labels(beforeCoiling, "interventions[0].description"));
    }

    @Test
    void aTitleGivesNoClassItsPeopleHadBeforeOrThatItReplaces() {
        TrialRecord r = enricher.enrich(record().title("Vaccines After High-Dose Chemotherapy")
                .officialTitle("Quality of life of children with cancer undergoing chemotherapy")
                .briefSummary("Highly selected reactive cells as an alternative to chemotherapy. Patients who are "
                        + "receiving highly active antiretroviral therapy are enrolled. Standard treatments, including "
                        + "cyclophosphamide (Cytoxan), azathioprine (Imuran) and prednisone, are toxic.")
                .intervention(new Intervention("BIOLOGICAL", "vaccine therapy", null, List.of(), List.of()))
                .build());
        assertTrue(labels(r, "title").isEmpty(), r.drugMentions().toString());
        assertTrue(labels(r, "officialTitle").isEmpty(), r.drugMentions().toString());
        assertTrue(labels(r, "briefSummary").isEmpty(), r.drugMentions().toString());
        TrialRecord under = enricher.enrich(record().title("Chemoprophylaxis With Hydroxychloroquine in Patients Under "
                + "Biological Treatment and / or JAK Inhibitors").build());
        assertEquals(Set.of("hydroxychloroquine"), labels(under, "title"));
        TrialRecord given = enricher.enrich(record().title("High-Dose Chemotherapy and Autologous Transplant")
                .intervention(new Intervention("PROCEDURE", "transplant", null, List.of(), List.of()))
                .intervention(new Intervention("BIOLOGICAL", "vaccine therapy", null, List.of(), List.of()))
                .build());
        assertEquals(1, labels(given, "title").size(), given.drugMentions().toString());
    }

    @Test
    void keepsUnmatchedDrugNamesAsUnresolvedButNotOtherTypes() {
        TrialRecord r = enricher.enrich(record()
                .intervention(new Intervention("DRUG", "XYZ-9999 tablets", null, List.of(), List.of()))
                .intervention(new Intervention("PROCEDURE", "Tumour assessment", null, List.of(), List.of()))
                .build());
        assertEquals(1, r.drugMentions().size());
        DrugMention m = r.drugMentions().get(0);
        assertEquals(DrugMention.Method.UNRESOLVED, m.method());
        assertEquals(0.0, m.confidence());
        assertEquals("interventions[0].name", m.span().field());
    }

    @Test
    void readsTheBriefSummaryOnlyWhenThereAreNoInterventions() {
        TrialRecord none = enricher.enrich(record().briefSummary("Toripalimab 240 mg every 3 weeks").build());
        assertEquals(Set.of("toripalimab"), labels(none, "briefSummary"));
        TrialRecord some = enricher.enrich(record().briefSummary("Toripalimab 240 mg")
                .intervention(new Intervention("DRUG", "capecitabine", null, List.of(), List.of())).build());
        assertTrue(labels(some, "briefSummary").isEmpty());
    }

    @Test
    void resolvesAtLeast90PercentOfNsclcDrugInterventions() throws IOException {
        Path file = shared().resolve("data/ctgov-json/nsclc-phase3-100.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
        JsonNode studies = new ObjectMapper().readTree(file.toFile());
        int total = 0;
        List<String> unresolved = new ArrayList<>();
        for (JsonNode s : studies) {
            for (JsonNode in : s.path("protocolSection").path("armsInterventionsModule").path("interventions")) {
                String type = in.path("type").asText();
                if (!type.equals("DRUG") && !type.equals("BIOLOGICAL")) {
                    continue;
                }
                List<String> otherNames = new ArrayList<>();
                in.path("otherNames").forEach(n -> otherNames.add(n.asText()));
                TrialRecord r = enricher.enrich(record().intervention(
                        new Intervention(type, in.path("name").asText(), null, otherNames, List.of())).build());
                total++;
                if (r.drugMentions().stream().noneMatch(DrugMention::resolved)) {
                    unresolved.add(in.path("name").asText());
                }
            }
        }
        double share = 1.0 - (double) unresolved.size() / total;
        assertTrue(total > 100, "interventions read: " + total);
        assertTrue(share >= 0.90, String.format("resolved %.3f of %d; unresolved: %s", share, total, unresolved));
        assertTrue(new HashSet<>(unresolved).size() < 15, unresolved.toString());
    }

    static Path shared() {
        String p = System.getProperty("trialkg.shared");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of("../../../shared");
    }
}
