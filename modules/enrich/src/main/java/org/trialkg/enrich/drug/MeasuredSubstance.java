package org.trialkg.enrich.drug;

import java.util.regex.Pattern;

/**
 * Reads the words around a drug name that make it a substance measured, sampled or made by the body rather than a
 * drug given: "plasma levels of folate", "haemoglobin results", "the Metabolism of Pyruvate", "whole blood is
 * collected", "the iron contained in the hemoglobin".
 */
final class MeasuredSubstance {
    /*
     * Words before a name that measure it or make it the body's own: "levels of", "staining of", "A Metabolite of
     * Prostaglandin E2", "lab results of sodium", "the Metabolism of Pyruvate", "endogenous cortisol", "saliva
     * cortisol"; "the", a sample's name and a Greek letter's prefix may stand between ("levels of serum
     * 25-hydroxyvitamin D", "results of beta-Human Chorionic Gonadotropin"), "requirement for prednisone". Not
     * "action of" nor "value of": "the mechanism of action of remdesivir", "testing the value of imatinib" name the
     * drug given.
     */
    private static final Pattern MEASURED_BEFORE = Pattern.compile("(?i)(?:\\b(?:levels?|concentrations?|staining"
            + "|metabolites?|results?|metabolism|production|synthesis|secretion|requirements?)\\s+(?:of|for)"
            + "(?:\\s+(?:the|serum|plasma|blood|urinary|urine|salivary|circulating|endogenous))*|\\bserum|\\bplasma"
            + "|\\bendogenous|\\bcirculating|\\bsaliva(?:ry)?|\\burin(?:e|ary))"
            + "\\s*(?:(?:beta|alpha|gamma|[αβγ])\\s*-\\s*)?$");
    /*
     * Words after a name that measure it: "tacrolimus trough levels", "Vitamin D deficient", "NK cells activity",
     * "urea kinetic modelling", "haemoglobin results", "vitamin D status", "Vitamin D Metabolism", "nitric oxide
     * production", "Retinoic Acid Homeostasis", "prevent bradykinin degradation", "hemoglobin saturation (pulse
     * oximeter)", "insulin requirements", "creatine
     * clearance" (a test, however spelt).
     */
    private static final Pattern MEASURED_AFTER = Pattern.compile("(?i)^\\s*(?:trough\\s+)?(?:levels?"
            + "|concentrations?|deficien(?:cy|t)|insufficiency|activity|density|counts?|kinetics?|prescribing|staining"
            + "|results?(?!\\s+in\\b)|values?|status|metabolism|production|synthesis|secretion|measurements?|assays?"
            + "|signatures?|expression|homeostasis|turnover|degradation|breakdown|saturation|requirements?"
            + "|clearance)\\b");
    /*
     * The organ a substance is measured in: "MRI of Brain Iron", "myocardial iron", "hepatic glycogen"; not the
     * tracer of an organ's scan ("Brain 18F-FDG PET", "brain florbetapir PET").
     */
    private static final Pattern ORGAN_BEFORE = Pattern.compile("(?i)\\b(?:brain|cerebral|cortical|myocardial"
            + "|hepatic|intracellular)\\s+$");
    /*
     * The immune cells or antibodies that recognise a name are measured, not the name given: "Tetanus
     * Toxoid-Specific Lymphocytes", "insulin-specific CD4+ T cells", "tetanus toxoid specific IgG responses".
     */
    private static final Pattern SPECIFIC_AFTER = Pattern.compile("(?i)^[\\s-]*(?:specific|reactive)\\s+"
            + "(?:(?:CD[48]\\+?|memory|effector|regulatory|cytotoxic|helper|serum|plasma|neutrali[sz]ing)[\\s-]+)*"
            + "(?:(?:T|B)[\\s-]?(?:cells?|lymphocytes?)|lymphocytes?|antibod(?:y|ies)|Ig[GAEM]\\d?|immunoglobulins?"
            + "|(?:immune\\s+|antibody\\s+|cellular\\s+|humoral\\s+)?responses?|immunity|CTLs?|tregs?|titers?|titres?"
            + "|ELISPOT|cytokines?|proliferation)\\b");
    /*
     * A substance sampled rather than given: "n-3 fatty acids in plasma", "whole blood is collected", "the iron
     * contained in the hemoglobin"; not "in blood cell transplants" nor "in plasma donors".
     */
    private static final Pattern SAMPLED_AFTER = Pattern.compile("(?i)^\\s+(?:(?:contained\\s+)?in\\s+(?:the\\s+)?"
            + "(?:plasma|serum|blood|urine|saliva|sputum|csf|cerebrospinal|ha?emoglobin|red\\s+blood\\s+cells"
            + "|erythrocytes)\\b(?![\\s-]*(?:cells?|transplant|stem|donor|products?|transfusion|vessels?|pressure"
            + "|flow|bank))|(?:is|are|was|were|will\\s+be)\\s+(?:collected|drawn|measured|quantified|assayed)\\b)");
    /*
     * A name in a list that a measure ends, or with a sample's name before the measure: "saliva samples for cortisol
     * and oxytocin analyses", "Zinc Vitamin D and b12 Levels", "Somatostatin Plasma Levels"; not a dose's words
     * ("tacrolimus dose adjusted to levels") nor what a drug does to a level ("Rosuvastatin Lowers LDL Cholesterol
     * Levels", "Ropivacaine Two Different Concentrations"). A name with a short abbreviation in brackets (no dose)
     * before the measure, and the abbreviation itself: "interferon-gamma (IFN gamma) production". Glycated
     * haemoglobin is a test: "hemoglobin A1c". A stain is no drug: "hematoxylin and eosin (H&E) staining".
     */
    private static final Pattern LIST_MEASURED_AFTER = Pattern.compile("(?i)^(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?"
            + "|\\s+(?:and|or)\\s+|\\s+)(?!(?:doses?|dosing|dosage|adjusted|trough|to|by|of|with|in|at|for|on|is|are"
            + "|was|were|will|be|treatment|therapy|supplementation|supplements?|administration|infusion|injection"
            + "|drugs?|medications?|lowers?|lowering|reduces?|reducing|increases?|increasing|decreases?|decreasing"
            + "|raises?|raising|improves?|improving|affects?|alters?|changes?|normali[sz]es?|different|two|three|four"
            + "|several|various|safety|efficacy|cost|high|low|higher|lower|optimal|target|therapeutic|toxic)\\b)"
            // not the levels of another thing ("Chemotherapy and Blood Levels of Organochlorines") nor an EU CTR
            // product's field ("HYDROGEN CARBONATE Concentration unit: mg")
            + "[\\p{L}\\d-]++){0,4}(?:\\s*\\([^()\\d]{1,10}\\))?\\s+(?:levels?|concentrations?|analyses"
            + "|staining)\\b"
            + "(?!\\s+(?:of(?!\\s+\\d)|unit|type|number)\\b)"
            + "|^\\s*(?:\\((?![^()]*\\d)[^()]{1,15}\\)|\\))\\s+(?:production|levels?|concentrations?|secretion"
            + "|synthesis)\\b(?!\\s+(?:of(?!\\s+\\d)|unit|type|number)\\b)"
            + "|^[\\s-]*a1c\\b");
    /*
     * A name in the bracket of a test's list, not yet closed: "biochemistry tests (bilirubin, urea, creatinine, ...)",
     * "liver function panel (albumin, bilirubin". Only list items stand between the bracket and the name. Not a test
     * that gives the drugs: "Drug provocation tests (amoxicillin, cefuroxime)", "stress tests (dobutamine".
     */
    private static final Pattern TEST_LIST_BEFORE = Pattern.compile("(?i)(?<!(?:provocation|challenge|stress"
            + "|stimulation|patch|prick|tolerance|skin)\\s)\\b(?:tests?|panels?|profiles?|parameters|markers"
            + "|biochemistry|chemistry|labs|assays?)\\s*\\((?:[^()]{0,150}?,\\s*(?:and\\s+|or\\s+)?)?$");
    // "glycated hemoglobin (HbA1c) levels": a test, where "glycosylated erythropoietin" is a drug.
    private static final Pattern GLYCATED_BEFORE = Pattern.compile("(?i)\\bglyc(?:ated|osylated)\\s+$");
    private static final Pattern HAEMOGLOBIN = Pattern.compile("(?i)ha?emoglobin");
    // "Collection of COVID-19 Convalescent Plasma", "the measurement of beta-Human Chorionic Gonadotropin".
    private static final Pattern SAMPLED_BEFORE = Pattern.compile("(?i)\\b(?:collection|measurements?"
            + "|quantification|determination|detection)\\s+of\\s+(?:the\\s+)?(?:(?:beta|alpha|gamma|[αβγ])\\s*-\\s*)?$");
    // The lists of a sentence that says how they are measured: "cytokines are measured by ELISA: IL-10, TNF-alpha".
    private static final Pattern ASSAYED_BEFORE = Pattern.compile("(?i)\\b(?:measured|assessed|quantified|determined"
            + "|analy[sz]ed)\\s+(?:by|using|with|via)\\b|\\bELISA\\b");
    /*
     * A class word used as an adjective of an effect, alone or in a list of such adjectives: "Biologic, antiviral,
     * and immunologic effects will be studied", "the antiviral properties of"; it names what is measured, not a
     * drug of the class given.
     */
    private static final Pattern EFFECT_AFTER = Pattern.compile("(?i)^(?:,\\s*(?:and\\s+|or\\s+)?[\\p{L}-]+"
            + "|\\s+(?:and|or)\\s+[\\p{L}-]+){0,2}"
            + ",?\\s+(?:effects?|activit(?:y|ies)|propert(?:y|ies)|actions?|potential|responses?)\\b");

    private MeasuredSubstance() {
    }

    /** Whether the name at [start, end) is a level or a product of the body measured rather than a drug given. */
    static boolean measured(String text, int start, int end) {
        return MEASURED_BEFORE.matcher(MentionContext.before(text, start, 60)).find()
                || MEASURED_AFTER.matcher(MentionContext.after(text, end, 40)).find()
                || SPECIFIC_AFTER.matcher(MentionContext.after(text, end, 60)).find()
                || ORGAN_BEFORE.matcher(MentionContext.before(text, start, 20)).find()
                        && Character.isLetter(text.charAt(start))
                        && !MentionContext.imaged(text, end)
                || LIST_MEASURED_AFTER.matcher(MentionContext.after(text, end, 80)).find()
                || TEST_LIST_BEFORE.matcher(MentionContext.before(text, start, 180)).find()
                || GLYCATED_BEFORE.matcher(MentionContext.before(text, start, 20)).find()
                        && HAEMOGLOBIN.matcher(text.substring(start, end)).find();
    }

    /** Whether the name at [start, end) is collected or measured in a sample rather than given. */
    static boolean sampled(String text, int start, int end) {
        return SAMPLED_AFTER.matcher(MentionContext.after(text, end, 40)).find()
                || SAMPLED_BEFORE.matcher(MentionContext.clause(text, start)).find()
                || ASSAYED_BEFORE.matcher(MentionContext.sentence(text, start)).find();
    }

    /** Whether a class hit is the adjective of an effect measured: "antiviral, and immunologic effects". */
    static boolean effect(String text, DrugHit h) {
        return h.classLevel() && EFFECT_AFTER.matcher(MentionContext.after(text, h.end(), 40)).find();
    }
}
