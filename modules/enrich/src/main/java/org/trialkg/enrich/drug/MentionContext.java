package org.trialkg.enrich.drug;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a drug name to tell a drug given from a name used for something else: a placebo made to
 * match the drug ("Remdesivir placebo", "Matching placebo (gantenerumab)") or a level measured ("plasma levels of
 * folate", "tacrolimus trough levels").
 */
final class MentionContext {
    // Up to three words of a list, with their commas and conjunctions, between its opening words and the name.
    private static final String LIST_SO_FAR = "(?:\\p{L}[\\p{L}\\d-]*,?\\s+(?:or\\s+|and\\s+)?){0,3}$";
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\bplacebos?\\b");
    // The words that join the parts of a combination: "donepezil + placebo" is donepezil and a placebo.
    private static final Pattern JOINER = Pattern.compile("(?i)[+;,&]|\\b(?:and|or|plus|with|vs|versus)\\b");
    // A word followed by a mass number is an isotope the lexicon lacks ("cobalt-60 gamma ray therapy", "Xenon-129"),
    // or another longer name ("Camptothecin-11", "SAGE-718"), not the word's concept; a hyphen after the number
    // ("cisplatin-5-FU") is a regimen's list and a unit ("Cisplatin-100 mg/m2") a dose instead.
    private static final Pattern MASS_NUMBER_AFTER = Pattern.compile(
            "^-\\d+(?![\\p{L}\\p{N}-])(?!\\s*(?:mg|mcg|µg|ug|g|ml|iu|units?|%)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    // An isotope in square brackets right before a name is that compound's label: "[123I]-MIBG", "[123I]CLINDE",
    // "[123I] AV-151", "[123I] AV 39" (a research code after a space).
    private static final Pattern LABEL_AFTER = Pattern.compile("^\\](?=-?\\p{L}|\\s+\\p{Lu}+[\\p{Lu}\\d]*[\\s-]?\\d)");
    // A name that is part of the name of a protein or a receptor of the body: "serine/threonine-protein kinase",
    // "tyrosinase peptide", "estrogen receptor", "glucagon-like peptide"; a pair too ("serine/threonine kinase");
    // or that names the parent of another compound: "etanidazole derivative EF5", "a vitamin D analogue".
    // Also a gene ("iduronate-2-sulfatase gene"), an anhydride ("Arsenous Acid Anhydride" is arsenic trioxide), a
    // receptor's subtype ("Angiotensin II Type-I Receptor Blockers"), what a chelator removes ("Iron Chelation
    // Therapy"), the target of a class the lexicon lacks ("Methotrexate is a folic acid antagonist", "a vitamin K
    // antagonist"), a transporter of the body ("the membrane norepinephrine transporter", "dopamine transporter
    // imaging"), an activator of the body's ("plasminogen activator inhibitor 1"), the hormone that releases it
    // ("Luteinizing hormone releasing hormone [LHRH] agonist"; not "Nitric Oxide Releasing Solution" nor a
    // "Levonorgestrel-releasing IUD", which give the drug) and a fusion protein the name is the first part of
    // ("rCD4-IgG"; "Fc" only so written, as "FC" is also the fludarabine and cyclophosphamide given with rituximab).
    private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^(?:/\\p{L}+)?(?:\\s+(?:sub)?type[\\s-]*"
            + "(?:\\d|I{1,3}|[AB])\\b(?:-?\\d)?(?:\\s*\\([\\p{L}\\d]{1,6}\\))?)?(?:-|\\s+)(?:protein|receptors?"
            + "|kinases?|peptides?|residues?|like|derivatives?|analogu?e?s?|genes?|alleles?|polymorphisms?|anhydrides?"
            + "|transporters?|IgG\\d?|(?-i:Fc)"
            + "|antagonists?|agonists?|inhibitors?|blockers?|modulators?|activators?|releasing\\s+(?:hormones?|factors?)"
            + "|chelat(?:ion|ing|ors?)"
            // an enzyme named by what it acts on: "SHP2, a tyrosine phosphatase", "thymidylate synthase",
            // "aspartate aminotransferase" (a liver test)
            + "|\\p{L}*(?:phosphat|synth|transfer|transamin|deamin|dehydrogen|hydroxyl|oxid|reduct|carboxyl|hydrol"
            + "|ester|prote(?:in)?|peptid|lip)ases?"
            + ")\\b");
    /*
     * A name that qualifies a patient, a disease or an event is a drug of the patient's earlier or background
     * treatment, or of a disorder, not one the trial gives: "Steroid-refractory Ulcerative Colitis",
     * "Carbapenem-resistant Acinetobacter", "imatinib intolerant", "steroid-free remission", "Opioid Dependence",
     * "transfusion-induced iron overload".
     * "-free", "-related" and "-associated" only with a hyphen: "drug free" and "cisplatin related" are rarer and
     * looser. Not "-induced": over the store, "St. John's Wort-Induced Changes" and "Lupron Induced Hypogonadism"
     * name the drug the study gives as often as "chemotherapy-induced nausea" names a background one. Also the drug of
     * a group not given it or of those who use it ("Lecanemab non-administration group", "cocaine users", "Other
     * Retinoid Responsive Diseases"), and a drug tested for resistance ("Antiretroviral Drug Genotype/Phenotype").
     */
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(?i)^(?:(?:-|\\s+)(?:refractory|resistant"
            + "|resistance|na[iï]ve|intoleran(?:t|ce)|sensitive|exposed|experienced|pretreated|dependent|sparing"
            + "|dependence|addiction|abuse|abusers?|users?|addicts?|withdrawal|overdose|overload|poisoning|use\\s+disorders?"
            + "|responsive|unresponsive|non-?administration|non-?users?|restricted|restriction"
            + "|(?:drugs?\\s+)?(?:resistance|susceptibility"
            + "|genotypes?|phenotypes?))"
            + "|-(?:free|related|associated))\\b");
    /*
     * Words before a name, in its clause, that make it a drug of earlier or background treatment: "Thrush That Has
     * Not Been Cured With Fluconazole", "on Stable Doses of Acetylcholinesterase Inhibitors", "current antiviral
     * treatment", "Two weeks after completion of any chemotherapy", "prior chemotherapy", "patients who failed
     * imatinib", "This disease is currently treated with steroids", "who can not tolerate or decline
     * chemotherapy"; articles, "any", "other" and a number may stand between ("failed 2 prior lines of"). "not
     * previously treated with bevacizumab" is who gets it. Not
     * "after completion of": over the store it is mostly the trial's own chemotherapy ("filgrastim 24 hours after
     * completion of vinorelbine"); "after completion of any chemotherapy" is caught by "any".
     */
    private static final Pattern EARLIER_BEFORE = Pattern.compile("(?i)(?<!\\bnot\\s)\\b(?:previous(?:ly)?\\s+"
            + "(?:been\\s+)?(?:[\\p{L}]+ly\\s+|well-)?(?:treated|exposed|chelated|managed)\\s+(?:with|to|by)"
            + "|prior|previous(?:ly)?|earlier|failed"
            + "|(?:can\\s?not|unable\\s+to)\\s+tolerate|(?:declin|refus)(?:e|es|ed|ing)"
            + "|failing|failure\\s+(?:of|on|to)|refractory\\s+to|resistan(?:t|ce)\\s+to|intoleran(?:t|ce)\\s+(?:to|of)"
            + "|progress(?:ed|ion|ing)\\s+(?:on|after|following|during)|relapsed?\\s+(?:on|after|following)"
            + "|pre-?treated\\s+with|not\\s+(?:been\\s+)?(?:cured|controlled)\\s+(?:with|by)"
            + "|not\\s+(?:responded|improved)\\s+(?:to|with|on)|on\\s+(?:a\\s+)?stable\\s+(?:doses?|regimens?|treatment)"
            + "\\s+(?:of|with)|currently\\s+(?:taking|receiving|using|used|on)|current|history\\s+of"
            + "|(?:currently|usually|commonly|typically|traditionally|conventionally)\\s+treated\\s+with)"
            + "(?:\\s+(?:any|the|a|an|their|his|her|other|\\d+|chronic|long-term|oral|intravenous|subcutaneous"
            + "|intramuscular|topical|systemic|or|and))*\\s+$");
    /*
     * A drug the trial stops, not gives: "After Stopping Combination Antiretroviral Therapy", "Discontinuation of
     * Antifungal Therapy", "after the routine discontinuation of clopidogrel", "will discontinue all antiretroviral
     * therapy". (Not tapering: a tapered drug is given.)
     */
    private static final Pattern STOPPED_BEFORE = Pattern.compile("(?i)\\b(?:stop(?:s|ping)?|discontinu(?:e|es|ing)"
            + "|(?:discontinuation|cessation|interruption|withdrawal)\\s+of|withdrawing)(?:\\s+(?:all|any|the|their|his"
            + "|her|combination|concomitant|current|chronic|long-term|maintenance))*\\s+$");
    /*
     * A drug of an earlier trial: "Who Previously Participated in a Double-blind Trial of Brexpiprazole",
     * "Participants Who Participated in Previous 3 Studies of Galantamine".
     */
    private static final Pattern EARLIER_TRIAL_BEFORE = Pattern.compile("(?i)\\b(?:previous(?:ly)?|prior|earlier"
            + "|completed|parent)\\b[^.;:]{0,60}\\b(?:trials?|stud(?:y|ies))\\s+(?:of|with)\\s+$");
    /*
     * A name that describes a research code written before it, after a comma and an article: "NT-I7, a Long Acting
     * Interleukin-7" is efineptakin alfa, not interleukin-7; "ENV 2-3, a Yeast-Derived Recombinant Envelope Protein".
     * Not after "the": "for COVID-19, the berberine hydrochloride capsule" names the drug given.
     */
    private static final Pattern DESCRIBED_CODE_BEFORE = Pattern.compile("(?:^|\\s)[\\p{Lu}\\d][\\p{L}\\d]*-"
            + "[\\p{L}\\d]*\\d[\\p{L}\\d]*,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}$");
    /*
     * Any drug of a class, in a list that "any" opens: "including any other antibiotic, antibacterial, antiviral or
     * antimicrobial drugs" names no drug the trial gives.
     */
    private static final Pattern ANY_BEFORE = Pattern.compile("(?i)\\bany\\s+(?:other\\s+)?" + LIST_SO_FAR);
    /*
     * An example in a title or summary ("agents that replace dopamine such as levodopa", "Drugs currently used to
     * treat dermatomyositis, such as prednisone") is background; only read there, as an intervention's "such as"
     * lists what the trial gives. After "chemotherapy" it does there too: "Giving low doses of chemotherapy, such as
     * cyclophosphamide and fludarabine, before a donor transplant". "Medications like bisphosphonates are used" is
     * an example too.
     */
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?i)(?:(?<!chemotherapy,?\\s)\\bsuch\\s+as"
            + "|\\b(?:medications?|drugs?|agents?|medicines?|treatments?|therapies)\\s+like)\\s+" + LIST_SO_FAR);
    /*
     * A placebo described by the drug it imitates: "placebo which is completely similar in form and taste to 200
     * mg hydroxychloroquine tablet", "placebo will be given to patients in the same way as the thalidomide".
     */
    private static final Pattern IMITATION_BEFORE = Pattern.compile("(?i)\\bplacebos?\\b[^.;]{0,60}(?:\\b(?:similar"
            + "|identical|indistinguishable|resembl\\w*|same)\\b[^.;]{0,40}?\\b(?:to|as|with)|\\bmatch(?:ing|ed)?"
            + "(?:\\s+(?:to|with))?)\\s+(?:(?:the|a|an|\\p{L}+'s)\\s+)?(?:\\d+(?:[.,]\\d+)?\\s*(?:mg|g|mcg|µg|ml)\\s+)?$");
    /*
     * A placebo named for the drug it stands in for: "Indacaterol 300 µg + Placebo to Formoterol delivered via
     * Aerolizer", "placebo for tiotropium", "matching placebo sacubitril/valsartan tablet", "active alendronate and
     * placebo calcitriol", "Sugar pill manufactured to mimic Aripiprazole"; "switch from placebo to formoterol" gives
     * formoterol.
     */
    private static final Pattern PLACEBO_FOR_BEFORE = Pattern.compile("(?i)(?:(?<!\\bfrom\\s)\\bplacebos?\\s+"
            + "(?:to|for|of)|\\bmatch(?:ing|ed)\\s+placebos?)\\s+(?:(?:the|a|an|matching)\\s+)*$"
            + "|(?<!\\bfrom\\s)\\bplacebos?[ \\t]+$|\\b(?:mimic|imitate)s?\\s+(?:the\\s+|an?\\s+)?$");
    /*
     * A drug an arm goes without: "continued standard of care therapy without Hydroxychloroquine", "Pembrolizumab
     * Without Chemotherapy". "With or without X", "with and without X arms" and "with/without X" give X in some arm,
     * and days or a rest without it are a break in its schedule: "5 days followed by 2 days without ridaforolimus",
     * "a 7 day rest period (without capecitabine)". Read in the text right before the name, across brackets.
     */
    private static final Pattern WITHOUT_BEFORE = Pattern.compile("(?i)(?<!\\b(?:or|and)\\s)(?<!/)"
            + "(?<!\\b(?:days?|weeks?|period|rest|break|interval|holiday)\\s\\(?)\\bwithout\\s+"
            + "(?:(?:the|any|a|an|concomitant|additional|adjuvant|prior)\\s+)*$");
    /*
     * A vehicle or placebo said to hold none of a drug: "oil not containg vitamin D (Migliol oil)", "a cream free of
     * hydrocortisone", "a solution containing no heparin".
     */
    private static final Pattern NOT_CONTAINING_BEFORE = Pattern.compile("(?i)(?:\\bnot\\s+contain\\w*|\\bcontain\\w*"
            + "\\s+no|\\bfree\\s+(?:of|from))\\s+(?:(?:the|any|a|an)\\s+)*$");
    /*
     * A name right after a chemical prefix and its hyphen is part of another compound's name: "1,25
     * Dihydroxy-Vitamin D3 (Calcitriol)" is calcitriol, not cholecalciferol; "Desacetyl-vinblastine"; so is a name
     * after a locant that follows a word ("2',3'-Didehydro-3'-Deoxythymidine" is stavudine; not an isotope's letter,
     * "F-18-AV-45"). With a space instead ("Hydroxy chlorquine" is hydroxychloroquine, "methyl prednisolone"
     * methylprednisolone) unless the concept's name holds the prefix ("N-Acetyl Dinaline" is acetyldinaline): see
     * {@link #prefixed}.
     */
    private static final String CHEMICAL_PREFIXES = "(?:di|tri|mono)?(?:hydroxy|medroxy|methyl|ethyl|desmethyl|deoxy"
            + "|dehydro|dihydro|desacetyl|deacetyl|acetyl|amino|chloro|fluoro|bromo|iodo|nitro|oxo)";
    private static final Pattern CHEMICAL_PREFIX_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:" + CHEMICAL_PREFIXES
            + "|nor)-$|\\p{L}{3}-\\d+(?:,\\d+)*'{0,2}-$");
    private static final Pattern CHEMICAL_PREFIX_WORD_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])("
            + CHEMICAL_PREFIXES + ")\\s$");
    /*
     * The drugs a group of participants uses, in brackets after it: "stimulant abusers (methamphetamine and cocaine)";
     * and a name negated by "non-" or "no" right before it ("non-opioid analgesics", "Arm B: no hydroxychloroquine").
     */
    private static final Pattern USERS_BEFORE = Pattern.compile("(?i)\\b(?:ab)?users?\\s*\\(\\s*" + LIST_SO_FAR
            + "|(?<![\\p{L}-])(?:non-|no\\s+)$");
    /*
     * A name that is the target of another drug or the product of a gene: "due to inhibition of angiotensin II",
     * "blockade of bradykinin", "Inserting the gene for interleukin-2"; or what a drug removes ("removing excess
     * iron").
     */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)\\b(?:(?:inhibition|blockade|antagonism"
            + "|inhibitors?|antagonists?|blockers?)\\s+of|genes?\\s+(?:for|encoding|of)"
            + "|remov(?:e|es|ing|al\\s+of)(?:\\s+excess)?|excess(?:ive)?)\\s+(?:the\\s+)?$");
    // "Anti-Interleukin-8 (Anti-IL-8)": the target of an antibody the lexicon does not name whole; not a product
    // named for what it acts against ("anti-tetanus immunoglobulin").
    private static final Pattern ANTIBODY_TARGET_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\d-])anti-$");
    private static final Pattern ANTIBODY_PRODUCT = Pattern.compile("(?i)globulins?\\b|\\bser(?:um|a)\\b"
            + "|\\bvaccines?\\b|\\btoxoids?\\b|\\bantitoxins?\\b");
    // A name followed by a comma and a substituent ending in a hyphen is part of an inverted chemical name:
    // "[d-glucitol, 1-deoxy-1-(methylamino)-, ...]" is meglumine, "D-Glucitol, 1,4:3,6-dianhydro-" isosorbide; a
    // list's next name ("streptozotocin, 5-fluorouracil") goes on.
    private static final Pattern LOCANT_AFTER = Pattern.compile("^,\\s*\\d+(?:,\\d+)*(?::\\d+(?:,\\d+)*)?-"
            + "[\\p{L}\\d(),:'-]*-(?=[\\s,\\]]|$)");
    // A code in a text of acupuncture is an acupoint: "abdominal massage + ST-36 (Zusanli) acupressure".
    private static final Pattern ACUPUNCTURE = Pattern.compile("(?i)acupress|acupunct|acupoint|moxibustion");
    private static final Pattern ACUPOINT = Pattern.compile("^[A-Z]{1,3}-?\\d{1,2}$");
    // Examples of standard or usual care, in any field: "receiving standard empiric therapies as per protocols
    // such as available antiviral treatments" names the background, not a drug the trial gives.
    private static final Pattern STANDARD_EXAMPLE_BEFORE = Pattern.compile("(?i)\\b(?:standard|usual|routine"
            + "|empiric)\\b[^.;:]{0,80}\\bsuch\\s+as\\s+(?:(?:available|other|the)\\s+)?" + LIST_SO_FAR);
    /*
     * A drug a placebo is made to match, written before it: "Casopitant 150 mg matching placebo", "a warfarin tablet
     * and a rivaroxaban placebo tablet", a double-dummy design's "(Moxifloxacin dummy)". Not a placebo-controlled
     * study of it ("Aspirin Placebo-controlled Trial").
     */
    private static final Pattern MATCHING_PLACEBO_AFTER = Pattern.compile("(?i)^\\s*(?:\\d+(?:[.,]\\d+)?\\s*"
            + "(?:mg|g|mcg|µg|ml)\\s+)?-?\\s*(?:matching\\s+)?(?:placebos?|dumm(?:y|ies))\\b(?!\\s*-?\\s*control)");
    /*
     * The diluent or solvent of the product given: "Live, attenuated BCG Vaccine ... Diluent: Sodium Chloride
     * Injection", "remdesivir diluted in 250 mL of 0.9% sodium chloride", "reconstituted with water for injection",
     * "diluted in 250 to 500 mL Dextrose 5% in Water".
     */
    private static final Pattern DILUENT_BEFORE = Pattern.compile("(?i)(?:\\b(?:diluents?|solvents?)\\s*[:(-]?"
            + "|\\b(?:dilut|reconstitut|dissolv)(?:ed|ing|e)\\s+(?:in|with|into)(?:\\s+(?:the|a|an))?"
            + "(?:\\s+\\d+(?:[.,]\\d+)?(?:\\s*(?:to|-|–)\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:ml|l|cc)(?:\\s+of)?)?"
            + "(?:\\s+\\d+(?:[.,]\\d+)?\\s*%)?)\\s*$");
    private static final Pattern DILUENT_AFTER = Pattern.compile("(?i)^(?:\\s+(?:injection|solution))?\\s+(?:as\\s+)?"
            + "(?:the\\s+)?(?:diluents?|solvents?)\\b");
    /*
     * A name followed by what it did to a product, or by the examination it is the contrast of, is not a drug given:
     * "2.4 ug of formalin inactivated TBEV antigen", "formalin-fixed tissue", "a modified barium swallow", "barium
     * enema"; nor is one that a conjugate is made of ("doxorubicin-HPMA conjugate" is another drug, PK1), though a
     * conjugate vaccine is named for what it protects from.
     */
    private static final Pattern PRODUCT_OR_EXAM_AFTER = Pattern.compile("(?i)^(?:(?:-|\\s+)(?:inactivated|killed"
            + ")|-fixed|\\s+(?:swallows?|meals?|enemas?|o?esophagrams?)|(?:-[\\p{L}\\d]+)*[\\s-]+conjugat(?:es?|ed)"
            + "(?!\\s+vaccines?))\\b");
    /*
     * A drug that a device carries or binds names the device: "sirolimus-eluting stent", "paclitaxel coated
     * balloon", "chlorhexidine-impregnated dressing", "Polymyxin -B fiber hemoperfusion system", "heparin-bonded
     * catheter". A releasing system stays ("Levonorgestrel-releasing IUD" gives the drug), so does an implant.
     */
    private static final Pattern DEVICE_AFTER = Pattern.compile("(?i)^[\\s-]+(?:(?:eluting|coated|impregnated"
            + "|immobili[sz]ed|bonded)[\\s-]+(?:[\\p{L}\\d]+[\\s-]+){0,2}?(?:stents?|balloons?|catheters?|sutures?"
            + "|dressings?|sponges?|beads?|scaffolds?|devices?|meshe?s?|cartridges?|columns?|membranes?|tubes?)"
            + "|(?:fib(?:er|re)s?[\\s-]+)?(?:ha?emoperfusion|ha?emoadsorption|cartridges?)"
            // a coil tuned to a nucleus ("1H-129Xe Dual-Tuned Quadrature Head Coil"), its name's words only (not
            // "Tranexamic acid before coil embolization")
            + "|(?:(?!(?:in|with|before|after|during|for|and|or|of|the|an?|to|by|via|from|at|plus|then)[\\s-])"
            + "[\\p{L}\\d]+[\\s-]+){0,4}coils?)\\b");
    // A metal a device is made of: "Copper IUD", "copper T 380A", "silver-coated".
    private static final Pattern METAL = Pattern.compile("(?i)copper|silver|gold|titanium|platinum");
    private static final Pattern METAL_DEVICE_AFTER = Pattern.compile("(?i)^[\\s-]+(?:IUDs?|IUCDs?|T\\s*\\d|"
            + "intra-?uterine|devices?|wires?|implants?|nanoparticles?|alloy)\\b");
    /*
     * An excipient that a tablet contains or a placebo is made of is no drug given: "Tablet identical physically to
     * active comparator containing some lactose", "placebo capsules of microcrystalline cellulose". Only the
     * fillers of a dosage form: sucrose, mannitol and maltodextrin are also given as such.
     */
    private static final Pattern EXCIPIENT = Pattern.compile("(?i)lactose(?:\\s+monohydrate)?|(?:microcrystalline"
            + "\\s+)?cellulose|(?:corn\\s+|maize\\s+)?starch|magnesium\\s+stearate|talc|colloidal\\s+silica");
    private static final Pattern EXCIPIENT_BEFORE = Pattern.compile("(?i)\\bcontain(?:s|ing)?\\s+(?:(?:some|only"
            + "|mainly|also)\\s+)?$|\\bplacebos?\\b|\\b(?:identical|matching|inactive|inert|dummy)\\b");
    // The carrier protein a conjugate vaccine's antigen is joined to: "GBS Polysaccharide-Tetanus Toxoid Conjugate".
    private static final Pattern CARRIER_BEFORE = Pattern.compile("[\\p{L}\\d]-$");
    private static final Pattern CONJUGATE_AFTER = Pattern.compile("(?i)^\\s+conjugat(?:es?|ed)\\b");
    /*
     * The drugs of conventional or usual care, listed after it: "Conventional medical management, including
     * aspirin", "Conventional medicines (Oxygen therapy, alfa interferon ...)", "standard of care including
     * dexamethasone". Not "standard chemotherapy (cisplatin ...)": a control arm's drugs are given.
     */
    private static final Pattern CARE_LIST_BEFORE = Pattern.compile("(?i)\\b(?:conventional|(?:standard(?:\\s+of)?"
            + "|usual|routine|supportive)\\s+(?:medical\\s+)?care)\\b[^.;:()]{0,60}(?:\\bincluding|\\()\\s*"
            + "(?:(?:available|other|the)\\s+)?" + LIST_SO_FAR
            // "Conventional medical treatment：donepezil, rivastigmine or galantamine" (not "Standard of care :
            // Ulinastatin", a heading before the drug an arm adds)
            + "|\\bconventional\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:treatments?|therap(?:y|ies)|medications?)\\s*[:：]\\s*"
            + LIST_SO_FAR);
    /*
     * The drugs of a standard, baseline or background treatment, after "including" right after it, or in a bracket
     * after it (at any depth: inStandardBracket): "in addition to the standard treatment (200 mg hydroxychloroquine
     * daily)", "standard treatment of COVID-19(Kaletra+ Azitromycine)", "than standard treatments, including
     * cyclophosphamide (Cytoxan)", "baseline antiviral treatment (lopinavir / ritonavir or abidol)", "standard
     * country protocol drugs (lopinavir ...", "standard treatment for Qovid 19 (Hydroxychloroquine ...", "usual
     * treatments (Fifth Edition of the ... Guidelines: hydroxychloroquine ...". Not a drug added to it ("Standard
     * treatment + cerrokin (recombinant human interferon ...)"), nor a chemotherapy's drugs ("standard chemotherapy
     * regimen (cisplatin ...)"), which a control arm is given.
     */
    private static final String STANDARD_HEAD = "\\b(?:standard|baseline|background|usual|routine|typical"
            + "|symptomatic|conventional)\\s+"
            + "(?:(?!chemo)[\\p{L}-]+\\s+){0,2}?(?:treatments?|therap(?:y|ies)|drugs|medications?)"
            + "(?:\\s+(?:protocol|regimen)s?)?(?:\\s+(?:of|for)\\s+[\\p{L}\\d-]+(?:\\s+\\d+)?)?"
            // "standard treatment based on the protocol of the Ministry of Health of Iran (Azithromycin ..."
            + "(?:\\s+(?:based\\s+on|according\\s+to|as\\s+per)\\s+"
            // not past what the arm adds: "according to WHO guidelines, plus the study drug regimen including X"
            + "(?:(?!\\b(?:plus|and|with)\\b)[^().;,]){1,60}?)?";
    // "typical treatment including", "standard drugs consist of", "standard treatment protocol consisting",
    // "SYMPTOMATIC TREATMENT which includes"
    private static final Pattern STANDARD_TREATMENT_LIST_BEFORE = Pattern.compile("(?i)" + STANDARD_HEAD
            + "\\s*,?\\s*(?:including|(?:which\\s+)?includes?|consist(?:s|ing)?(?:\\s+of)?)\\s*"
            + "(?:[\\p{L}\\d.-]+(?:\\s*\\([^()]{1,30}\\))?\\s*[,+/]?\\s+(?:or\\s+|and\\s+)?){0,4}"
            + "(?:[\\p{L}-]+\\s*\\(\\s*)?$");
    // "In addition to standard treatment:(two-drug regimen including ...": a colon may stand before the bracket
    private static final Pattern STANDARD_HEAD_BEFORE = Pattern.compile("(?i)" + STANDARD_HEAD + "\\s*[:：]?\\s*$");
    // A drug or class called baseline or background: "baseline antiviral treatment", "background statin therapy".
    private static final Pattern BACKGROUND_BEFORE = Pattern.compile("(?i)\\b(?:baseline|background)[ \\t]+$");
    // A study's name in capitals is no drug: "The CASCADE Study" (Cascade is a brand of flufenoxuron).
    private static final Pattern STUDY_NAME = Pattern.compile("\\p{Lu}{4,}");
    private static final Pattern STUDY_AFTER = Pattern.compile("^\\s+(?:[Ss]tudy|STUDY|[Tt]rial|TRIAL|[Rr]egistry"
            + "|REGISTRY|[Cc]ohort|COHORT)\\b");
    // The patients' own medication: "Patients' steroid dosage may be tapered", "the participant's usual insulin".
    private static final Pattern OWN_BEFORE = Pattern.compile("(?i)\\b(?:(?:patients|participants|subjects)'"
            + "|(?:patient|participant|subject)'s)\\s+(?:(?:own|usual|current|regular|home|prescribed)\\s+)*$");
    // What a placebo is made of, or the drug it stands for, in a bracket right after it: "Matching placebo (PBS-20%
    // sucrose)", "Placebo (for ER niacin/laropiprant)", "placebo (normal saline)".
    private static final Pattern PLACEBO_HEAD_BEFORE = Pattern.compile("(?i)\\bplacebos?\\s*$");
    // Where a clause begins: the words before a name are read back to here.
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](?=\\s)|[()\\[\\]]");

    private MentionContext() {
    }

    /** Whether the part of a name that holds [start, end), between joining words, says placebo. */
    static boolean placebo(String name, int start, int end) {
        int from = 0;
        int to = name.length();
        Matcher j = JOINER.matcher(name);
        while (j.find()) {
            if (j.end() <= start) {
                from = j.end();
            } else if (j.start() >= end) {
                to = j.start();
                break;
            }
        }
        return PLACEBO.matcher(name.substring(from, to)).find();
    }

    /**
     * Whether the name at [start, end) stands for something other than the drug given: a level or activity
     * measured, part of a longer name (an isotope, a radiolabel), or part of a protein's or receptor's name.
     */
    static boolean notGiven(String text, int start, int end) {
        if (MeasuredSubstance.measured(text, start, end)) {
            return true;
        }
        String after = after(text, end, 40);
        String name = text.substring(start, end);
        // a code's own number goes on ("VP-16-213" is etoposide): only a word is cut off from its number
        boolean word = end > start && Character.isLetter(text.charAt(end - 1));
        return word && MASS_NUMBER_AFTER.matcher(after).find() || TARGET_AFTER.matcher(after).find()
                || start > 0 && text.charAt(start - 1) == '[' && LABEL_AFTER.matcher(after).find()
                || QUALIFIER_AFTER.matcher(after).find() || earlier(text, start)
                || MeasuredSubstance.sampled(text, start, end)
                || IMITATION_BEFORE.matcher(sentence(text, start)).find()
                || PLACEBO_FOR_BEFORE.matcher(clause(text, start)).find()
                || WITHOUT_BEFORE.matcher(before(text, start, 60)).find()
                || NOT_CONTAINING_BEFORE.matcher(before(text, start, 40)).find()
                || CHEMICAL_PREFIX_BEFORE.matcher(before(text, start, 20)).find()
                || MATCHING_PLACEBO_AFTER.matcher(after).find() || diluent(text, start, end)
                || USERS_BEFORE.matcher(before(text, start, 60)).find()
                || TARGET_BEFORE.matcher(before(text, start, 40)).find()
                || LOCANT_AFTER.matcher(after).find()
                || ACUPOINT.matcher(name).matches() && ACUPUNCTURE.matcher(text).find()
                || STANDARD_EXAMPLE_BEFORE.matcher(before(text, start, 160)).find()
                || PRODUCT_OR_EXAM_AFTER.matcher(after).find()
                || DEVICE_AFTER.matcher(after).find()
                || METAL.matcher(name).matches() && METAL_DEVICE_AFTER.matcher(after).find()
                || EXCIPIENT.matcher(name).matches()
                        && EXCIPIENT_BEFORE.matcher(sentence(text, start)).find()
                || CONJUGATE_AFTER.matcher(after).find() && CARRIER_BEFORE.matcher(before(text, start, 2)).find()
                || CARE_LIST_BEFORE.matcher(before(text, start, 120)).find()
                || STANDARD_TREATMENT_LIST_BEFORE.matcher(before(text, start, 120)).find()
                || BACKGROUND_BEFORE.matcher(before(text, start, 30)).find() || inStandardBracket(text, start)
                || OWN_BEFORE.matcher(before(text, start, 50)).find()
                || STUDY_NAME.matcher(name).matches() && STUDY_AFTER.matcher(after).find()
                || Background.listed(text, start, end)
                || ANTIBODY_TARGET_BEFORE.matcher(before(text, start, 10)).find()
                        && !ANTIBODY_PRODUCT.matcher(name).find();
    }

    /**
     * Whether a name stands inside a bracket, at any depth, opened right after a standard, baseline or background
     * treatment, however long the list before it: "Standard Protocol Drugs (Hydroxychloroquine Sulfate Tablet 200mg
     * Two Single Dose Pills or Chloroquine Phosphate 150mg Pill ..., Coltra Pills (Lupinavir / Ritonavir)"; or
     * right after a placebo, whose make or whose drug it names ("Matching placebo (PBS-20% sucrose)").
     */
    static boolean inStandardBracket(String text, int start) {
        int depth = 0;
        for (int i = start - 1; i >= Math.max(0, start - 300); i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth > 0) {
                depth--;
            } else if (c == '(' && (STANDARD_HEAD_BEFORE.matcher(before(text, i, 80)).find()
                    || PLACEBO_HEAD_BEFORE.matcher(before(text, i, 20)).find())) {
                return true;
            }
        }
        return false;
    }

    // The scan or test an agent is given for, right after it: "18F-FDG PET", "fluorescein angiogram", "sestamibi
    // nuclear medicine scan", "dobutamine stress echocardiogram"; or a contrast medium named before it ("a contrast
    // material called gadolinium").
    private static final Pattern IMAGING_AFTER = Pattern.compile("(?i)^[\\s-]*(?:PET|SPECT|(?:nuclear\\s+"
            + "(?:medicine\\s+)?)?scan|imaging|angiogra|MRI|CT\\b|enhanced|stress\\s+(?:echo|test|MRI|perfusion))");
    private static final Pattern CONTRAST_BEFORE = Pattern.compile("(?i)\\bcontrast\\b[^.;]{0,30}$");

    // A radiolabelled compound's name: "Fludeoxyglucose (18F)", "Technetium Tc-99m sestamibi".
    private static final Pattern RADIOLABEL = Pattern.compile("\\b(?:\\d{1,3}m?[A-Z][a-z]?|[A-Z][a-z]?-\\d{1,3}m?)\\b");

    /**
     * Whether a hit is a radiolabelled tracer, or the contrast medium or stress agent of a scan or test the text names
     * with it.
     */
    static boolean imagingAgent(String text, DrugHit h) {
        return h.label() != null && RADIOLABEL.matcher(h.label()).find() || imaged(text, h.end())
                || CONTRAST_BEFORE.matcher(before(text, h.start(), 40)).find();
    }

    /** Whether the name ending at {@code end} is followed by a scan's or an imaging test's word ("FDG PET"). */
    static boolean imaged(String text, int end) {
        return IMAGING_AFTER.matcher(after(text, end, 30)).find();
    }

    // A Greek letter joined to a class names a narrower class: "Kappa-Opioids", "mu-opioid agonists".
    private static final Pattern GREEK_JOINED_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:alpha|beta|gamma|delta"
            + "|epsilon|kappa|mu|sigma|omega)-$");

    /**
     * Whether a hit is one link of a longer hyphenated name that is no drug of its own ("Gly-Gln" in the peptide
     * "Cys-Gly-Gln-Arg-Glu"), or a class a Greek letter joined before it narrows ("Kappa-Opioids"). A link next to
     * another drug's name is a combination's part, not this ("tenofovir-lamivudine-efavirenz").
     */
    static boolean withinHyphenated(String text, DrugHit h, java.util.List<DrugHit> hits) {
        if (h.classLevel() && GREEK_JOINED_BEFORE.matcher(before(text, h.start(), 10)).find()) {
            return true;
        }
        boolean joinedBefore = h.start() >= 2 && text.charAt(h.start() - 1) == '-'
                && Character.isLetterOrDigit(text.charAt(h.start() - 2));
        boolean joinedAfter = h.end() + 1 < text.length() && text.charAt(h.end()) == '-'
                && Character.isLetterOrDigit(text.charAt(h.end() + 1));
        return joinedBefore && joinedAfter && hits.stream().noneMatch(o -> o != h
                && (o.end() == h.start() - 1 || o.start() == h.end() + 1));
    }

    /** Whether a chemical prefix written as a word before a hit makes it another compound than the hit's concept. */
    static boolean prefixed(String text, DrugHit h) {
        Matcher m = CHEMICAL_PREFIX_WORD_BEFORE.matcher(before(text, h.start(), 20));
        if (!m.find()) {
            return false;
        }
        java.util.Locale root = java.util.Locale.ROOT;
        return h.label() == null || !h.label().toLowerCase(root).contains(m.group(1).toLowerCase(root));
    }

    /** Whether the name at [start, end) is the diluent or solvent of what is given. */
    static boolean diluent(String text, int start, int end) {
        return DILUENT_BEFORE.matcher(before(text, start, 50)).find()
                || DILUENT_AFTER.matcher(after(text, end, 40)).find();
    }

    /*
     * A summary's account of today's treatment, before what the trial adds to it: "Current therapy for disseminated
     * MAC infection in HIV patients consists of multidrug chemotherapy regimens".
     */
    private static final Pattern CURRENT_THERAPY_BEFORE = Pattern.compile("(?i)\\bcurrent(?:ly)?\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:therap(?:y|ies)|treatments?|management|regimens?|options?)\\b[^.;:]{0,80}?\\b(?:consists?\\s+of"
            + "|includes?|including|involves?|is|are)\\s+" + LIST_SO_FAR);

    // What a summary's trial drug is added to: "escalating doses of IL-12 in addition to anti-MAC chemotherapy and
    // standard anti-retroviral therapy".
    private static final Pattern ADD_ON_BEFORE = Pattern.compile("(?i)\\bin\\s+addition\\s+to\\s+" + LIST_SO_FAR);
    // Chemotherapy of an infection is no cytotoxic chemotherapy: "anti-MAC chemotherapy", "antituberculosis
    // chemotherapy", "TB chemotherapy".
    private static final Pattern INFECTION_BEFORE = Pattern.compile("(?i)(?:\\banti-?(?!cancer|tumou?r|neoplast"
            + "|leuk|lymph|myelom|prolif)[\\p{L}\\d]+(?:-[\\p{L}\\d]+)?|\\btuberculos[ie]s|\\bTB)\\s+$");

    // A class name before an oxidation state is part of a complex's chemical name: "Cis-dichloroammine Platinum (II)"
    // is cisplatin.
    private static final Pattern OXIDATION_STATE_AFTER = Pattern.compile("^\\s?\\((?:I{1,3}|IV|VI{0,2})\\)");

    /** Whether a class hit is the metal of a complex whose oxidation state is written after it. */
    static boolean oxidationState(String text, DrugHit h) {
        return h.classLevel() && OXIDATION_STATE_AFTER.matcher(after(text, h.end(), 8)).find();
    }

    // An abbreviation in brackets of its own: two or more capitals among letters and hyphens. One with a digit is a
    // compound's ("2-hydroxybenzylamine (2-HOBA)", "5-FU"), whatever the lexicon knows of its long form.
    private static final Pattern ABBREVIATION = Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{L}-]{2,10}");

    /**
     * Whether a hit is an abbreviation that the text defines, in brackets after the words it stands for, as something
     * else than its concept: "an enzyme, ornithine aminotransferase (OAT)" is no oat, and a trial's acronym ("...
     * Study (COCOA)") no cocoa, there and wherever else the text uses it. The words are found as Schwartz and
     * Hearst's algorithm finds an abbreviation's long form: every letter of it in order, right to left, the first at
     * the start of a word, within as many words as the abbreviation has letters and five more (at most twice as
     * many). The abbreviation stays when a drug name ends the words or gives its concept ("hydroxychloroquine tablets
     * (HCQ)"), or when they share a word of three letters or more with the concept's name: "growth colony
     * stimulating factor (G-CSF)", "Recombinant CD4 (rCD4)", "non-steroidal anti-inflammatory drugs (NSAIDs)".
     */
    static boolean definedAsOther(String text, DrugHit h, java.util.List<DrugHit> hits) {
        if (!ABBREVIATION.matcher(h.text()).matches() || h.label() == null) {
            return false;
        }
        int open = definition(text, h.text());
        if (open < 0) {
            return false;
        }
        int from = longFormStart(text, open, h.text());
        if (from < 0) {
            return false;
        }
        int end = open;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (DrugHit g : hits) {
            if (g.start() >= from && g.end() <= end && (g.end() == end || g.conceptIri().equals(h.conceptIri()))) {
                return false;
            }
        }
        java.util.Set<String> named = words(h.label());
        named.retainAll(words(text.substring(from, end)));
        return named.isEmpty();
    }

    /** Where the first bracket that holds nothing but the abbreviation (and spaces) opens, or -1. */
    private static int definition(String text, String abbreviation) {
        for (int at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
            int open = at - 1;
            while (open >= 0 && text.charAt(open) == ' ') {
                open--;
            }
            int close = at + abbreviation.length();
            while (close < text.length() && text.charAt(close) == ' ') {
                close++;
            }
            if (open >= 0 && text.charAt(open) == '(' && close < text.length() && text.charAt(close) == ')') {
                return open;
            }
        }
        return -1;
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

    /** The words of three characters or more of a text, in lower case. */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    /** Where the long form of an abbreviation written in the bracket that opens at {@code open} starts, or -1. */
    private static int longFormStart(String text, int open, String abbreviation) {
        String letters = abbreviation.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        int words = Math.min(letters.length() + 5, 2 * letters.length());
        int window = open;
        for (int w = 0; w < words && window > 0; ) {
            window--;
            char c = text.charAt(window);
            if (".;:()[]".indexOf(c) >= 0) {
                window++;
                break;
            }
            if (c == ' ' && window + 1 < open && text.charAt(window + 1) != ' ') {
                w++;
            }
        }
        int l = open - 1;
        for (int s = letters.length() - 1; s >= 0; s--) {
            char c = letters.charAt(s);
            while (l >= window && (Character.toLowerCase(text.charAt(l)) != c
                    || s == 0 && l > window && Character.isLetterOrDigit(text.charAt(l - 1)))) {
                l--;
            }
            if (l < window) {
                return -1;
            }
            l--;
        }
        return l + 1;
    }

    /** Whether a hit of cytotoxic chemotherapy is the chemotherapy of an infection written before it. */
    static boolean infectionChemotherapy(String text, DrugHit h) {
        return h.classLevel() && h.conceptIri().endsWith("/drug-class/cytotoxic-chemotherapy")
                && INFECTION_BEFORE.matcher(before(text, h.start(), 40)).find();
    }

    // The clause a concession opens: "Although zidovudine (AZT) has prolonged survival in some patients with AIDS,
    // ..." tells what is known, not what the trial gives; the clause after it is read as any other ("Although
    // paclitaxel is active, this study will test paclitaxel plus carboplatin" gives the second paclitaxel).
    private static final Pattern CONCESSIVE_BEFORE = Pattern.compile("(?i)^\\W*(?:although|though|even\\s+though"
            + "|whereas|despite)\\b[^,;.!?\\n]*$");

    /*
     * The people a title or summary studies, named by the kind of treatment they already have: "Exercise Programs for
     * Patients Receiving Chemotherapy", "in patients undergoing chemotherapy for leukemia", "Subjects Receiving
     * Antiretroviral Therapies", "HIV-treated patients", "children with cancer undergoing chemotherapy", "Patients
     * Under Biological Treatment and / or JAK Inhibitors"; and the treatment they had before what the title studies:
     * "Vaccines After High-Dose Chemotherapy", "after induction chemotherapy".
     */
    private static final Pattern POPULATION_BEFORE = Pattern.compile("(?i)\\b(?:patients|women|men|children|adults"
            + "|participants|subjects|people|persons|individuals|survivors|those)\\s+"
            + "(?:with\\s+(?:[\\p{L}'-]+\\s+){1,4}?)?(?:who\\s+(?:are|were)\\s+)?"
            + "(?:receiving|undergoing|treated\\s+with|taking|using|on|under)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:(?:and|or|and\\s*/\\s*or)\\s+)?$");
    private static final Pattern POPULATION_AFTER = Pattern.compile("(?i)^[\\s-]*(?:treated|maintained|dependent"
            + "|exposed)\\s+(?:patients|women|men|children|adults|participants|subjects|people|persons"
            + "|individuals)\\b");

    private static final Pattern AFTER_BEFORE = Pattern.compile("(?i)\\b(?:after|following)\\s+"
            + "(?:completion\\s+of\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

    /**
     * Whether a class names the treatment of the people a title or summary studies. Only a class: a drug named so
     * ("Patients Treated With Durvalumab", "Subjects Receiving Tetanus Toxoid Booster") is most often what an
     * observational study follows or what the trial gives.
     */
    static boolean population(String text, DrugHit h) {
        return h.classLevel() && (POPULATION_BEFORE.matcher(before(text, h.start(), 100)).find()
                || POPULATION_AFTER.matcher(after(text, h.end(), 40)).find()
                || AFTER_BEFORE.matcher(clause(text, h.start())).find());
    }

    /*
     * What a title or summary offers something instead of: "as an Alternative to Chemotherapy", "instead of
     * warfarin", "steroid-sparing" is read by QUALIFIER_AFTER.
     */
    private static final Pattern ALTERNATIVE_BEFORE = Pattern.compile("(?i)\\b(?:alternatives?\\s+to|instead\\s+of"
            + "|in\\s+place\\s+of|rather\\s+than|avoid(?:s|ing)?|replac(?:e|es|ing))\\s+(?:(?:the|a|an|standard"
            + "|conventional|systemic)\\s+)*$");

    /**
     * What {@link #notGiven} says, and, for a title or summary (which may name drugs the trial does not give), an
     * example after "such as", the clause a concession opens, today's treatment ("current therapy ... consists of")
     * and what the trial's drug is added to ("in addition to") too.
     */
    static boolean notGivenElsewhere(String text, int start, int end) {
        return notGiven(text, start, end) || EXAMPLE_BEFORE.matcher(clause(text, start)).find()
                || ALTERNATIVE_BEFORE.matcher(before(text, start, 60)).find()
                || CONCESSIVE_BEFORE.matcher(sentence(text, start)).find()
                || CURRENT_THERAPY_BEFORE.matcher(sentence(text, start)).find()
                || ADD_ON_BEFORE.matcher(clause(text, start)).find();
    }

    // The elements of radionuclides: iodine and fluorine, and the others, which give their salts their names too.
    private static final String METALS = "lutetium|yttrium|gallium|technetium|indium|copper|zirconium|radium|actinium"
            + "|strontium|samarium|thallium|xenon|rubidium|rhenium|holmium|bismuth";
    private static final String ELEMENT_NAMES = "iodine|fluorine|" + METALS;
    // An isotope written right before a name labels it: "68Ga-Dotatate", "[18F]FDG", "131I-MIBG", "131 I-MIBG",
    // "68GALLIUM-DOTATATE".
    private static final Pattern ISOTOPE_BEFORE = Pattern.compile("(?:\\b\\d{1,3}m?[A-Z][a-z]?-?"
            + "|\\b\\d{1,3}m?\\s[A-Z][a-z]?-|\\[\\d{1,3}m?[A-Z][a-z]?\\]-?"
            + "|(?i:\\b\\d{1,3}m?\\s?-?\\s?(?:" + ELEMENT_NAMES + ")-))$");
    // A radionuclide's concept: "Iodide I-131", "Lutetium Lu-177"; "C225" (cetuximab) is a code, not carbon-225.
    private static final Pattern ELEMENT = Pattern.compile("(?i)\\b(?:iod\\w*|fluor\\w*|" + METALS + ")\\b");
    // A mass number before an element's name, and the ligand after it: "68-Gallium Dotatate" is gallium Ga-68
    // dotatate, not the element's salt that the lexicon gives for "Gallium".
    private static final Pattern MASS_NUMBER_BEFORE = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}m?\\s?-?\\s?$");
    // (and the elements of tracers written out the same way: "14-Carbon-SAM-531")
    private static final Pattern ELEMENT_WORD = Pattern.compile("(?i)" + ELEMENT_NAMES
            + "|carbon|hydrogen|tritium|nitrogen|oxygen|phosphorus|sulfur|sulphur");
    private static final Pattern LIGAND_AFTER = Pattern.compile("^[\\s-]+\\p{L}{3,}");
    // An isotope as a name: "131 I", "I-131", "123I", "Ga-68".
    private static final Pattern ISOTOPE = Pattern.compile("^(?:\\d{1,3}m?\\s?-?\\s?[A-Z][a-z]?|[A-Z][a-z]?\\s?-?\\s?\\d{1,3}m?)$");

    // An isotope named the way labelled compounds are ("indium In 111", "yttrium Y 90"), before the antibody, code or
    // "-mab" it labels: "indium In 111 LL2 IgG", "yttrium Y 90 monoclonal antibody BrE-3", "iodine I 131
    // tositumomab"; "yttrium Y 90 glass microspheres" and "iodine I 131 therapy" stay.
    private static final Pattern NAMED_ISOTOPE = Pattern.compile("(?i)(?:" + ELEMENT_NAMES
            + ")[\\s-]+\\p{L}{1,2}[\\s-]?\\d{1,3}m?");
    private static final Pattern CARRIER_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}+[\\p{Lu}\\d]*-?\\d+\\p{Lu}?\\b"
            + "|(?i:monoclonal|antibod(?:y|ies)|anti-[\\p{L}\\d]+|\\p{L}+mab)\\b)");

    /**
     * Whether a hit names another compound than its concept: the unlabelled ligand of a radiolabelled tracer
     * ("68Ga-Dotatate" is gallium Ga-68 dotatate, which the lexicon would have matched whole, not dotatate), or an
     * isotope that labels the compound written right after it ("131 I-Metaiodobenzylguanidine" is iobenguane I-131,
     * not sodium iodide I-131; "123-I MNI-187"). A concept whose own name carries a mass number is the labelled compound and stays.
     */
    static boolean labelled(String text, DrugHit h) {
        String before = before(text, h.start(), 16);
        boolean labelledConcept = h.label() != null && h.label().matches(".*\\d.*");
        if (ISOTOPE_BEFORE.matcher(before).find() && !labelledConcept) {
            return true;
        }
        if (ELEMENT_WORD.matcher(h.text()).matches() && !labelledConcept
                && MASS_NUMBER_BEFORE.matcher(before).find()
                && LIGAND_AFTER.matcher(after(text, h.end(), 30)).find()) {
            return true;
        }
        if (NAMED_ISOTOPE.matcher(h.text()).matches() && h.label() != null && ELEMENT.matcher(h.label()).find()
                && CARRIER_AFTER.matcher(after(text, h.end(), 30)).find()) {
            return true;
        }
        return ISOTOPE.matcher(h.text()).matches() && h.label() != null && ELEMENT.matcher(h.label()).find()
                && (h.end() + 1 < text.length() && text.charAt(h.end()) == '-'
                        && Character.isLetter(text.charAt(h.end() + 1))
                        || CODE_AFTER.matcher(after(text, h.end(), 30)).find());
    }

    // A research code after an isotope and a space is the tracer it labels: "123-I MNI-187 Injection"; a dose
    // ("I-131 100 mCi") or a word ("I-131 therapy", "I-131 CAPSULES") is not.
    private static final Pattern CODE_AFTER = Pattern.compile("^\\s+\\p{Lu}+[\\p{Lu}\\d]*-?\\d+\\p{Lu}?\\b");

    /*
     * The material of a dosage form written before the form's word is no drug given: "Saquinavir Soft Gelatin
     * Capsules", "SOFT GELATINE LOZENGE", "Soft-gelatin Capsules", "hard gelatin capsules of lactose"; gelatin given
     * alone ("Succinylated gelatin 4% solution") stays.
     */
    private static final String MATERIALS = "gelatine?s?|hypromellose|pullulan";
    private static final Pattern MATERIAL = Pattern.compile("(?i)" + MATERIALS);
    private static final Pattern MATERIAL_OF_FORM = Pattern.compile("(?i)\\b(?:" + MATERIALS + ")"
            + "[\\s-]+(?:(?:soft|hard)[\\s-]+)?(?:capsules?|caps|lozenges?|softgels?|shells?|pearls?"
            + "|formulations?)\\b");
    /*
     * A steroid that a word of the sex glands or of muscle building qualifies is a sex or anabolic steroid, not the
     * corticosteroid class the word alone stands for: "gonadal steroids (estrogen, progesterone, and testosterone)",
     * "Gonadal Steroid", "anabolic steroids", "sex steroid".
     */
    private static final Pattern STEROID = Pattern.compile("(?i)steroids?");
    private static final Pattern SEX_QUALIFIER_BEFORE = Pattern.compile("(?i)\\b(?:gonadal|sex|sexual|ovarian"
            + "|testicular|anabolic|androgenic|anabolic[\\s-]androgenic|neuroactive)[\\s-]+$");
    /*
     * A bracket that holds only an isotope labels the name next to it: "Lutetium oxodotreotide (177Lu)" is
     * Lutathera, not lutetium Lu-177 given alone, and "Evaluation of [123I] AV151" the tracer after it; after the
     * element's own name or a salt of it ("Radioactive iodine (131I)", "sodium iodide [I-131]") it is the
     * radionuclide given. Over the store it took away 4 isotopes, all labels of a tracer.
     */
    private static final Pattern BRACKET_OPEN_BEFORE = Pattern.compile("([\\p{L}\\d-]+)\\s*[(\\[]\\s*$");
    private static final Pattern BRACKET_CLOSE_AFTER = Pattern.compile("^\\s*[)\\]]");

    /** Whether a hit is the material of the dosage form written after it, not a drug given. */
    static boolean material(String text, DrugHit h) {
        if (!MATERIAL.matcher(h.text()).matches() && (h.label() == null || !MATERIAL.matcher(h.label()).matches())) {
            return false;
        }
        Matcher m = MATERIAL_OF_FORM.matcher(text);
        return m.region(h.start(), Math.min(text.length(), h.end() + 30)).find();
    }

    /** Whether a class hit "steroid" is qualified as a sex or anabolic steroid. */
    static boolean sexSteroid(String text, DrugHit h) {
        return h.classLevel() && STEROID.matcher(h.text()).matches()
                && SEX_QUALIFIER_BEFORE.matcher(before(text, h.start(), 40)).find();
    }

    /** Whether an isotope in a bracket of its own labels a name next to it, not the element's own. */
    static boolean bracketedLabel(String text, DrugHit h) {
        if (!ISOTOPE.matcher(h.text()).matches() || h.label() == null || !ELEMENT.matcher(h.label()).find()
                || !BRACKET_CLOSE_AFTER.matcher(text.substring(h.end())).find()) {
            return false;
        }
        Matcher m = BRACKET_OPEN_BEFORE.matcher(before(text, h.start(), 60));
        return m.find() && !ELEMENT.matcher(m.group(1)).find();
    }

    /*
     * A cell product named for its tissue ("Human Umbilical Cord Mesenchymal Stem Cells", "Allogenic bone
     * marrow-derived mesenchymal stem cells") is narrower than cells written out without it ("Mesenchymal stromal
     * cells" whose intervention names no tissue), and one named for its donor ("Autologous peripheral blood-derived
     * CD34+ cells") is another product than cells of the other donor. A code or abbreviation ("UC-MSCs", "HB-adMSCs",
     * "XCEL-UMC-BETA") is the product's own name and stays.
     */
    private static final Pattern CELLS = Pattern.compile("(?i)\\bcells?\\b");
    private static final Pattern TISSUE = Pattern.compile("(?i)\\b(?:umbilical|cord|placenta[l]?|wharton'?s?|adipose"
            + "|marrow|menstrual|dental)\\b");
    private static final Pattern AUTOLOGOUS = Pattern.compile("(?i)\\bautologous\\b");
    private static final Pattern ALLOGENEIC = Pattern.compile("(?i)\\ballogene?ic\\b");

    /** Whether cells written out name no tissue of the concept's, or another donor than the concept's. */
    static boolean narrowerSource(String text, DrugHit h) {
        if (h.label() == null || !CELLS.matcher(h.text()).find()) {
            return false;
        }
        boolean tissueMissing = false;
        Matcher tissue = TISSUE.matcher(h.label());
        while (tissue.find()) {
            // the concept's own tissue, not any: "Bone Marrow Mesenchymal Stromal Cells" is no umbilical cord product
            if (Pattern.compile("(?i)\\b" + Pattern.quote(tissue.group())).matcher(text).find()) {
                return otherDonor(text, h);
            }
            tissueMissing = true;
        }
        return tissueMissing || otherDonor(text, h);
    }

    private static boolean otherDonor(String text, DrugHit h) {
        return AUTOLOGOUS.matcher(h.label()).find() && !ALLOGENEIC.matcher(h.label()).find()
                && ALLOGENEIC.matcher(text).find() && !AUTOLOGOUS.matcher(text).find()
                || ALLOGENEIC.matcher(h.label()).find() && !AUTOLOGOUS.matcher(h.label()).find()
                && AUTOLOGOUS.matcher(text).find() && !ALLOGENEIC.matcher(text).find();
    }

    // What parts a list's commas leave: "sodium, chloride, potassium" is three.
    private static final Pattern LIST_COMMA = Pattern.compile(",");
    // A concept whose name is itself a list or a combination: "lopinavir/ritonavir", "Alum, potassium".
    private static final Pattern COMBINATION = Pattern.compile("[,/+&]|\\band\\b");

    /**
     * Whether a hit runs across a list's commas, its concept's words falling in two items: "lab results of sodium,
     * chloride, potassium" is no sodium chloride, "TNF-alpha, Interferon-beta" no interferon alfa. A concept named
     * within one item ("Vitamin D, magnesium", "Rotavirus Vaccine, Live, Oral") or a combination ("lopinavir,
     * ritonavir") stays.
     */
    static boolean acrossList(DrugHit h) {
        if (h.text().indexOf(',') < 0 || h.label() == null || COMBINATION.matcher(h.label()).find()) {
            return false;
        }
        String[] items = LIST_COMMA.split(NameKeys.fold(h.text()));
        java.util.Set<Integer> itemsHolding = new java.util.HashSet<>();
        for (String word : NameKeys.tokens(h.label())) {
            for (int i = 0; i < items.length; i++) {
                if (NameKeys.tokens(items[i]).contains(word)) {
                    itemsHolding.add(i);
                    break;
                }
            }
        }
        return itemsHolding.size() > 1;
    }

    /** Whether a name is an organism written with its genus abbreviated: "E. coli", "S. boulardii". */
    static boolean abbreviatedOrganism(String name) {
        return ABBREVIATED_GENUS.matcher(name.strip()).matches();
    }

    private static final Pattern ABBREVIATED_GENUS = Pattern.compile("\\p{Lu}\\.\\s?\\p{Ll}{3,}");

    // A class said of a drug named before it in its sentence: "Anlotinib ... is a tyrosine kinase inhibitor with".
    private static final Pattern PREDICATE_BEFORE = Pattern.compile("(?i)\\b(?:is|was|being|as)\\s+(?:a|an)\\s+"
            + "(?:[\\p{L}\\d/-]+\\s+){0,3}$");
    /*
     * A class in brackets after the drug or code it describes ("BMS-708163 (Gamma-Secretase Inhibitor)"), or before
     * the one drug it stands for ("IL-6 inhibitor (Tocilizumab)", "G-CSF (Filgrastim)"); two drugs in the brackets
     * ("a PD-1 inhibitor (sintilimab or camrelizumab)") leave the choice to the trial.
     */
    private static final Pattern CODE_BRACKET_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d]*-?\\d{3,}[\\p{L}\\d-]*"
            + "\\s*\\(\\s*$");
    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*");

    /** Whether a class is in brackets after a drug or a research code, or has one drug alone in brackets after it. */
    private static boolean bracketedWithDrug(String text, DrugHit h, java.util.List<DrugHit> hits) {
        boolean closes = BRACKET_CLOSE_AFTER.matcher(after(text, h.end(), 10)).find();
        if (closes && CODE_BRACKET_BEFORE.matcher(before(text, h.start(), 40)).find()) {
            return true;
        }
        for (DrugHit other : hits) {
            if (other.classLevel()) {
                continue;
            }
            if (closes && other.end() <= h.start() && opens(text, other.end(), h.start())
                    || other.start() >= h.end() && opens(text, h.end(), other.start())
                    && BRACKET_CLOSE_AFTER.matcher(after(text, other.end(), 10)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) of the text is an opening bracket and spaces, read in place and given up at once if not. */
    private static boolean opens(String text, int from, int to) {
        return OPEN.matcher(text).region(from, to).matches();
    }

    /** Whether [from, to) of the text is spaces only, read up to the first other character. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // An EU CTR product's "Other descriptive name: Antimalarial, Aminoquinoline", beside its INN.
    private static final Pattern DESCRIPTIVE_NAME_BEFORE = Pattern.compile("(?i)\\bother\\s+descriptive\\s+name"
            + "\\s*:[^\\n:]*$");

    /**
     * Whether a class hit only describes a drug the text names: the drug named right after it, with nothing but
     * spaces between ("IL-6 Receptor Antagonist Tocilizumab", "the PD-1 inhibitor pembrolizumab"); a drug named
     * before it in its sentence, of which the class is said ("Anlotinib ... is a tyrosine kinase inhibitor"); or
     * the product of an EU CTR block whose other descriptive name it is; a class in brackets after one drug or code,
     * or with one drug alone in brackets after it ("Filgrastim (G-CSF)", "Neupogen (G-CSF)", "IL-6 inhibitor
     * (Tocilizumab)"), which the written judging rule counts as a class where the text names one drug (the samples
     * before it counted 11 of 12 such mentions right). A class followed by its members in brackets ("a PD-1
     * inhibitor (sintilimab or camrelizumab)") stays: the trial lets either be given.
     */
    static boolean describesDrug(String text, DrugHit h, java.util.List<DrugHit> hits) {
        if (!h.classLevel()) {
            return false;
        }
        if (bracketedWithDrug(text, h, hits)) {
            return true;
        }
        boolean predicate = PREDICATE_BEFORE.matcher(clause(text, h.start())).find();
        int sentenceStart = h.start() - sentence(text, h.start()).length();
        boolean descriptiveName = DESCRIPTIVE_NAME_BEFORE.matcher(before(text, h.start(), 80)).find();
        for (DrugHit other : hits) {
            if (other.classLevel()) {
                continue;
            }
            if (other.start() > h.end() && blank(text, h.end(), other.start())
                    || predicate && other.end() <= h.start() && other.start() >= sentenceStart
                    || descriptiveName) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name at {@code start} is a drug of earlier or background treatment, or any of a class. */
    static boolean earlier(String text, int start) {
        String clause = clause(text, start);
        return EARLIER_BEFORE.matcher(clause).find() || EARLIER_TRIAL_BEFORE.matcher(clause).find()
                || STOPPED_BEFORE.matcher(clause).find()
                || ANY_BEFORE.matcher(clause).find()
                || DESCRIBED_CODE_BEFORE.matcher(before(text, start, 80)).find();
    }

    /** The {@code chars} characters before {@code start}, or fewer at the start of the text. */
    static String before(String text, int start, int chars) {
        return text.substring(Math.max(0, start - chars), start);
    }

    /** The {@code chars} characters from {@code end}, or fewer at the end of the text. */
    static String after(String text, int end, int chars) {
        return text.substring(end, Math.min(text.length(), end + chars));
    }

    /** The text before {@code start} back to the clause's start (a sentence end, colon, semicolon or bracket). */
    static String clause(String text, int start) {
        String before = before(text, start, 120);
        Matcher m = CLAUSE_END.matcher(before);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return before.substring(from);
    }

    /** The text before {@code start} back to the sentence's start (a full stop or semicolon), at most 200 chars. */
    static String sentence(String text, int start) {
        String before = before(text, start, 200);
        int from = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';')) + 1;
        return before.substring(from);
    }
}
