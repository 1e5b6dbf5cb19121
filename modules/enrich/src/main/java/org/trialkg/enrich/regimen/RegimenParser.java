package org.trialkg.enrich.regimen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.enrich.drug.DrugHit;
import org.trialkg.enrich.drug.DrugLexicon;
import org.trialkg.enrich.regimen.Found.Attr;
import org.trialkg.model.DrugMention;
import org.trialkg.model.RegimenComponent;

/**
 * Reads regimen components (drug, dose, unit, route, days, interval, cycles, duration, phase; radiotherapy dose,
 * fractions and technique) from the free text of an arm or intervention. Built once and shared between threads.
 *
 * <pre>{@code
 * RegimenParser parser = new RegimenParser(lexicon);
 * List<RegimenComponent> c = parser.parse("toripalimab 240 mg, IV drip, Q3W, for 16 cycles",
 *         "Arm A", "arms[0].description", null);
 * // toripalimab, 240 mg, IV, P3W, 16 cycles
 * }</pre>
 *
 * <p>How values find their drug:
 * <ul>
 * <li>A drug's own values (dose, unit, route, days, interval, times per day) are those written after its name and
 * before the next drug or radiotherapy name, the end of the sentence or clause ("followed by", "then"), a semicolon
 * or the parenthesis around the name closing. A dose never crosses a sentence or another drug, with one exception:
 * <li>Alternatives ("A or B 200 mg, d1, q3w"): a value written once after the last alternative is common to the
 * list when an earlier alternative states none of its own, so both A and B get 200 mg, d1, q3w; a dose stated for
 * an alternative is its own ("paclitaxel 175 mg/m2 or docetaxel 75 mg/m2, d1, q3w": each keeps its dose, both get
 * d1 and q3w).
 * <li>Combinations ("A 50 mg/m2, d1 + B AUC 2, d1, qw"): only the interval written after the last drug is shared,
 * with drugs that have a dose but no interval or daily frequency of their own; routes and days are not shared, as
 * in "capecitabine bid + oxaliplatin iv d1" they differ.
 * <li>Cycles, maximum duration and a single interval written outside every drug's own values ("(...) for 4 cycles",
 * "with a maximum treatment duration of one year (...)") hold for every drug of the clause that has none of its own.
 * A sentence that names no drug ("A total of 3 cycles will be given.") gives its cycles and maximum duration to the
 * drugs of the last sentence that named one.
 * <li>The treatment phase is the one phase word of the clause ("maintenance", "salvage"); with none or several it
 * is the one phase word of the arm's label; otherwise null. Words after "after", "following", "prior to" name an
 * earlier treatment and are ignored. A clause without a phase followed by a maintenance clause is induction from
 * its first drug that the maintenance clause goes on with.
 * <li>A drug class ("chemotherapy", "PD-1 inhibitor") is a component only when the text gives it a value (dose,
 * route, schedule, cycles or duration); named bare it is context ("after platinum-based chemotherapy").
 * <li>Text that gives a dose without naming a drug uses the default drug (the intervention's name) when the text
 * names no drug at all, and the one drug of a text that names one only and gives it no dose where it names it ("The
 * poziotinib drug substance is a tablet. Cohort 4: 8 mg BID"); otherwise the component's drug is null.
 * </ul>
 * Anything unreadable or contradictory is left null; the component always keeps the text it was read from.
 */
public final class RegimenParser {
    /**
     * Words before a drug's name that are its values: "weekly paclitaxel", "a single intravesical dose of
     * apaziquone", "oral administration of 5 tablets of 1 mg azvudine".
     */
    private static final Pattern DRUG_PREFIX = Pattern.compile(
            // "twice daily oral imatinib", "once weekly paclitaxel": a frequency, with a route after it or not
            "\\b(?:(?:once|twice|thrice|(?:two|three|four)\\s+times)\\s+(?:daily|weekly|a\\s+day)"
            + "(?:\\s+(?:oral|intravenous|iv|subcutaneous))?"
            + "|weekly|daily|bi-?daily|oral|intravenous|iv|subcutaneous|intranasal|intravesical|intrathecal|intramuscular"
            + "|intraperitoneal|intravitreal|intra-?arterial|intradermal|topical|(?-i:IT)"
            // "PO hydroxychloroquine", but not "Perifosine 100 mg PO Perifosine is supplied as": after a dose, the dose's
            + "|inhaled|nebuli[sz]ed|transdermal|sublingual|(?<!(?:mg|g|mcg|µg|ug|ml|iu)\\s{1,2})(?:po|p\\.o\\.))"
            // "Nebulised (vibrating mesh nebuliser) heparin": an aside on the device between
            + "(?:\\s*\\([^()]{1,60}\\))?"
            + "(?:\\s+(?:infusions?|injections?|drip|doses?|administration)\\s+of)?"
            + "(?:\\s+\\d+(?:\\.\\d+)?\\s*(?:tablets?|capsules?|mg|g|grams?|mcg|µg)(?:\\s+of\\s+\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg))?"
            // "intravenous infusion of 12 grams of vitamin C"
            + "(?:\\s+of)?)?\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * "Day 2 and 3: Cyclophosphamide 60 mg/kg; Day 4: Etoposide 40 mg/kg": a day label with its colon right before a
     * drug's name is that drug's (without the colon, "cisplatin 75 mg/m2 day 1 docetaxel ..." keeps it the drug's
     * before).
     */
    private static final Pattern DAY_LABEL_PREFIX = Pattern.compile("\\b(?:on\\s+)?(?:days?|d)\\s*\\d{1,2}(?:\\s*(?:-|–|to"
            + "|through|,|and|&)\\s*(?:days?\\s*)?\\d{1,2})*\\s*[:：]\\s*(?:(?:amp|tab|cap|inj|syp|syr)\\.?\\s*)?"
            // "Day 1: 800mg (4 capsules) Hydroxychloroquine": the label's dose written before the name too
            + "(?:\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|ug)\\s*(?:\\(\\s*\\d+\\s*(?:tablets?|capsules?|tabs?|caps?|vials?|pills?)"
            + "\\s*\\)\\s*)?(?:of\\s+)?)?$", Pattern.CASE_INSENSITIVE);
    /**
     * "At Day 2 and 3, Amp. Methylprednisolone 250mg", "On the first day, patients will receive chloroquine 200 mg": a
     * day label that opens a sentence and ends in a comma is the days of the drug after it (only at a sentence's start:
     * "cisplatin 75 mg/m2 day 1, docetaxel" keeps the previous drug's day). A prescription's form abbreviation may
     * stand between.
     */
    private static final Pattern LEADING_DAY_LABEL = Pattern.compile("\\b(?:(?:at|on|from)\\s+(?:days?|d)\\s*\\d{1,2}"
            + "(?:\\s*(?:-|–|to|through|,|and|&)\\s*(?:days?\\s*)?\\d{1,2})*|on\\s+the\\s+" + Numbers.ORDINAL + "\\s+day)\\s*,\\s*"
            // "On the first day, patients will receive chloroquine"
            + "(?:(?:the\\s+)?patients?\\s+(?:will\\s+)?(?:receives?|takes?|are\\s+given|gets?)\\s+)?"
            + "(?:(?:amp|tab|cap|inj|syp|syr)\\.?\\s*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[.;:!?]|<br\\s*/?>)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "200 mg of pembrolizumab", "800mg (4 capsules) Hydroxychloroquine", "200 mg Tab Hydroxychloroquine": a dose
     * right before its drug's name, or before the name's form written first as prescriptions write it (singular or
     * abbreviated: "200 mg tablets" ends the dose's own words, unless "of" follows: "a 1 mg tablet of colchicine").
     */
    private static final Pattern DOSE_BEFORE_DRUG = Pattern.compile("^\\s*(?:\\(\\s*\\d+\\s*(?:tablets?|capsules?"
            + "|tabs?|caps?|vials?|pills?)\\s*\\)\\s*)?(?:of\\s+)?"
            // "200 mg (8 vials of itolizumab)": the drug named in a bracket after its dose, with the units it comes in
            + "(?:\\(\\s*\\d+\\s*(?:tablets?|capsules?|tabs?|caps?|vials?|pills?|ampoules?)\\s+of\\s+)?"
            + "(?:(?:tab|tablet|cap|capsule|inj|injection|syp|syrup)\\.?\\s+"
            // "a 1 mg tablet of colchicine": the form and "of" between; "a 1 gm dose of ceftriaxone"
            + "|(?:tablets?|capsules?|vials?|ampoules?|sachets?|(?:single\\s+)?doses?|infusions?|injections?)\\s+of\\s+"
            // "200 mg intravenous pembrolizumab": the route between
            + "|(?:intravenous|iv|oral|subcutaneous|sc|intramuscular|im|inhaled|nebuli[sz]ed)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_PAREN = Pattern.compile("^\\s*[(\\[]");
    private static final Pattern GIVEN_TO_ALL = Pattern.compile("\\b(?:all|both|each)\\s+(?:drugs\\s+|agents\\s+"
            + "|medicines\\s+)?(?:were\\s+|are\\s+|will\\s+be\\s+|to\\s+be\\s+)?(?:given|administered|taken)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    /** "with", "plus", "+" or a dash between two drugs' names, a bracketed dose after the first allowed. */
    private static final Pattern COMBINATION_JOIN = Pattern.compile("\\s*(?:\\(\\s*\\d+(?:\\.\\d+)?\\s*(?:mg|g)\\s*\\)\\s*)?"
            + "(?:with|plus|\\+|-|–|—)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIRED_DOSE = Pattern.compile("^\\s*\\d+(?:\\.\\d+)?\\s*(?:(?:mg|g|mcg|µg|ug)\\s*)?/"
            + "\\s*\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|ug)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_LABEL_GAP = Pattern.compile("\\s*[:：]\\s*");
    private static final Pattern TOTAL = Pattern.compile("\\btotal\\b", Pattern.CASE_INSENSITIVE);
    /** "toripalimab (JS001)", "lopinavir/ritonavir tablets (Kaletra)": a name in brackets after the name. */
    /** The class of cytotoxic chemotherapy, whose name "chemotherapy" texts use for the drugs they name. */
    private static final String CHEMOTHERAPY = "https://w3id.org/trialkg/id/drug-class/cytotoxic-chemotherapy";
    private static final Pattern CLOSE_PAREN = Pattern.compile("\\s*[)\\]]");

    private static final Pattern ALIAS_AROUND = Pattern.compile("^\\s*(?:(?:tablets?|capsules?|injection|granules?"
            + "|solution)\\s*)?[(\\[]\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * "10 cc Corostop solution", "50ml of Xuebijing injection": a capitalised name between a volume and a dosage
     * form is a product given, even when the lexicon lacks it (herbal and national products of the ICTRP records).
     */
    private static final Pattern PRODUCT_BY_VOLUME = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s*(?:ml|cc)\\s+(?:of\\s+)?"
            + "(\\p{Lu}\\p{Ll}{3,}(?:\\s+\\p{Lu}\\p{Ll}{3,})?)\\s+(?:solution|syrup|injection|oral\\s+liquid|drops|granules"
            + "|suspension)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "TMC125-200mg two times a day", "GD31: D1: 200mg QD", "K-877 0.2 mg/day": a development code (two to five
     * capitals and a number, or one capital, a hyphen and a number) written right before a dose names the drug given,
     * even when the lexicon lacks it; "D15 100 mg" and "W12 200 mg" (one letter, no hyphen) are a day and a week.
     */
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{2,5}-?|[A-Z]-)\\d{2,6}[A-Z]?");
    private static final Pattern CODE_BEFORE_DOSE = Pattern.compile("(?<![\\w-])" + CODE.pattern()
            + "(?=\\s*[-:：]?\\s*(?:(?:D|Day)\\s?\\d{1,2}\\s*[:：]\\s*)?\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|ug|IU)(?![A-Za-z]))");
    /**
     * "Patients receive BMS-247550 IV over 1 hour", "receive oral MS-275 once weekly", "AZD4547 PO BID": a
     * development code given, or given by a route, names the drug given even when the lexicon lacks it, and so does
     * every other mention of that code in the text ("escalating doses of BMS-247550"); not a code that a noun
     * follows ("receive COVID-19 vaccine", "HER2-positive").
     */
    private static final Pattern CODE_GIVEN = Pattern.compile("(?:\\b(?:receives?|receiving|given|administered)"
            + "\\s+(?:(?:oral|IV|intravenous|subcutaneous)\\s+)?)(?<code>" + CODE.pattern() + ")(?![\\w-])"
            + "(?=\\s*(?:[,.;(]|$|(?:IV|PO|SC|IM|orally|intravenously|subcutaneously|intramuscularly|daily|once|twice"
            + "|weekly|over|on|alone|and|plus|with|at)\\b))|(?<![\\w-])(?<coderoute>" + CODE.pattern()
            + ")\\s+(?=(?:IV|PO|SC|orally|intravenously|subcutaneously)\\b)");
    /**
     * The dosage forms of Ayurveda, Siddha and Unani as Indian registrations write them: "Samshamani Vati", "Amukra
     * churnam", "Kabasura kudineer", "Adathodai Manappagu", "Anu taila".
     */
    private static final String AYUSH_FORMS = "vati|ghanavati|gutika|churna|churnam|chooranam|kudineer|kashayam"
            + "|kashaya|kwath|kwatha|arka|avaleha|lehyam|manappagu|taila|thailam|bhasma|asava|arishta|ghrita";
    /**
     * "Tanreqing Capsules (oral, 3 capsules at a time, 3 times a day)", "Babaodan 6 capsules, bid orally",
     * "Jinhao Artemisia Antipyretic Granules 8g / time, bid": up to three capitalised words before a dosage form (a
     * count may stand between), with a dose, count, route or frequency after it in its clause, name a product given
     * even when the lexicon lacks it (the herbal and national products of the ICTRP records).
     */
    private static final Pattern PRODUCT_BY_FORM = Pattern.compile("(?<![\\p{L}\\d'’-])((?:\\p{Lu}\\p{Ll}{2,}[ -]){0,2}"
            + "\\p{Lu}\\p{Ll}{3,})\\s+(?:\\d+\\s+)?(?i:granules?|capsules?|tablets?|oral\\s+liquid|injection|pills?"
            + "|dripping\\s+pills?|decoction|syrup|" + AYUSH_FORMS + ")\\b(?=[^.;]{0,60}?(?:\\d|\\b(?i:bid|tid|qid|qd|once|twice|times|orally|oral"
            + "|po|daily|intravenous(?:ly)?)\\b))", Pattern.UNICODE_CASE);
    /** "(Nature's Way ", "(": an opening bracket, with at most two words after it, right before a product's name. */
    private static final Pattern BRAND_IN_BRACKETS_BEFORE = Pattern.compile("[(\\[]\\s*(?:[\\p{L}'’]+\\s+){0,2}$");
    /** The forms {@link #PRODUCT_BY_FORM} reads, looked for first: most texts name none. */
    private static final Pattern DOSAGE_FORM = Pattern.compile("(?i)granule|capsule|tablet|liquid|injection|pill"
            + "|decoction|syrup|" + AYUSH_FORMS);
    /** Words of a {@link #PRODUCT_BY_FORM} name that are no product's: a form, a control, a count, a treatment. */
    private static final Pattern NOT_A_PRODUCT_WORD = Pattern.compile("(?i)oral|placebos?|matching|simulated|dummy|coated"
            + "|film|enteric|release|sustained|extended|chewable|soft|hard|single|daily|one|two|three|four|five|available"
            + "|active|study|control|starch|corn|subcutaneous|intravenous|treatment|therapy|routine|conventional|standard"
            + "|group|experimental|each|the|with|and|take|vitamin|tablets?|capsules?|granules?|injection|mineral|herbal"
            + "|chinese|medicine|traditional|blank|sugar|same|trade|name|product|form|pharmaceutical|after|before|intra\\p{L}*"
            + "|this|that|these|those|its|their|doses?|prescrib\\p{L}*|simple|plain|regular|usual|tabs?|caps?|inj"
            + "|syp"
            + "|inhaled|topical|nasal|rectal|vaginal|sublingual");

    /** A placebo named in a text ({@link #PLACEBO}); not "placebo-controlled". */
    private static final Pattern PLACEBO_WORD = Pattern.compile("\\bplacebos?\\b(?![-\\s]?controlled)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "(or matching ", "(", " or ": a placebo in brackets after the drug it imitates, or the other of "X or placebo",
     * whose values after it are the drug's too ("mavacamten 5 mg or matching placebo once daily by mouth").
     */
    private static final Pattern PLACEBO_IN_BRACKETS_BEFORE = Pattern.compile("(?:[(\\[]\\s*(?:or\\s+)?|\\bor\\s+)"
            + "(?:an?\\s+)?(?:matching\\s+|identical\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** The name of the anchor a placebo holds its values with; no component is built for it. */
    private static final String PLACEBO = "placebo";
    /**
     * "plasma of patients recovered from covid-19 500 U every week", "convalescent plasma 200 ml on day 1": plasma is
     * no drug component (as placebos, cells and vehicles are not), but its values are its own, not the drug's before.
     */
    private static final Pattern PLASMA_GIVEN = Pattern.compile("\\b(?:convalescent|hyper-?immune)\\s+(?:[\\p{L}-]+\\s+)"
            + "{0,2}plasma\\b|\\bplasma\\s+(?:of|from)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:patients|donors|people|persons"
            + "|individuals|convalescents?)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "autologous peripheral blood stem cells (PBSC) are reinfused on day 0", "bone marrow transplantation on day 0",
     * "donor lymphocytes": cells given, whose days and route are theirs, not the drugs' named before them; not cells
     * collected.
     */
    private static final Pattern CELLS_GIVEN = Pattern.compile("\\b(?:(?:peripheral\\s+blood\\s+)?(?:stem|progenitor"
            + "|mononuclear)\\s+cells?|CD34\\+?\\s+(?:selected\\s+)?cells?|PBSCs?|PBPCs?|donor\\s+lymphocytes?"
            + "|bone\\s+marrow(?=\\s+(?:cells|infusion|transplant(?:ation)?|(?:is|are|will\\s+be)\\s+(?:re)?infused)\\b))\\b"
            // not the cells collected ("before stem cell collection")
            + "(?![\\s-]+(?:collection|harvest(?:ing)?|mobili[sz]ation|apheresis|yields?|counts?)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** The name of the anchor given plasma or cells hold their values with; no component is built for it. */
    private static final String PLASMA = "plasma or cells given";
    /** The name of the anchor an excipient holds its values with ({@link #EXCIPIENT_AFTER}); no component either. */
    private static final String EXCIPIENT = "excipient";

    /** Words that stand where {@link #PRODUCT_BY_VOLUME} expects a name but are vehicles or controls. */
    private static final Pattern NOT_A_PRODUCT = Pattern.compile("(?i)saline|water|glucose|dextrose|placebo|normal"
            + "|sterile|study|control|sodium|sugar|vehicle|blank|the|this|same"
            // how a solution is made or given, not whose it is ("40 mg/0.4 mL Injectable Solution")
            + "|injectable|oral|intravenous|aqueous|ophthalmic|topical|nasal|isotonic|physiological|concentrated"
            + "|reconstituted|diluted|prefilled|ready");

    /** "a dose escalation period of 16 weeks (", "titration phase (": what opens a parenthesis of escalation steps. */
    private static final Pattern ESCALATION_BEFORE = Pattern.compile("\\b(?:escalation|titration|up-?titration|ramp-?up)"
            + "(?:\\s+(?:period|phase|schedule|scheme))?(?:\\s+of\\s+\\d+\\s+\\w+)?\\s*[(\\[]$", Pattern.CASE_INSENSITIVE);

    /**
     * Words before a dose without a name in its sentence that make it no dose of the text's one drug: the placebo's
     * ("The starting dose of placebo 200 mg"), a level measured ("cotinine level of >15 micrograms/L").
     */
    private static final Pattern NOT_THE_DRUGS_DOSE = Pattern.compile("\\b(?:placebos?|dummy|(?<!dose\\s)levels?|concentrations?"
            + "|glucose|measured)\\b", Pattern.CASE_INSENSITIVE);
    /** "180 to 300 mg/dL", "15 micrograms/L": a concentration, not a dose. */
    private static final Pattern PER_VOLUME_AFTER = Pattern.compile("\\s*/\\s*(?:d?l|ml)\\b", Pattern.CASE_INSENSITIVE);
    /** "The KLH 1 mg vial": a name in capitals right before the dose, which the lexicon does not know. */
    private static final Pattern UNNAMED_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d-]{1,}\\s*$");

    /** "the third day", "from the 3rd day": the day a later dose starts. */
    private static final Pattern STARTING_DAY = Pattern.compile("\\bthe\\s+" + Numbers.ORDINAL + "\\s+day\\b",
            Pattern.CASE_INSENSITIVE);

    /** A dosage form right after a dose: the dose is a strength ({@link #strengthsBesideADose}). */
    private static final Pattern STRENGTH_FORM_AFTER = Pattern.compile("\\s*(?:film-coated\\s+|coated\\s+)?(?:tablets?"
            + "|capsules?|tabs?|caps?|vials?|sachets?)\\b", Pattern.CASE_INSENSITIVE);
    /** "at a dose of ", "dose: ", "daily dosage of ": a dose called one; not a maximum dose. */
    private static final Pattern DOSE_LABEL_BEFORE = Pattern.compile("(?<!max)(?<!maximum\\s)(?<!maximal\\s)"
            + "\\b(?:daily\\s+)?dos(?:e|age|ing)(?:\\s+(?:and\\s+)?(?:frequency|regimen|schedule))?"
            + "\\s*(?:of|:|=|is|will\\s+be)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A count before a strength ("two 200 mg tablets", "2 x 500 mg capsules"): then it is part of the dose. */
    private static final Pattern COUNT_BEFORE = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six)\\s*(?:[x×*]\\s*)?$",
            Pattern.CASE_INSENSITIVE);

    /** "Pirfenidone group:", "Hydroxychloroquine sulfate gloup:": a drug's name as the label of an ICTRP group. */
    private static final Pattern GROUP_LABEL_AFTER = Pattern.compile("^\\s*(?:treatment\\s+|therapy\\s+)?"
            + "(?:group|gloup|arm|cohort)\\s*[:：]", Pattern.CASE_INSENSITIVE);

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A CTRI intervention's heading: "Intervention1: NAMES:", "Control Intervention1: NAMES:". */
    private static final Pattern CTRI_HEADING = Pattern.compile("(?i)\\b(?:control\\s+)?intervention\\s*\\d+\\s*:\\s*"
            + "([^:\\n]{3,150}?)\\s*:");
    /** What lists the products of a heading: "A; B", "A, B and C", "1. A 2. B", "A along with B". */
    private static final Pattern HEADING_SEPARATOR = Pattern.compile("(?i)\\s*(?:[;,+&/]|<br\\s*/?>|\\band\\b"
            + "|\\bwith\\b|\\bplus\\b|\\balong\\b|\\bor\\b|\\bvs\\.?|\\b\\d+\\s*[.)])\\s*");
    /** "Tablet Bhoumya": a form written before a product's name, as prescriptions write it. */
    private static final Pattern FORM_FIRST = Pattern.compile("(?i)^(?:tab(?:let)?s?|cap(?:sule)?s?|syp|syrup"
            + "|inj(?:ection)?)\\.?\\s+(?=\\p{L})");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]?");
    /** Words of a heading that name a kind of care rather than a product. */
    private static final Pattern NOT_A_HEADING_PRODUCT = Pattern.compile("(?i)care|protocol|applicable|nil|none|no|not"
            + "|drugs?|interventions?|covid\\p{L}*|hospital|guidelines?|supportive|plasma|convalescent|usual|best|only"
            + "|ayurveda|rasayana|regimen|kit|package|prophyla\\p{L}*|management|symptomatic|therapeutic|health"
            + "|workers?|arm|single|na|nan|yoga|diet|counsell?ing|education|exercise|session|sessions|programme|program"
            + "|practice|practices|lifestyle|advice|saline|water");
    /** "will not be given", "is not administered": what a text says after a drug that is not given. */
    private static final Pattern NOT_GIVEN_AFTER = Pattern.compile("\\s*(?:will|shall|is|are|was|were|must|should)"
            + "\\s+not\\s+(?:be\\s+)?(?:given|administered|used|received|prescribed)\\b", Pattern.CASE_INSENSITIVE);
    /** Where an ICTRP text starts an arm's part: "Intervention 2:", "Control Intervention1:", "Control group:". */
    private static final Pattern ARM_SECTION = Pattern.compile("(?i)\\b(?:(?:control\\s+)?intervention\\s*\\d+"
            + "|(?:intervention|control|experimental|placebo|comparator)\\s+(?:group|arm)(?:\\s*\\d+)?)\\s*[:：]");
    private static final Pattern PLACEBO_JOINED_AFTER = Pattern.compile("^[-\\s]\\s*placebo\\b(?![-\\s]?controlled)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "placebo-bupropion", and a dummy named after the drug it imitates: "Simulated capsules of bismuth potassium
     * citrate", "placebo tablets matching for sitagliptin".
     */
    /**
     * "2 placebos (500 mg of maltodextrin)", "Placebo (starch) capsules": what a placebo is made of, in the bracket
     * after it, is no drug given; and "100 mg of lactose as filler" is a capsule's excipient.
     */
    private static final Pattern PLACEBO_CONTENTS_BEFORE = Pattern.compile("\\bplacebos?\\s*(?:tablets?\\s*|capsules?\\s*)?"
            + "[(\\[][^()\\[\\]]*$", Pattern.CASE_INSENSITIVE);
    /** "positive estrogen or progesterone receptors", "estrogen receptor-positive": a receptor, not its hormone. */
    private static final Pattern RECEPTOR_AFTER = Pattern.compile("^[\\s-]*(?:receptors?\\b|\\(?[ep]r\\)?[\\s-]*"
            + "(?:positive|negative)\\b)", Pattern.CASE_INSENSITIVE);
    /**
     * "Dose adjustment based on hemoglobin level", "serum magnesium concentration", "blood glucose": a substance
     * measured, not a drug given (so the intervention's own name is the drug of the doses beside it); not the cells of
     * "cord blood NK cells".
     */
    private static final Pattern MEASURED_AFTER = Pattern.compile("^\\s*(?:levels?|concentrations?|values?|counts?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURED_BEFORE = Pattern.compile(
            "\\b(?:serum|plasma|(?<!cord\\s)(?<!whole\\s)blood|urinary|urine|salivary)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCIPIENT_AFTER = Pattern.compile("^\\s*(?:is\\s+|are\\s+)?(?:used\\s+)?as\\s+(?:an?\\s+|the\\s+)?"
            + "(?:fillers?|excipients?|bulking\\s+agents?|binders?|preservatives?|carriers?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEBO_JOINED_BEFORE = Pattern.compile("\\b(?:placebo\\s*-"
            + "|(?:placebo|dummy|simulated)\\s+(?:capsules?|tablets?|pills?|granules?|injections?)\\s+"
            + "(?:of|matching(?:\\s+for)?)\\s+)$",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a drug's name on a heading line: its form or a few words, no value ("Paclitaxel injection:"). */
    private static final Pattern HEADING_AFTER_NAME = Pattern.compile("^[\\p{L} -]{0,30}:?\\s*$");
    /** What may come before a drug's name on a heading line: nothing, or a label ("Intervention Name:"). */
    private static final Pattern HEADING_BEFORE_NAME = Pattern.compile("^\\s*(?:[\\p{L} ]{1,30}:\\s*)?$");

    /**
     * "CAB LA is composed of cabotegravir free acid, polysorbate 20, polyethylene glycol 3350, mannitol, and water for
     * injection": what follows in the sentence lists a product's ingredients, not drugs given.
     */
    private static final Pattern COMPOSITION = Pattern.compile("\\b(?:is|are)\\s+composed\\s+of\\b|\\bexcipients?\\b"
            + "|\\binactive\\s+ingredients?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "after dilution with 250 ml of 5% Glucose Injection or 0.9% Sodium Chloride Injection,", "dissolved in 100ml of
     * saline": what a drug is diluted in, up to the next comma, bracket, "and" or the end of the clause, is its
     * vehicle, not a drug given.
     */
    private static final Pattern DILUTED_IN = Pattern.compile("\\b(?:dilut(?:ed|ion)|dissolved|reconstituted)\\s+"
            + "(?:in|with|into)\\b[^,;()（）。]*?(?=[,;()（）。]|\\band\\b|\\bthen\\b|\\.(?:\\s|$)|<br|$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "2g bid with honey or milk", "followed by milk", "in Dextrose 5% serum": what a drug is taken with or infused in
     * is its vehicle, not a drug given. Not "with milk thistle", a product of its own, nor "treated with dextrose", which
     * may be the drug studied (dextrose prolotherapy): a sugar or saline is a vehicle only as what a drug is in.
     */
    private static final Pattern TAKEN_WITH = Pattern.compile("\\b(?:(?:taken\\s+|mixed\\s+)?with|followed\\s+by"
            + "|mixed\\s+in)\\s+(?:(?:luke\\s*)?warm\\s+|hot\\s+|boiled\\s+)?(?:honey|milk|ghee|jaggery)\\b(?![\\s-]+thistle)"
            + "(?:\\s+or\\s+(?:warm\\s+)?(?:honey|milk|ghee|water)\\b)?"
            + "|\\bin\\s+(?:\\d+(?:\\.\\d+)?\\s*%\\s*)?(?:dextrose|glucose|(?:normal\\s+)?saline)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "it is", "it will be": a sentence about the drug named before it. */
    private static final Pattern IT_IS = Pattern.compile("\\bit\\s+(?:is|will|was|shall|should|must|can|may)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A list item opened by a capitalised name of up to three words, right before a dose. */
    private static final Pattern PRODUCT_BEFORE_DOSE = Pattern.compile("(?:[,;+]|\\band\\b|\\bplus\\b)\\s*(?:and\\s+)?"
            + "(?<name>\\p{Lu}[\\p{L}-]{3,}(?:\\s+\\p{L}[\\p{L}-]+){0,2})\\s*[:,]?\\s*$");
    /** Words that open a list item without naming a product (days, doses, arms), beside {@link #NOT_A_PRODUCT_WORD}. */
    private static final Set<String> NOT_A_NAME_WORD = Set.of("then", "day", "days", "week", "weeks", "dose", "doses",
            "daily", "followed", "after", "before", "from", "with", "each", "every", "maintenance", "loading", "initial",
            "total", "maximum", "minimum", "single", "first", "second", "third", "next", "last", "group", "arm",
            "cohort", "part", "phase", "cycle", "cycles", "level", "placebo", "patients", "children", "adults",
            "weight", "body", "intravenous", "oral", "orally", "tablet", "tablets", "capsule", "capsules", "starting",
            "increased", "reduced", "decreased", "escalated", "titrated", "up", "until", "for", "at", "the", "a", "an",
            "of", "in", "on", "to", "or", "and", "mg", "over", "infusion", "injection", "bolus", "subsequent", "later",
            "continuous", "high", "low", "standard", "control", "experimental", "treatment", "intervention", "dosage",
            "frequency", "route", "duration", "mode", "time", "form", "strength", "concentration");

    private final DrugLexicon lexicon;
    private final AttributeScanner scanner = new AttributeScanner();

    public RegimenParser(DrugLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "regimen parser lexicon");
    }

    /**
     * The regimen components written in a text, in text order.
     *
     * @param arm the arm label the components belong to, or null
     * @param field where the text is in the record, for the components' spans
     * @param defaultDrug the drug a dose belongs to when the text names none (an intervention's name), or null
     */
    public List<RegimenComponent> parse(String text, String arm, String field, String defaultDrug) {
        return parse(text, arm, field, defaultDrug, () -> null);
    }

    /**
     * The regimen components written in a text, with a drug to give its doses when the text names none and no
     * default drug is given: asked for only then (the titles' one drug, {@link #soleDrugNamed}).
     */
    public List<RegimenComponent> parse(String text, String arm, String field, String defaultDrug,
            Supplier<String> unnamedDrug) {
        Objects.requireNonNull(field, "regimen parse field");
        Objects.requireNonNull(unnamedDrug, "regimen parse unnamed drug");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Layout layout = new Layout(text);
        Set<String> headingProducts = headingProducts(text);
        List<Anchor> withVehicles = withoutIngredients(text, layout, classesAsTheIntervention(
                withoutCodesOfTheIntervention(drugAnchors(text, headingProducts), defaultDrug), defaultDrug),
                defaultDrug);
        List<Anchor> excipients = withVehicles.stream().filter(RegimenParser::excipient).toList();
        List<Found> scanned = scanner.scan(text);
        List<Anchor> named = withoutTimeReferences(text, layout, scanned,
                withoutVehicles(text, withVehicles.stream().filter(a -> !excipient(a)).toList()));
        CombinationStrengths.Pinned pinned = CombinationStrengths.pin(text, scanned, named);
        List<Found> finds = pinned.finds();
        // a text naming only what its drug is diluted in names a drug all the same: its doses are not the default's
        boolean namesDrug = !withVehicles.isEmpty();
        List<Anchor> anchors = new ArrayList<>(named);
        anchors.addAll(radiotherapyAnchors(text, layout, finds, named));
        anchors.addAll(placeboAnchors(text, anchors));
        anchors.addAll(excipients);
        Map<Found, Anchor> owners = new HashMap<>(pinned.owners());
        Segments seg = new Segments(text, layout, anchors, owners);
        Map<Anchor, Found> totals = new HashMap<>();
        for (Found f : finds) {
            if ((f.attr() == Attr.RT_TOTAL || f.attr() == Attr.RT_PER_FRACTION) && !seg.ownedByRadiotherapy(f)
                    || secondCourse(f, seg, totals, finds)) {
                anchors.add(new Anchor(f.start(), f.start(), true, null, null, false));
                seg = new Segments(text, layout, anchors, owners);
            }
            if (f.attr() == Attr.RT_TOTAL) {
                totals.putIfAbsent(seg.owner(f), f);
            }
        }
        String fallback = namesDrug ? null : defaultDrug != null ? defaultDrug : unnamedDrug.get();
        // the intervention's name as a whole one drug's ("leucovorin calcium"; not "Calcium/Vitamin D")
        String ownIri = namesDrug && defaultDrug != null
                ? lexicon.lookup(defaultDrug).map(DrugHit::conceptIri).orElse(null) : null;
        String fallbackIri = fallback == null ? null : conceptOf(fallback);
        Set<Anchor> dosedImplicit = new java.util.HashSet<>();
        Set<Anchor> implicitAnchors = new java.util.HashSet<>();
        Set<Anchor> soleDrugAnchors = new java.util.HashSet<>();
        for (Found f : finds) {
            if (!f.attr().drugLevel()) {
                continue;
            }
            Anchor owner = seg.owner(f);
            if (owner != null && owner.radiotherapy() && isDose(f)) {
                // "Concurrent Chemotherapy / Radiotherapy dosing: 45 mg/m2": a drug's dose is never radiotherapy's;
                // it is the drug's named last before it in its sentence, else a dose without a name
                Anchor drug = lastDrugBefore(f, seg.anchors(), layout);
                if (drug != null) {
                    owners.put(f, drug);
                    seg = new Segments(text, layout, anchors, owners);
                    continue;
                }
                owner = null;
            }
            Anchor product = isDose(f) ? unknownProductBefore(f, owner, finds, seg, text) : null;
            if (product != null) {
                anchors.add(product);
                seg = new Segments(text, layout, anchors, owners);
                continue;
            }
            Found label = isDose(f) ? dayLabelBefore(f, finds, text) : null;
            if (label != null && owner != null && owner.drug() != null && !owner.radiotherapy()
                    && laterDoseOf(owner, label, finds, seg)) {
                // "chloroquine: Day1-3: 500 mg, BID Day4-5: 250 mg, BID": each day label starts a dose of its own
                anchors.add(new Anchor(label.start(), label.start(), false, owner.drug(), owner.conceptIri(), false));
                seg = new Segments(text, layout, anchors, owners);
                continue;
            }
            // "GCb Group: 1,250 mg/m^2 on days 1 and 8 GD Group: 1,250 mg/m^2 on days 1 and 8" in the intervention
            // "Gemcitabine": a dose in a list item of its own is a component of its own; doses listed in one item
            // ("20mg Cohort1, 40mg Cohort2") stay one component, whose dose is then not read
            boolean secondDose = owner != null && isDose(f) && !owner.radiotherapy()
                    && (owner.drug() == null || soleDrugAnchors.contains(owner) || implicitAnchors.contains(owner)
                            && itemStart(text, layout, anchors, List.of(), f.start()) > owner.start())
                    && !dosedImplicit.add(owner);
            boolean orphan = owner == null && (isDose(f) || fallback != null);
            if (orphan || secondDose) {
                Anchor earlier = orphan && isDose(f) ? onlyDrugBefore(f, named, layout) : null;
                if (earlier == null && orphan && label != null) {
                    earlier = labelledDrugBefore(f, named, layout, finds, seg, text);
                }
                if (earlier == null && orphan && isDose(f) && label == null) {
                    earlier = headingDrugBefore(f, named, text);
                }
                if (earlier == null && orphan && isDose(f)) {
                    earlier = lastDrugOfTheClauseBefore(f, named, layout);
                }
                boolean pronoun = false;
                if (earlier == null && orphan && isDose(f)) {
                    earlier = drugItStandsFor(f, named, layout, text);
                    pronoun = earlier != null;
                }
                boolean sole = false;
                if (earlier == null && orphan && isDose(f)) {
                    earlier = soleDrugOfTheText(f, named, layout, finds, seg, text);
                    if (earlier == null) {
                        earlier = theInterventionsDrugNamedAfter(f, named, ownIri, layout, text);
                    }
                    sole = earlier != null;
                } else if (secondDose && soleDrugAnchors.contains(owner)) {
                    // "1st cycle = 30 mg daily, 2nd cycle = 15 mg daily": each dose of the text's one drug its own
                    earlier = owner;
                    sole = true;
                }
                // "it is orally administered ... at 150 mg daily": what the sentence says before the dose is the drug's
                int at = label != null ? label.start() : earlier == null || pronoun
                        ? itemStart(text, layout, anchors, finds, f.start()) : f.start();
                Anchor implicit = earlier != null
                        ? new Anchor(at, at, false, earlier.drug(), earlier.conceptIri(), false)
                        : new Anchor(at, at, false, fallback, fallbackIri, false);
                anchors.add(implicit);
                implicitAnchors.add(implicit);
                if (sole) {
                    soleDrugAnchors.add(implicit);
                }
                if (isDose(f)) {
                    dosedImplicit.add(implicit);
                }
                seg = new Segments(text, layout, anchors, owners);
            }
        }
        String defaultIri = namesDrug && defaultDrug != null ? conceptOf(defaultDrug) : null;
        return assemble(text, arm, field, layout, finds, seg, defaultIri,
                new java.util.HashSet<>(pinned.owners().values()), headingProducts);
    }

    /**
     * "hydroxychloroquine 200 mg twice a day ..., along with placebo tablets three times a day": a placebo's values
     * are its own, so a placebo named in the text holds them (an anchor of its own, no component built for it, and
     * never the drug a dose without a name goes to); not "placebo-controlled", nor a placebo in brackets after the
     * drug it matches or its alternative ("oxycodone (or matching placebo) at doses of 15 to 60 mg", "mavacamten 5 mg
     * or matching placebo once daily"). Given plasma and cells ({@link #PLASMA_GIVEN}, {@link #CELLS_GIVEN}) hold
     * their values the same way.
     */
    private static List<Anchor> placeboAnchors(String text, List<Anchor> anchors) {
        List<Anchor> out = new ArrayList<>();
        Matcher placebo = PLACEBO_WORD.matcher(text);
        while (placebo.find()) {
            int s = placebo.start();
            int e = placebo.end();
            if (anchors.stream().noneMatch(a -> a.start() < e && a.end() > s)
                    && !PLACEBO_IN_BRACKETS_BEFORE.matcher(text.substring(Math.max(0, s - 30), s)).find()) {
                out.add(new Anchor(s, e, false, PLACEBO, null, false));
            }
        }
        for (Pattern given : List.of(PLASMA_GIVEN, CELLS_GIVEN)) {
            Matcher m = given.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (anchors.stream().noneMatch(a -> a.start() < e && a.end() > s)) {
                    out.add(new Anchor(s, e, false, PLASMA, null, false));
                }
            }
        }
        return out;
    }

    /**
     * "AG-013736 5 mg bid" in the text of the intervention "Axitinib": a development code in a text that names no
     * drug the lexicon knows is the intervention's own code, so the intervention's drug takes its doses.
     */
    private static List<Anchor> withoutCodesOfTheIntervention(List<Anchor> named, String defaultDrug) {
        boolean onlyCodes = named.stream().allMatch(a -> a.conceptIri() == null && CODE.matcher(a.drug()).matches());
        return defaultDrug == null || !onlyCodes ? named : List.of();
    }

    /** Leaves out the names written as a vehicle the drug is diluted in ({@link #DILUTED_IN}). */
    private static List<Anchor> withoutVehicles(String text, List<Anchor> named) {
        List<int[]> vehicles = new ArrayList<>();
        for (Pattern vehicle : List.of(DILUTED_IN, TAKEN_WITH)) {
            Matcher m = vehicle.matcher(text);
            while (m.find()) {
                vehicles.add(new int[] {m.start(), m.end()});
            }
        }
        if (vehicles.isEmpty()) {
            return named;
        }
        return named.stream().filter(a -> vehicles.stream().noneMatch(r -> a.start() >= r[0] && a.start() < r[1]))
                .toList();
    }

    /**
     * "pemetrexed IV 90 minutes following gemcitabine on day 8", "24 hrs after the last cyclophosphamide dose",
     * "amifostine IV immediately before cisplatin": a drug named after a time taken from it is when another drug is
     * given, not a dose of its own, where the text names it elsewhere and no dose follows it in its sentence; the
     * values after it are the other drug's.
     */
    private static final Pattern TIME_REFERENCE_BEFORE = Pattern.compile("(?:\\b\\d+(?:\\.\\d+)?(?:\\s*(?:-|–|to)\\s*"
            + "\\d+(?:\\.\\d+)?)?\\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\\s+|\\b(?:immediately|just|shortly|directly)\\s+)"
            + "(?:after|following|before|prior\\s+to)\\s+(?:(?:the|each|every)\\s+)?(?:(?:start|end|completion|beginning)"
            + "\\s+of\\s+(?:the\\s+)?)?(?:(?:first|last|final)\\s+)?(?:(?:dose|infusion)\\s+of\\s+(?:the\\s+)?)?$",
            Pattern.CASE_INSENSITIVE);

    /** Leaves out the drugs named as the time another is given by ({@link #TIME_REFERENCE_BEFORE}). */
    private static List<Anchor> withoutTimeReferences(String text, Layout layout, List<Found> scanned,
            List<Anchor> named) {
        List<Anchor> out = new ArrayList<>(named.size());
        for (Anchor a : named) {
            Matcher before = TIME_REFERENCE_BEFORE.matcher(text).region(Math.max(0, a.start() - 80), a.start());
            boolean reference = before.find()
                    && named.stream().anyMatch(b -> b != a && sameDrug(a, b))
                    && scanned.stream().noneMatch(f -> isDose(f) && f.start() >= a.end()
                            && layout.sentence(f.start()) == layout.sentence(a.start())
                            && named.stream().noneMatch(b -> b.start() >= a.end() && b.start() < f.start()));
            if (!reference) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The one drug a record's titles name, as the first title writes it, or null when they name none, only a class,
     * or more than one drug. WHO ICTRP's intervention field often gives each group's dose without the drug
     * ("Low-dose group: Tablets; 200mg; oral; twice a day"), which the title names ("... favipiravir tablets in the
     * treatment of novel coronavirus pneumonia"); that drug is the drug of such a text's doses, and of no text that
     * names a drug.
     */
    public String soleDrugNamed(List<String> titles) {
        String name = null;
        String iri = null;
        for (String title : titles) {
            if (title == null || title.isBlank()) {
                continue;
            }
            for (Anchor a : drugAnchors(title, Set.of())) {
                if (a.conceptIri() == null || a.classLevel()) {
                    continue;
                }
                if (iri == null) {
                    iri = a.conceptIri();
                    name = a.drug();
                } else if (!iri.equals(a.conceptIri())) {
                    return null;
                }
            }
        }
        return name;
    }

    /**
     * Leaves out the names a {@link #COMPOSITION} sentence lists after its cue, except the intervention's own drug
     * (the product's active ingredient is the drug given).
     */
    private List<Anchor> withoutIngredients(String text, Layout layout, List<Anchor> named, String defaultDrug) {
        Matcher m = COMPOSITION.matcher(text);
        if (!m.find()) {
            return named;
        }
        String own = defaultDrug == null ? null : conceptOf(defaultDrug);
        List<int[]> lists = new ArrayList<>();
        do {
            int sentence = layout.sentence(m.start());
            int end = m.end();
            while (end < text.length() && layout.sentence(end) == sentence) {
                end++;
            }
            lists.add(new int[] {m.end(), end});
        } while (m.find());
        return named.stream().filter(a -> (own != null && own.equals(a.conceptIri()))
                || lists.stream().noneMatch(r -> a.start() >= r[0] && a.start() < r[1])).toList();
    }

    /**
     * "Induction chemotherapy dosing: 225 mg/m2 Day 1 and Day 22" in the text of the intervention "Paclitaxel": when
     * an intervention's text names no drug but only classes, a class it names stands for the intervention's drug.
     */
    private List<Anchor> classesAsTheIntervention(List<Anchor> named, String defaultDrug) {
        if (defaultDrug == null || named.isEmpty() || named.stream().anyMatch(a -> !a.classLevel())) {
            return named;
        }
        Optional<DrugHit> drug = lexicon.lookup(defaultDrug);
        if (drug.isEmpty() || drug.get().classLevel()) {
            return named;
        }
        return named.stream().map(a -> new Anchor(a.start(), a.end(), false, defaultDrug, drug.get().conceptIri(),
                false)).toList();
    }

    /**
     * The days written as a label right before a dose ("Day 1: 400 mg", "Days 2-5: 200 mg"): they are that dose's
     * days, whatever drug's values come before them.
     */
    private static Found dayLabelBefore(Found dose, List<Found> finds, String text) {
        for (Found f : finds) {
            if (f.attr() == Attr.DAYS && f.end() <= dose.start()
                    && DAY_LABEL_GAP.matcher(text.substring(f.end(), dose.start())).matches()) {
                return f;
            }
        }
        return null;
    }

    /**
     * "chloroquine: Day 1-3: 500 mg BID; Day 4-5: 250 mg BID": a dose under a day label, after a semicolon, goes on
     * with the last drug named before it in its sentence when that drug's own dose is under a day label too.
     */
    private static Anchor labelledDrugBefore(Found dose, List<Anchor> named, Layout layout, List<Found> finds,
            Segments seg, String text) {
        int s = layout.sentence(dose.start());
        Anchor last = null;
        for (Anchor a : named) {
            if (!a.radiotherapy() && !a.classLevel() && a.end() <= dose.start() && layout.sentence(a.start()) == s) {
                last = a;
            }
        }
        final Anchor drug = last;
        return drug != null && finds.stream().anyMatch(d -> d.attr() == Attr.DOSE && d.start() < dose.start()
                && drug.equals(seg.owner(d)) && dayLabelBefore(d, finds, text) != null) ? drug : null;
    }

    /**
     * "Paclitaxel injection:\n\n175 mg/m2 IV on Day 1 of each 3-week cycle.", "Intervention Name: Hydroxychloroquine<br>
     * Intervention Description: 800mg twice a day": a dose without a name in its sentence is the drug's named alone
     * (after a label, with at most a few words such as its form) on the line right before the dose's line.
     */
    private static Anchor headingDrugBefore(Found dose, List<Anchor> named, String text) {
        int lineStart = lineStart(text, dose.start());
        if (lineStart == 0 || named.stream().anyMatch(a -> a.start() >= lineStart && a.start() < dose.start())) {
            return null;
        }
        int end = lineStart;
        while (end > 0) {
            if (Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            } else if (end >= 4 && text.regionMatches(true, end - 4, "<br>", 0, 4)) {
                end -= 4;
            } else {
                break;
            }
        }
        int headStart = lineStart(text, end);
        int headEnd = end;
        if (named.stream().filter(a -> a.start() >= headStart && a.start() < headEnd).count() != 1) {
            return null;
        }
        for (Anchor a : named) {
            if (!a.radiotherapy() && !a.classLevel() && a.start() >= headStart && a.end() <= end
                    && HEADING_BEFORE_NAME.matcher(text.substring(headStart, a.start())).matches()
                    && HEADING_AFTER_NAME.matcher(text.substring(a.end(), end)).matches()) {
                return a;
            }
        }
        return null;
    }

    /** Where the line holding {@code pos} starts, lines ending at a line break or an HTML {@code <br>}. */
    private static int lineStart(String text, int pos) {
        int br = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("<br>", Math.max(0, pos - 4));
        return Math.max(text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1, br < 0 ? 0 : br + 4);
    }

    /**
     * "Experimental group:Intravenous drip, 0.2 g once daily": where the list item of a dose without a name starts
     * (after a colon, a semicolon, the name or the dose before it, within the dose's sentence, clause and brackets), so that the values
     * written before the dose in its item are its own.
     */
    private static int itemStart(String text, Layout layout, List<Anchor> anchors, List<Found> finds, int pos) {
        int start = pos;
        while (start > 0 && layout.sentence(start - 1) == layout.sentence(pos)
                && layout.clause(start - 1) == layout.clause(pos) && layout.depth(start - 1) == layout.depth(pos)
                && ":;\uff1a()".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        for (Anchor a : anchors) {
            if (a.end() <= pos) {
                start = Math.max(start, a.end());
            }
        }
        // "(160 mg QD or 240 mg QD)": an item holds one dose
        for (Found d : finds) {
            if (d.attr() == Attr.DOSE && d.end() <= pos) {
                start = Math.max(start, d.end());
            }
        }
        while (start < pos && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The last drug or class named before a value in its sentence, radiotherapy left out; null when none. */
    private static Anchor lastDrugBefore(Found f, List<Anchor> anchors, Layout layout) {
        Anchor last = null;
        for (Anchor a : anchors) {
            if (!a.radiotherapy() && a.drug() != null && a.end() <= f.start()
                    && layout.sentence(a.start()) == layout.sentence(f.start())) {
                last = a;
            }
        }
        return last;
    }

    /**
     * "A 400 mg twice daily for 10 days plus B 800 mg twice a day on Day 1, followed by 400 mg twice a day for 6
     * days": a dose without a name in a clause opened by "followed by" or "then" goes on with the last drug of the
     * clause before it in its sentence, as a maintenance dose goes on with its loading dose; null when that clause
     * names no drug.
     */
    private static Anchor lastDrugOfTheClauseBefore(Found dose, List<Anchor> named, Layout layout) {
        int clause = layout.clause(dose.start());
        if (clause == 0 || layout.sentence(layout.clauseStart(clause - 1)) != layout.sentence(dose.start())) {
            return null; // the clause starts its sentence: no "followed by" before it
        }
        Anchor last = null;
        for (Anchor a : named) {
            if (!a.radiotherapy() && !a.classLevel() && a.drug() != null && layout.clause(a.start()) == clause - 1) {
                last = a;
            }
        }
        return last;
    }

    /**
     * "The poziotinib drug substance is formulated as a tablet. Cohorts 1-3: 16 mg QD; Cohort 4: 8 mg BID": a dose in
     * a sentence that names no drug nor class is the drug's of a text that names one drug only, before the dose, and
     * gives it no dose where it names it; null when the text names several drugs, a class or a radiotherapy anywhere
     * (the dose could be any one's).
     */
    private static Anchor soleDrugOfTheText(Found dose, List<Anchor> named, Layout layout, List<Found> finds,
            Segments seg, String text) {
        int s = layout.sentence(dose.start());
        if (NOT_THE_DRUGS_DOSE.matcher(text.substring(layout.sentenceStart(dose.start()), dose.start())).find()
                || PER_VOLUME_AFTER.matcher(text.substring(dose.end())).lookingAt()
                || UNNAMED_BEFORE.matcher(text.substring(Math.max(0, dose.start() - 12), dose.start())).find()) {
            return null;
        }
        // "phenylbutyrate 400 mg/m2/day ... Cohort A1: 25 mg/m2/day SC": when the drug named has a dose of its own,
        // a dose without a name may be a drug's the lexicon does not know (here 5-AC, azacitidine)
        // (a strength written with its form, "Favipiravir 200mg Tablets", is no dose)
        // "hu14.18-IL2 ... 2 mg/m2 ... Five separate dose levels are scheduled: 2 mg/m²/dose ..., 4 mg/m²/dose": doses
        // listed as the dose levels of an escalation, in the unit of the drug's own, are that drug's
        boolean levels = DOSE_LEVELS.matcher(text.substring(layout.sentenceStart(dose.start()), dose.start())).find();
        String unit = dose.value() instanceof Found.Dose written ? written.unit() : null;
        if (finds.stream().anyMatch(other -> {
            Anchor owner = other.attr() == Attr.DOSE ? seg.owner(other) : null;
            return owner != null && named.contains(owner) && !strength(text, other)
                    && !(levels && other.value() instanceof Found.Dose own && own.unit().equals(unit));
        })) {
            return null;
        }
        Set<String> drugs = new LinkedHashSet<>();
        Anchor first = null;
        for (Anchor a : named) {
            if (a.radiotherapy() || a.classLevel() || a.drug() == null) {
                return null;
            }
            if (layout.sentence(a.start()) == s) {
                return null;
            }
            drugs.add(a.conceptIri() != null ? a.conceptIri() : a.drug().toLowerCase(java.util.Locale.ROOT));
            if (first == null) {
                first = a;
            }
        }
        return drugs.size() == 1 && first.end() <= dose.start() ? first : null;
    }

    /** "Five separate dose levels are scheduled:", "The dose levels are": a list of an escalation's doses follows. */
    private static final Pattern DOSE_LEVELS = Pattern.compile("(?i)\\bdose\\s+levels?\\b[^.;]*(?:\\b(?:are|is|will\\s+be)\\b"
            + "|:)");

    /** What a sentence may say before a dose that names no drug: "Patients receive", "starting at a dose of". */
    private static final Pattern NO_NAME_BEFORE = Pattern.compile("(?i)[\\s\\p{Punct}]*(?:(?:a|an|the|at|of|with|starting"
            + "|initial|total|daily|dose|doses|given|receive|receives|patients?|participants?)\\b[\\s\\p{Punct}]*)*");

    /**
     * "1000 mg/m2, 30 minute intravenous infusion, cycle 1 (weeks 1, 2) ... During cycle 2, gemcitabine will be
     * delivered" in the intervention "gemcitabine": a dose at the start of its sentence, before any name, in a text
     * whose only drug named later is the intervention's own, is that drug's (not "RAD001 ... at a dose of 30 mg" in
     * the intervention "patupilone", a code the lexicon lacks).
     */
    private static Anchor theInterventionsDrugNamedAfter(Found dose, List<Anchor> named, String ownIri, Layout layout,
            String text) {
        if (ownIri == null || named.isEmpty() || named.stream().anyMatch(a -> a.start() < dose.end())) {
            return null;
        }
        String before = text.substring(layout.sentenceStart(dose.start()), dose.start());
        if (!NO_NAME_BEFORE.matcher(before).matches() || NOT_THE_DRUGS_DOSE.matcher(before).find()
                || PER_VOLUME_AFTER.matcher(text.substring(dose.end())).lookingAt()
                || UNNAMED_BEFORE.matcher(text.substring(Math.max(0, dose.start() - 12), dose.start())).find()) {
            return null;
        }
        for (Anchor a : named) {
            if (a.radiotherapy() || !ownIri.equals(a.conceptIri())) {
                return null;
            }
        }
        return named.get(0);
    }

    /**
     * "Erlotinib is given on days 8 to 21. During the maintenance phase, it is given at 150 mg daily": a dose in a
     * sentence that names no drug but says "it is" (will be, was) before the dose is the drug's of the last sentence
     * that named one, when that sentence named exactly one.
     */
    private static Anchor drugItStandsFor(Found dose, List<Anchor> named, Layout layout, String text) {
        int s = layout.sentence(dose.start());
        int start = dose.start();
        while (start > 0 && layout.sentence(start - 1) == s) {
            start--;
        }
        if (!IT_IS.matcher(text.substring(start, dose.start())).find()) {
            return null;
        }
        int previous = -1;
        for (Anchor a : named) {
            int as = layout.sentence(a.start());
            if (as == s) {
                return null;
            }
            if (as < s && !a.radiotherapy()) {
                previous = Math.max(previous, as);
            }
        }
        final int p = previous;
        List<Anchor> there = named.stream().filter(a -> !a.radiotherapy() && layout.sentence(a.start()) == p).toList();
        Set<String> drugs = new LinkedHashSet<>();
        there.forEach(a -> drugs.add(a.conceptIri() != null ? a.conceptIri() : a.drug().toLowerCase()));
        return drugs.size() == 1 && !there.get(0).classLevel() && there.get(0).drug() != null
                ? there.get(there.size() - 1) : null;
    }

    /**
     * "Chloroquine 250 mg twice daily, and Osiltamivir 75 mg twice daily": a dose right after a name the lexicon does
     * not know, in a list item after the values of a drug that has its dose, is that product's (its name as
     * written, no concept), not a second dose of the drug before it; null otherwise.
     */
    private static Anchor unknownProductBefore(Found dose, Anchor owner, List<Found> finds, Segments seg,
            String text) {
        if (owner == null || owner.radiotherapy() || owner.drug() == null) {
            return null;
        }
        int from = owner.end();
        boolean dosed = false;
        for (Found f : finds) {
            if (f.end() <= dose.start() && f.start() >= owner.end()) {
                from = Math.max(from, f.end());
                dosed |= f.attr() == Attr.DOSE && owner.equals(seg.owner(f));
            }
        }
        Matcher m = dosed ? PRODUCT_BEFORE_DOSE.matcher(text).region(from, dose.start()) : null;
        if (m == null || !m.find()) {
            return null;
        }
        String name = m.group("name");
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (NOT_A_NAME_WORD.contains(word) || NOT_A_PRODUCT_WORD.matcher(word).matches()) {
                return null;
            }
        }
        return new Anchor(m.start("name"), m.end("name"), false, name, null, false);
    }

    /** Whether the value is a dose: one amount, or a fixed combination's amounts ("400/100 mg"). */
    private static boolean isDose(Found f) {
        return f.attr() == Attr.DOSE || f.attr() == Attr.DOSE_PARTS;
    }

    /** Whether the drug already has a dose written before the label (so the labelled dose is a later one). */
    private static boolean laterDoseOf(Anchor owner, Found label, List<Found> finds, Segments seg) {
        return finds.stream().anyMatch(d -> d.attr() == Attr.DOSE && d.end() <= label.start()
                && owner.equals(seg.owner(d)));
    }

    /**
     * The drug a dose without a name of its own continues: "favipiravir 1600 mg twice daily on day 1, followed by
     * 600 mg twice daily for 13 days", "Day 1: 400 mg bid; days 2-5: 200 mg bid". It is the one drug named before
     * the dose in its sentence; none when the sentence names several (the dose could be any one's). A dose crosses
     * a sentence only to the one drug of the whole text ({@link #soleDrugOfTheText}).
     */
    private static Anchor onlyDrugBefore(Found dose, List<Anchor> named, Layout layout) {
        int s = layout.sentence(dose.start());
        List<Anchor> before = named.stream().filter(a -> !a.radiotherapy() && !a.classLevel()
                && a.end() <= dose.start() && layout.sentence(a.start()) == s).toList();
        Set<String> drugs = new LinkedHashSet<>();
        before.forEach(a -> drugs.add(a.conceptIri() != null ? a.conceptIri() : a.drug().toLowerCase()));
        return drugs.size() == 1 ? before.get(before.size() - 1) : null;
    }

    private List<RegimenComponent> assemble(String text, String arm, String field, Layout layout, List<Found> finds,
            Segments seg, String defaultIri, Set<Anchor> combined, Set<String> headingProducts) {
        List<Integer> arms = armStarts(text);
        Map<Anchor, Draft> drafts = new LinkedHashMap<>();
        for (Anchor a : seg.anchors()) {
            drafts.put(a, new Draft(a, layout.sentence(a.start()), layout.clause(a.start())));
        }
        for (Draft d : drafts.values()) {
            d.escalationStep = !d.anchor.radiotherapy() && escalationStep(text, layout, d.anchor.start());
            d.escalatingDoses = !d.anchor.radiotherapy() && ESCALATING_SENTENCE.matcher(text)
                    .region(layout.sentenceStart(d.anchor.start()), d.anchor.start()).find()
                    && drafts.values().stream().anyMatch(e -> e.sentence < d.sentence && sameDrug(e.anchor, d.anchor));
        }
        List<Found> shared = new ArrayList<>();
        Set<Found> strengths = strengthsBesideADose(text, finds, seg);
        for (Found f : finds) {
            Anchor owner = seg.owner(f);
            if (f.attr() == Attr.PHASE || strengths.contains(f)) {
                continue;
            }
            if (owner == null) {
                shared.add(f);
            } else if (f.attr() == Attr.SINGLE) {
                if (!owner.radiotherapy()) {
                    drafts.get(owner).put(f);
                }
            } else if (owner.radiotherapy()) {
                if (f.attr().radiotherapy() || f.attr() == Attr.DURATION) {
                    drafts.get(owner).put(f);
                } else if (f.attr() == Attr.CYCLES) {
                    shared.add(f);
                }
            } else if (f.attr().drugLevel() || f.attr() == Attr.CYCLES || f.attr() == Attr.DURATION) {
                drafts.get(owner).put(f);
            }
        }
        // cycles and durations written beside a bare drug name describe the whole clause
        for (Draft d : drafts.values()) {
            if (!d.anchor.radiotherapy() && !d.dosed()) {
                for (Attr a : List.of(Attr.CYCLES, Attr.DURATION)) {
                    for (Found f : finds) {
                        if (f.attr() == a && seg.owner(f) == d.anchor) {
                            shared.add(f);
                        }
                    }
                }
            }
        }
        List<Draft> list = new ArrayList<>(drafts.values());
        new Sharing(text, layout).apply(list);
        // the drugs of a fixed combination ("of pioglitazone/metformin") are given together, not one or the other
        list.stream().filter(d -> combined.contains(d.anchor)).forEach(d -> d.alternativeGroup = null);
        shareRouteGivenToAll(text, layout, list, finds, arms);
        shareRouteWithTheNextDoses(list);
        shareByClause(layout, list, shared);
        shareTotalDuration(layout, list, shared);
        shareWithThePreviousClause(layout, list, shared, seg);
        shareFromDruglessSentences(text, layout, list, shared, seg);
        shareWithTheIntervention(layout, list, shared, seg, defaultIri);
        courseRepeats(text, layout, list, finds);
        restPeriods(text, list);
        new Phases(scanner, layout).apply(list, finds, arm);
        sequentialDays(text, layout, list);
        List<Draft> kept = oneCourseOnce(arms, dropRepeatedBareNames(text, layout, arms, list));
        // "erlotinib or placebo 150 mg daily": with the placebo left out, a group of one is no choice
        Map<Integer, Long> groupSizes = kept.stream().filter(d -> d.alternativeGroup != null && !placebo(d))
                .collect(java.util.stream.Collectors.groupingBy(d -> d.alternativeGroup,
                        java.util.stream.Collectors.counting()));
        kept.stream().filter(d -> d.alternativeGroup != null && groupSizes.getOrDefault(d.alternativeGroup, 0L) < 2)
                .forEach(d -> d.alternativeGroup = null);
        // "Beginning 24-48 hours after chemotherapy, patients receive filgrastim", "after four courses of
        // chemotherapy": chemotherapy named in a text that names drugs is what those drugs are, not one more thing
        // given, unless a value is written for it ("+ chemotherapy 1-4 cycles") or it is the intervention. In a
        // text naming two drugs or more, a schedule written for chemotherapy with no dose is theirs, not one more
        // thing's ("receive 3 courses of preoperative neoadjuvant chemotherapy given on day 1 every 21 days. Courses
        // consist of ... cisplatin and ... paclitaxel"), and so are the cycles and phase of chemotherapy that is the
        // intervention ("adjuvant chemotherapy ... cisplatin/carboplatin + paclitaxel ..., limited to <=4 cycles"),
        // though not its days or interval ("Chemotherapy on day 1 every 21 days for 4 cycles, with ondansetron and
        // dexamethasone as antiemetics"). (Other classes are often given as such: "LHRH agonist and bicalutamide x 8
        // weeks", "interferon alfa daily".)
        long drugsNamed = kept.stream().filter(k -> !k.anchor.radiotherapy() && k.anchor.conceptIri() != null
                && !k.anchor.classLevel() && !placebo(k)).map(k -> k.anchor.conceptIri()).distinct().count();
        boolean namesDrugs = drugsNamed > 0;
        List<RegimenComponent> out = new ArrayList<>();
        for (Draft d : kept) {
            if (d.anchor.radiotherapy() && !d.hasRadiotherapyDose() || placebo(d)) {
                continue;
            }
            boolean chemotherapyIntervention = CHEMOTHERAPY.equals(defaultIri);
            if (namesDrugs && CHEMOTHERAPY.equals(d.anchor.conceptIri())
                    && (drugsNamed > 1 && !d.has(Attr.DOSE) && !d.has(Attr.DOSE_PARTS)
                            && !(chemotherapyIntervention && (d.has(Attr.DAYS) || d.has(Attr.INTERVAL)))
                            || !chemotherapyIntervention && finds.stream()
                                    .noneMatch(f -> f.attr() != Attr.PHASE && seg.owner(f) == d.anchor))) {
                continue;
            }
            // "NK cells were injected by intravenous drip", "mesenchymal stem cells": cells given are a procedure's,
            // as stem cells and donor lymphocytes are, not a drug component
            if (d.anchor.drug() != null && CELLS.matcher(d.anchor.drug()).find()) {
                continue;
            }
            // (a name with a dosage form in it, "Shanshamani Vati", is a product either way)
            if (d.anchor.conceptIri() == null && headingProducts.contains(d.anchor.drug()) && !d.dosed()
                    && !DOSAGE_FORM.matcher(d.anchor.drug()).find()) {
                continue;
            }
            // "progressed after platinum-based chemotherapy", "TKI-resistant": a drug class named with no value
            // of its own is context, not something the arm gives
            if (d.anchor.classLevel() && !d.dosed() && !d.has(Attr.CYCLES) && !d.has(Attr.DURATION)) {
                continue;
            }
            out.add(d.build(text, arm, field));
        }
        return out;
    }

    private static final Pattern CELLS = Pattern.compile("(?i)\\bcells?$");

    /** "Courses repeat every 21 days", "Treatment repeats every 28 days", "The course repeats every 3 weeks". */
    private static final Pattern COURSE_REPEATS_BEFORE = Pattern.compile("\\b(?:courses?|cycles?|treatment|therapy"
            + "|(?:the|this)\\s+regimen)\\s+(?:is\\s+|are\\s+)?(?:repeats?|repeated|recurs?|continues?)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Patients receive compound 506U78 daily for 5 days. The course repeats every 21 days": a drug given daily for
     * some days of a course that repeats is given on those days of each course (days 1-5, every 21 days), and "oral
     * temozolomide daily on days 1-5. Treatment repeats every 28 days" every 28 days on days 1-5; one given weekly for
     * some weeks ("weekly for 3 weeks. Courses repeat every 4 weeks") on those weeks' first days. Only the drugs of
     * the sentences before the course's, back to the course before it, and only for days that fit in a course; a drug
     * given daily for no number of days ("imatinib daily. Courses repeat every 28 days") stays daily.
     */
    private static void courseRepeats(String text, Layout layout, List<Draft> drafts, List<Found> finds) {
        int from = -1;
        for (Found course : finds) {
            if (course.attr() != Attr.INTERVAL || !COURSE_REPEATS_BEFORE.matcher(
                    text.substring(Math.max(0, course.start() - 40), course.start())).find()) {
                continue;
            }
            int sentence = layout.sentence(course.start());
            double courseDays = Draft.intervalDays(course.value(String.class));
            for (Draft d : drafts) {
                // daily: an interval of a day, or so many times a day with no interval (read as daily when built)
                boolean daily = d.has(Attr.INTERVAL) ? "P1D".equals(d.get(Attr.INTERVAL, String.class))
                        : d.has(Attr.TIMES_PER_DAY);
                boolean weekly = "P1W".equals(d.get(Attr.INTERVAL, String.class));
                if (d.sentence <= from || d.sentence >= sentence || d.anchor.radiotherapy() || d.anchor.drug() == null
                        || !daily && !weekly) {
                    continue;
                }
                Found.Period length = d.get(Attr.DURATION, Found.Period.class);
                if (!d.has(Attr.DAYS) && length != null && length.isSingle() && "DW".indexOf(length.unit()) >= 0) {
                    int days = (int) (length.min() * (length.unit() == 'W' ? 7 : 1));
                    if (days < 1 || days > courseDays || weekly && (length.unit() != 'W' || days >= courseDays)) {
                        continue;
                    }
                    // "weekly for 3 weeks. Courses repeat every 4 weeks": days 1, 8 and 15 of each course
                    Found written = d.found(Attr.DURATION);
                    d.replace(Attr.DURATION, new Found(Attr.DAYS, written.start(), written.end(),
                            weekly ? Numbers.firstDaysOfWeeks((int) length.min()) : days == 1 ? "d1" : "d1-" + days));
                } else if (weekly) {
                    continue;
                }
                if (d.has(Attr.DAYS) && d.has(Attr.INTERVAL)) {
                    d.replace(Attr.INTERVAL, course);
                } else if (d.has(Attr.DAYS)) {
                    d.put(course);
                }
            }
            from = sentence;
        }
    }

    /**
     * "followed by a 2 week rest period", "followed by 1 week of rest", "with 14 day rest", "followed by a 2 week 'rest'
     * period"; not "2 days rest per week".
     */
    private static final Pattern REST = Pattern.compile("\\b(?:followed\\s+by|then|with)\\s+(?:an?\\s+)?(" + Numbers.NUM
            + ")[-\\s](day|week)s?(?:\\s+of)?\\s+['‘\"“]?(?:rest|off)\\b['’\"”]?(?:\\s+period)?"
            + "(?!\\s+(?:per|each|a|every)\\s+week)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_DAY = Pattern.compile("(\\d+)$");
    /** What may stand between the days a drug is given and the rest after them: "; ", ". This is ", ", for 3 weeks ". */
    private static final Pattern BEFORE_REST = Pattern.compile("[\\s,;.]*(?:(?:this|that|which|it)\\s+is\\s+|for\\s+"
            + Numbers.NUM + "\\s+(?:weeks?|days?)[\\s,;]*)?", Pattern.CASE_INSENSITIVE);

    /**
     * "irinotecan every week for 4 weeks followed by a 2 week rest period", "capecitabine twice daily for 14 days
     * followed by a 7 day rest period", "on days 1, 8, 15, and 22. This is followed by a 2 week rest": a rest right
     * after the days a drug is given closes its course, so the drug is given on those days (days 1, 8, 15 and 22;
     * days 1-14) of a course as long as the days and the rest together (6 weeks; 21 days), and the weeks or days
     * written are no longer how long the treatment lasts.
     */
    private static void restPeriods(String text, List<Draft> drafts) {
        Matcher m = REST.matcher(text);
        while (m.find()) {
            double n = Numbers.value(m.group(1));
            if (Double.isNaN(n) || n < 1) {
                continue;
            }
            int rest = (int) n * (m.group(2).equalsIgnoreCase("week") ? 7 : 1);
            for (Draft d : drafts) {
                if (d.anchor.radiotherapy() || d.anchor.drug() == null || d.anchor.start() >= m.start()) {
                    continue;
                }
                restPeriod(text, d, m, rest);
            }
        }
    }

    /** Gives {@code d} the course a rest closes, when the days or weeks it is given on end right before the rest. */
    private static void restPeriod(String text, Draft d, Matcher rest, int restDays) {
        String interval = d.get(Attr.INTERVAL, String.class);
        Found.Period length = d.get(Attr.DURATION, Found.Period.class);
        boolean weekly = "P1W".equals(interval);
        // a dose per day ("0.1 mg/kg/day x 28 days with 14 day rest") is given daily, as when built
        boolean daily = "P1D".equals(interval) || interval == null && d.has(Attr.TIMES_PER_DAY) || d.perDayDose();
        Found last = d.has(Attr.DURATION) && length != null ? d.found(Attr.DURATION) : d.found(Attr.DAYS);
        if (last == null || last.end() > rest.start()
                || !BEFORE_REST.matcher(text.substring(last.end(), rest.start())).matches()) {
            return;
        }
        int span;
        if (length != null && length.isSingle() && (weekly && length.unit() == 'W' || daily && length.unit() == 'D')
                && (!d.has(Attr.DAYS) || weekly && "d1".equals(d.get(Attr.DAYS, String.class)))) {
            // "every week for 4 weeks": days 1, 8, 15 and 22; "twice daily for 14 days": days 1-14
            int count = (int) length.min();
            if (count < 1 || count > 60) {
                return;
            }
            String given = weekly ? Numbers.firstDaysOfWeeks(count) : count == 1 ? "d1" : "d1-" + count;
            Found written = d.found(Attr.DURATION);
            d.replace(Attr.DURATION, new Found(Attr.DAYS, written.start(), written.end(), given));
            span = count * (weekly ? 7 : 1);
        } else if (d.has(Attr.DAYS) && (interval == null || daily || weekly)) {
            String days = d.get(Attr.DAYS, String.class);
            Matcher end = LAST_DAY.matcher(days == null ? "" : days);
            if (!end.find() || weekly && !weeklyDays(days)) {
                return;
            }
            // the last of weekly days begins a week of treatment; the last of consecutive days ends it
            span = Integer.parseInt(end.group(1)) + (weeklyDays(days) ? 6 : 0);
        } else {
            return;
        }
        int course = span + restDays;
        Found courseFound = new Found(Attr.INTERVAL, rest.start(), rest.end(),
                course % 7 == 0 ? "P" + course / 7 + "W" : "P" + course + "D");
        if (d.has(Attr.INTERVAL)) {
            d.replace(Attr.INTERVAL, courseFound);
        } else {
            d.put(courseFound);
        }
    }

    /** Whether days are a week apart ("d1,8,15,22"). */
    private static boolean weeklyDays(String days) {
        if (!days.matches("d\\d+(?:,\\d+)+")) {
            return false;
        }
        String[] n = days.substring(1).split(",");
        for (int i = 1; i < n.length; i++) {
            if (Integer.parseInt(n[i]) - Integer.parseInt(n[i - 1]) != 7) {
                return false;
            }
        }
        return true;
    }

    /**
     * "chloroquine phosphate 1g x 2 days, and the third day was 0.5g x 12 days": two doses of one drug, one after the
     * other, each for a number of days, with the second said to start on the day after the first ends, are days 1-2
     * and 3-14 of one schedule, not two treatments of 2 and 12 days.
     */
    private static void sequentialDays(String text, Layout layout, List<Draft> drafts) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = drafts.get(i + 1);
            if (a.anchor.radiotherapy() || b.anchor.radiotherapy() || a.has(Attr.DAYS) || b.has(Attr.DAYS)
                    || a.anchor.drug() == null || !a.anchor.drug().equalsIgnoreCase(String.valueOf(b.anchor.drug()))) {
                continue;
            }
            Found da = a.found(Attr.DURATION);
            Found db = b.found(Attr.DURATION);
            if (da == null || db == null || !(da.value() instanceof Found.Period pa)
                    || !(db.value() instanceof Found.Period pb) || pa.unit() != 'D' || pb.unit() != 'D'
                    || pa.min() != pa.max() || pb.min() != pb.max()) {
                continue;
            }
            int first = (int) pa.min();
            int end = layout.clauseStart(b.clause + 1);
            Matcher m = STARTING_DAY.matcher(text).region(a.anchor.start(), Math.min(end, text.length()));
            if (m.find() && Numbers.ordinal(m.group(1)) == first + 1) {
                a.replace(Attr.DURATION, new Found(Attr.DAYS, da.start(), da.end(), "d1-" + first));
                b.replace(Attr.DURATION, new Found(Attr.DAYS, db.start(), db.end(),
                        "d" + (first + 1) + "-" + (first + (int) pb.min())));
            }
        }
    }

    /**
     * Whether a component is a placebo's, given plasma's or an excipient's: an anchor of {@link #placeboAnchors} or of
     * an excipient, or a lexicon's "placebo". It holds its values and is built into no component.
     */
    private static boolean placebo(Draft d) {
        return d.anchor.drug() != null && !d.anchor.radiotherapy() && (PLACEBO_WORD.matcher(d.anchor.drug()).matches()
                || d.anchor.conceptIri() == null && d.anchor.drug().equals(PLASMA) || excipient(d.anchor));
    }

    private static boolean excipient(Anchor a) {
        return a.conceptIri() == null && EXCIPIENT.equals(a.drug());
    }

    /**
     * "a Ginger-based herbal medicine (Vomigone 500 mg tablets, ...) at a dose of 1000 mg three times a day": a
     * strength written with its form, no count before it, is the product's, not the dose, when the drug's values
     * give a dose after it called one ("at a dose of", "dose:"; "Sorafenib 200 mg tablets, dose: 400 mg/day"); alone
     * it stays the dose ("Zyflo 600 mg tablets, 4 times a day"), and so it does before a maximum dose.
     */
    private static Set<Found> strengthsBesideADose(String text, List<Found> finds, Segments seg) {
        Set<Found> out = new java.util.HashSet<>();
        for (Found f : finds) {
            if (f.attr() != Attr.DOSE || !strength(text, f)) {
                continue;
            }
            Anchor owner = seg.owner(f);
            // the later dose may be the drug's through a name of its own or as the text's one drug
            boolean another = owner != null && finds.stream().anyMatch(g -> g != f && g.attr() == Attr.DOSE
                    && sameDrug(owner, seg.owner(g)) && g.start() > f.end()
                    && DOSE_LABEL_BEFORE.matcher(text.substring(Math.max(0, g.start() - 30), g.start())).find());
            if (another) {
                out.add(f);
            }
        }
        return out;
    }

    /** A dose followed by its dosage form with no count before it ("200mg Tablets"): a product's strength. */
    private static boolean strength(String text, Found dose) {
        return dose.attr() == Attr.DOSE
                && STRENGTH_FORM_AFTER.matcher(text).region(dose.end(), text.length()).lookingAt()
                && !COUNT_BEFORE.matcher(text.substring(Math.max(0, dose.start() - 12), dose.start())).find();
    }

    private static boolean sameDrug(Anchor a, Anchor b) {
        return b != null && (a.equals(b) || a.conceptIri() != null && a.conceptIri().equals(b.conceptIri())
                || a.conceptIri() == null && b.conceptIri() == null && a.drug() != null && a.drug().equals(b.drug()));
    }

    /** Whether the text at {@code pos} is inside a parenthesis opened right after a dose escalation period. */
    private static boolean escalationStep(String text, Layout layout, int pos) {
        if (layout.depth(pos) == 0) {
            return false;
        }
        int open = pos;
        while (open > 0 && !(layout.depth(open - 1) < layout.depth(pos))) {
            open--;
        }
        // a bracket counts as inside what it opens, so open is the bracket itself
        return ESCALATION_BEFORE.matcher(text.substring(Math.max(0, open - 60), open + 1)).find();
    }

    private static void shareByClause(Layout layout, List<Draft> drafts, List<Found> shared) {
        Map<Integer, Map<Attr, Set<Object>>> byClause = new HashMap<>();
        Map<Integer, Map<Attr, Found>> example = new HashMap<>();
        for (Found f : shared) {
            if (f.attr() == Attr.CYCLES || f.attr() == Attr.DURATION || f.attr() == Attr.INTERVAL) {
                int c = layout.clause(f.start());
                byClause.computeIfAbsent(c, k -> new HashMap<>()).computeIfAbsent(f.attr(), k -> new LinkedHashSet<>())
                        .add(f.value());
                example.computeIfAbsent(c, k -> new HashMap<>()).putIfAbsent(f.attr(), f);
            }
        }
        for (Draft d : drafts) {
            if (d.anchor.radiotherapy()) {
                continue;
            }
            Map<Attr, Set<Object>> values = byClause.getOrDefault(d.clause, Map.of());
            for (Map.Entry<Attr, Set<Object>> e : values.entrySet()) {
                boolean dailyAlready = e.getKey() == Attr.INTERVAL && d.has(Attr.TIMES_PER_DAY);
                if (e.getValue().size() == 1 && !dailyAlready && !d.escalationStep) {
                    d.fill(example.get(d.clause).get(e.getKey()), -1);
                }
            }
        }
    }

    /**
     * "loading dose 600 mg followed by 300 mg 12 hours later followed by 300 mg twice a day; total treatment duration
     * 5 days": a duration written as the total is that of every drug of its sentence, across "followed by".
     */
    private static void shareTotalDuration(Layout layout, List<Draft> drafts, List<Found> shared) {
        for (Found f : shared) {
            String around = layout.text().substring(Math.max(0, f.start() - 25), f.end());
            if (f.attr() != Attr.DURATION || !TOTAL.matcher(around).find()) {
                continue;
            }
            int sentence = layout.sentence(f.start());
            for (Draft d : drafts) {
                if (!d.anchor.radiotherapy() && d.sentence == sentence) {
                    d.fill(f, -1);
                }
            }
        }
    }

    /**
     * "chloroquine or hydroxychloroquine (two oral loading doses, then orally twice daily for 10 days)": a clause
     * that names no drug and gives no dose goes on with the drugs of the clause before it in its sentence; its
     * route, frequency and duration are theirs where they state none.
     */
    private static void shareWithThePreviousClause(Layout layout, List<Draft> drafts, List<Found> shared,
            Segments seg) {
        Set<Integer> anchoredClauses = new java.util.HashSet<>();
        for (Anchor a : seg.anchors()) {
            anchoredClauses.add(layout.clause(a.start()));
        }
        for (Found f : shared) {
            boolean schedule = f.attr() == Attr.ROUTE || f.attr() == Attr.INTERVAL || f.attr() == Attr.TIMES_PER_DAY
                    || f.attr() == Attr.DURATION;
            int clause = layout.clause(f.start());
            int sentence = layout.sentence(f.start());
            if (!schedule || anchoredClauses.contains(clause)) {
                continue;
            }
            int previous = -1;
            for (Draft d : drafts) {
                if (!d.anchor.radiotherapy() && d.sentence == sentence && d.clause < clause) {
                    previous = Math.max(previous, d.clause);
                }
            }
            for (Draft d : drafts) {
                boolean daily = (f.attr() == Attr.INTERVAL && d.has(Attr.TIMES_PER_DAY))
                        || (f.attr() == Attr.TIMES_PER_DAY && d.has(Attr.INTERVAL));
                if (previous >= 0 && d.clause == previous && !d.anchor.radiotherapy() && !daily) {
                    d.fill(f, -1);
                }
            }
        }
    }

    /** Whether a sentence names drugs, one of them given on days of a course, and none with an interval of its own. */
    private static boolean givenOnDaysOfACourse(List<Draft> drafts, int sentence) {
        List<Draft> of = drafts.stream().filter(d -> d.sentence == sentence && !d.anchor.radiotherapy()).toList();
        return of.stream().anyMatch(d -> d.has(Attr.DAYS)) && of.stream().noneMatch(d -> d.has(Attr.INTERVAL));
    }

    /** "Treatment repeats every", "Courses repeat every", "This 4 week course is repeated": a sentence on the course. */
    private static final Pattern COURSE_SENTENCE = Pattern.compile("^\\s*(?:[\\w-]+\\s+){0,3}?(?:courses?|cycles?"
            + "|treatment|therapy|regimen)\\s+(?:is\\s+|are\\s+)?(?:repeat|recur|continu|given|administered)",
            Pattern.CASE_INSENSITIVE);

    private static void shareFromDruglessSentences(String text, Layout layout, List<Draft> drafts, List<Found> shared,
            Segments seg) {
        Set<Integer> withAnchors = new java.util.HashSet<>();
        for (Anchor a : seg.anchors()) {
            withAnchors.add(layout.sentence(a.start()));
        }
        int from = -1;
        int current = -1;
        Map<Integer, Integer> firsts = new HashMap<>();
        for (Found f : shared) {
            int s = layout.sentence(f.start());
            // "Cycle repeated every 3 weeks.", "Each cycle lasts 35 days.": a cycle length in a sentence of its own
            boolean cycleLength = f.attr() == Attr.INTERVAL && cycleLength(f.value(String.class));
            if ((f.attr() != Attr.CYCLES && f.attr() != Attr.DURATION && !cycleLength) || withAnchors.contains(s)) {
                continue;
            }
            int last = -1;
            for (Draft d : drafts) {
                if (!d.anchor.radiotherapy() && d.sentence < s) {
                    last = Math.max(last, d.sentence);
                }
            }
            // "Patients receive topotecan on days 1-5 followed by paclitaxel on day 5. Beginning 24 hours after
            // chemotherapy, patients receive filgrastim daily. Treatment repeats every 4 weeks for 6 courses.": the
            // course is that of the drugs of the sentences before it that give days of a course and no interval, back
            // to the course before it, not only of the sentence before (a sentence opening on the course, not
            // "Patients are followed every 6 months")
            if (s != current) {
                from = current;
                current = s;
                firsts.clear();
            }
            int first = last;
            boolean course = f.attr() != Attr.DURATION
                    && COURSE_SENTENCE.matcher(text.substring(layout.sentenceStart(f.start()), f.start())).find();
            if (course) {
                // reckoned once a sentence, before any of its values is given
                int bound = from;
                first = firsts.computeIfAbsent(last, l -> {
                    int k = l;
                    while (k - 1 > bound && givenOnDaysOfACourse(drafts, k - 1)) {
                        k--;
                    }
                    return k;
                });
            }
            for (Draft d : drafts) {
                if (!d.anchor.radiotherapy() && d.sentence >= first && d.sentence <= last
                        && !(cycleLength && d.has(Attr.TIMES_PER_DAY)) && !d.escalatingDoses) {
                    d.fill(f, -1);
                }
            }
        }
    }

    /**
     * "... either nivolumab (240 mg every 2 weeks) or chemotherapy (paclitaxel ...; or docetaxel ...), all given
     * intravenously": a route the sentence says is every drug's goes to each drug of that sentence that states no
     * route of its own.
     */
    private static void shareRouteGivenToAll(String text, Layout layout, List<Draft> drafts, List<Found> finds,
            List<Integer> arms) {
        for (Found f : finds) {
            if (f.attr() != Attr.ROUTE
                    || !GIVEN_TO_ALL.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find()) {
                continue;
            }
            int sentence = layout.sentence(f.start());
            // "1. Sanshamani Vati 1gm BD<br>2. Amalaki Churna 3gm once a day<br>all to be taken orally": said in a
            // sentence of its own, the route is every drug's of the arm's part before it
            boolean alone = drafts.stream().noneMatch(d -> d.sentence == sentence);
            for (Draft d : drafts) {
                boolean before = d.anchor.start() < f.start() && !d.anchor.radiotherapy();
                if (before && (d.sentence == sentence
                        || alone && armOf(arms, d.anchor.start()) == armOf(arms, f.start()))) {
                    d.fill(f, sentence);
                }
            }
        }
    }

    /**
     * "Tab Hydroxychloroquine 200 mg two tablet P.O. BID for first day then 200 mg BID seven days": a dose that goes
     * on with a drug named before it in its sentence (it names no drug of its own) is given the way the drug's dose
     * before it is, unless it says otherwise.
     */
    private static void shareRouteWithTheNextDoses(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Anchor a = d.anchor;
            if (a.radiotherapy() || a.drug() == null || a.start() != a.end() || !d.has(Attr.DOSE)
                    || d.has(Attr.ROUTE)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft e = drafts.get(j);
                if (e.sentence != d.sentence) {
                    break;
                }
                if (!e.anchor.radiotherapy() && sameDrug(e.anchor, a)) {
                    if (e.found(Attr.ROUTE) != null) {
                        d.fill(e.found(Attr.ROUTE), -1);
                    }
                    break;
                }
            }
        }
    }

    /**
     * An intervention's text is about its drug: a route or schedule that no drug's values include, in a sentence that
     * names no drug ("Pembrolizumab 200 mg on day 1. Routes of administration: intravenous use.") or that names the
     * intervention's drug, is that drug's, given to its components that state none. Only with an intervention's drug known (an arm's or summary's text may be about any drug).
     */
    private static void shareWithTheIntervention(Layout layout, List<Draft> drafts, List<Found> shared, Segments seg,
            String defaultIri) {
        if (defaultIri == null) {
            return;
        }
        Set<Integer> withAnchors = new java.util.HashSet<>();
        for (Anchor a : seg.anchors()) {
            withAnchors.add(layout.sentence(a.start()));
        }
        for (Found f : shared) {
            boolean schedule = f.attr() == Attr.ROUTE || f.attr() == Attr.INTERVAL || f.attr() == Attr.TIMES_PER_DAY
                    || f.attr() == Attr.DAYS;
            // in a sentence naming drugs, only a value outside every drug's own values and with the intervention's
            // drug named in that sentence ("EMBLAVEO (aztreonam and avibactam), ... intravenous ...")
            int sentence = layout.sentence(f.start());
            boolean defaultNamedThere = drafts.stream().anyMatch(d -> d.sentence == sentence
                    && defaultIri.equals(d.anchor.conceptIri()));
            if (!schedule || (withAnchors.contains(sentence) && !defaultNamedThere)) {
                continue;
            }
            // "Induction dosing: 225 mg/m2 Day 1. Concurrent dosing: 45 mg/m2; administered weekly": a schedule in
            // a sentence holding one of the drug's components is that sentence's, not the other courses'
            for (Draft d : drafts) {
                boolean daily = (f.attr() == Attr.INTERVAL && d.has(Attr.TIMES_PER_DAY))
                        || (f.attr() == Attr.TIMES_PER_DAY && d.has(Attr.INTERVAL));
                if (!d.anchor.radiotherapy() && defaultIri.equals(d.anchor.conceptIri()) && !daily
                        && !d.escalatingDoses && (!defaultNamedThere || d.sentence == sentence)) {
                    d.fill(f, -1);
                }
            }
        }
    }

    /** Whether an interval is a cycle (a week or longer) rather than a daily or hourly schedule. */
    private static boolean cycleLength(String iso) {
        return iso.matches("P(?:[1-9]\\d*W|[1-9]\\d*M|(?:[7-9]|[1-9]\\d+)D)");
    }

    /**
     * "Radiotherapy: Intensity-modulated radiotherapy (IMRT). ... 1. 37.5Gy/15 fractions of whole brain irradiation
     * ...; 2. The whole brain was irradiated with 37.5Gy/15 and simultaneous integrated boost dose of 52.5Gy/15":
     * in one arm's part of a text, a course written again with the same dose and fractions is the same course, and
     * a course that gives only its technique gives it to the courses with a dose (and is none of its own).
     */
    private static List<Draft> oneCourseOnce(List<Integer> arms, List<Draft> drafts) {
        Map<Long, List<Draft>> dosedByArm = new HashMap<>();
        Map<Long, List<Draft>> techniqueOnlyByArm = new HashMap<>();
        Set<Draft> dropped = new java.util.HashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (!d.anchor.radiotherapy()) {
                continue;
            }
            long arm = armOf(arms, d.anchor.start());
            if (d.found(Attr.RT_TOTAL) != null) {
                String course = arm + " " + d.found(Attr.RT_TOTAL).value() + " " + value(d, Attr.RT_FRACTIONS) + " "
                        + value(d, Attr.RT_PER_FRACTION);
                if (!seen.add(course)) {
                    dropped.add(d);
                    continue;
                }
                dosedByArm.computeIfAbsent(arm, k -> new ArrayList<>()).add(d);
            } else if (d.found(Attr.TECHNIQUE) != null && !d.has(Attr.RT_TOTAL) && !d.has(Attr.RT_FRACTIONS)
                    && !d.has(Attr.RT_PER_FRACTION)) {
                techniqueOnlyByArm.computeIfAbsent(arm, k -> new ArrayList<>()).add(d);
            }
        }
        techniqueOnlyByArm.forEach((arm, only) -> {
            List<Draft> courses = dosedByArm.getOrDefault(arm, List.of());
            if (courses.isEmpty() || only.size() != 1) {
                return;
            }
            courses.forEach(c -> c.fill(only.get(0).found(Attr.TECHNIQUE), -1));
            dropped.add(only.get(0));
        });
        return drafts.stream().filter(d -> !dropped.contains(d)).toList();
    }

    /** Where each arm's part of an ICTRP text starts ({@link #ARM_SECTION}). */
    private static List<Integer> armStarts(String text) {
        List<Integer> arms = new ArrayList<>();
        Matcher m = ARM_SECTION.matcher(text);
        while (m.find()) {
            arms.add(m.start());
        }
        return arms;
    }

    /** The arm's part a place is in: how many parts start at or before it. */
    private static long armOf(List<Integer> armStarts, int pos) {
        return armStarts.stream().filter(at -> at <= pos).count();
    }

    /** The component's value for the attribute as read, of whatever class; null when it has none. */
    private static Object value(Draft d, Attr a) {
        Found f = d.found(a);
        return f == null ? null : f.value();
    }

    /** "receive escalating doses of", "dose escalation of": a sentence about a drug's dose escalating. */
    private static final Pattern ESCALATING_SENTENCE = Pattern.compile("\\bescalating\\s+doses?\\s+of\\b"
            + "|\\bdose[-\\s]escalation\\s+of\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A drug named again without values of its own ("receive toripalimab ... (toripalimab 240 mg ...)") is the
     * same component as its dosed mention; its cycles and duration go to that mention when there is one, and its
     * phase too when both are in one sentence.
     */
    private static List<Draft> dropRepeatedBareNames(String text, Layout layout, List<Integer> arms,
            List<Draft> drafts) {
        // "Intervention 1: ... hydroxychloroquine + lopinavir/ritonavir ... Intervention 2: Control group: ...
        // hydroxychloroquine + lopinavir/ritonavir": each arm of an ICTRP text gives the drug, so a name in another
        // arm's part is a component of its own
        Map<String, List<Draft>> byConcept = new HashMap<>();
        Set<Draft> dropped = new java.util.HashSet<>();
        for (Draft d : drafts) {
            // "Control Intervention1: No drug: Chloroquine will not be given to control group": a drug said not to
            // be given, with no value of its own, is no component
            if (!d.anchor.radiotherapy() && !d.dosed() && NOT_GIVEN_AFTER.matcher(text).region(d.anchor.end(),
                    text.length()).lookingAt()) {
                dropped.add(d);
                continue;
            }
            // a product the lexicon does not know ("1. Kabasura kudineer 2. ...: 1. Kabasura kudineer 60 ml twice
            // daily") is one by its name as written
            String drug = d.anchor.conceptIri() != null ? d.anchor.conceptIri() : d.anchor.drug() == null ? null
                    : d.anchor.drug().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (!d.anchor.radiotherapy() && drug != null) {
                long arm = armOf(arms, d.anchor.start());
                byConcept.computeIfAbsent(drug + " " + arm, k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Draft> same : byConcept.values()) {
            dropRouteOnly(same, dropped);
            doseToItsSchedule(text, layout, same, dropped);
            same = same.stream().filter(d -> !dropped.contains(d)).toList();
            List<Draft> dosed = same.stream().filter(Draft::dosed).toList();
            List<Draft> bare = same.stream().filter(d -> !d.dosed()).toList();
            Draft target = dosed.size() == 1 ? dosed.get(0) : dosed.isEmpty() ? bare.get(0) : null;
            for (Draft b : bare) {
                // "Cohorts of 3-6 patients receive escalating doses of topotecan and paclitaxel": a drug whose dose
                // escalates, in a sentence of its own, is a component of its own
                if (target != null && b != target && b.sentence != target.sentence
                        && ESCALATING_SENTENCE.matcher(text).region(layout.sentenceStart(b.anchor.start()),
                                b.anchor.start()).find()) {
                    continue;
                }
                // "... for four cycles, followed by maintenance on alflutinib and pemetrexed": a later course
                if (target != null && b != target && b.phase != null && !b.phase.equals(target.phase)
                        && b.clause != target.clause) {
                    continue;
                }
                if (b == target || (dosed.isEmpty() && b != bare.get(0))) {
                    if (b != target) {
                        dropped.add(b);
                        merge(b, target);
                    }
                    continue;
                }
                dropped.add(b);
                if (target != null) {
                    merge(b, target);
                } else if (b.has(Attr.DURATION) && dosed.stream().allMatch(d -> d.sentence < b.sentence
                        && (d.has(Attr.DOSE) || d.has(Attr.DOSE_PARTS)) && !d.has(Attr.DURATION))) {
                    // "started at 5 mg per day ... to 20 mg per day. Subjects will take memantine or placebo for 12
                    // weeks": how long a drug is taken, said after its several doses, is each dose's
                    Found length = b.found(Attr.DURATION);
                    dosed.forEach(d -> d.fill(new Found(Attr.DURATION, b.anchor.start(), b.anchor.end(),
                            length.value()), -1));
                }
            }
        }
        return drafts.stream().filter(d -> !dropped.contains(d)).toList();
    }

    /**
     * "Find the maximum tolerated dose of TY-9591 given orally. Escalating doses of TY-9591 starting at 20mg daily.":
     * a mention of a drug that states only its route, in a text that gives the drug's doses elsewhere, is the route
     * of those doses (the ones that state none), not a component of its own.
     */
    private static void dropRouteOnly(List<Draft> same, Set<Draft> dropped) {
        List<Draft> withDose = same.stream().filter(d -> d.has(Attr.DOSE)).toList();
        if (withDose.isEmpty()) {
            return;
        }
        for (Draft d : same) {
            if (d.found(Attr.ROUTE) == null || d.has(Attr.DOSE) || d.escalationStep) {
                continue;
            }
            boolean routeOnly = java.util.Arrays.stream(Attr.values())
                    .noneMatch(a -> a != Attr.ROUTE && a.drugLevel() && d.has(a));
            if (routeOnly && !d.has(Attr.CYCLES) && !d.has(Attr.DURATION)) {
                withDose.forEach(w -> {
                    if (!w.has(Attr.ROUTE)) {
                        w.fill(d.found(Attr.ROUTE), -1);
                    }
                });
                dropped.add(d);
            }
        }
    }

    /**
     * "Administration of cyclosporine and CPT-11 weekly for 4 weeks followed by a 2 week 'rest' period. Cyclosporine
     * is given by IV infusion at a dose of 5 mg/kg.": a drug written twice in a text, once with its schedule and no
     * dose and once, in another sentence, with its dose (and route) and no schedule, is one component: the dose goes
     * to the schedule. Not when either is a dose escalation's, nor when their routes or phases differ.
     */
    private static void doseToItsSchedule(String text, Layout layout, List<Draft> same, Set<Draft> dropped) {
        List<Draft> live = same.stream().filter(d -> !dropped.contains(d)).toList();
        // "Gefitinib 250 mg orally. Then gefitinib daily": a sentence opening on what comes after is a later course
        if (live.size() != 2 || LATER_SENTENCE.matcher(text).region(layout.sentenceStart(live.get(1).anchor.start()),
                text.length()).lookingAt()) {
            return;
        }
        Draft dose = doseOnly(live.get(0)) ? live.get(0) : doseOnly(live.get(1)) ? live.get(1) : null;
        Draft schedule = dose == live.get(0) ? live.get(1) : live.get(0);
        if (dose == null || dose.sentence == schedule.sentence || schedule.has(Attr.DOSE)
                || schedule.has(Attr.DOSE_PARTS) || !(schedule.has(Attr.DAYS) || schedule.has(Attr.INTERVAL)
                        || schedule.has(Attr.TIMES_PER_DAY))
                || dose.escalationStep || dose.escalatingDoses || schedule.escalationStep || schedule.escalatingDoses
                || dose.phase != null && !dose.phase.equals(schedule.phase)
                || dose.found(Attr.ROUTE) != null && schedule.has(Attr.ROUTE)
                        && !dose.found(Attr.ROUTE).value().equals(value(schedule, Attr.ROUTE))) {
            return;
        }
        for (Attr a : List.of(Attr.DOSE, Attr.DOSE_PARTS, Attr.ROUTE)) {
            if (dose.found(a) != null) {
                schedule.fill(dose.found(a), -1);
            }
        }
        dropped.add(dose);
    }

    private static final Pattern LATER_SENTENCE = Pattern.compile("\\s*(?:then|thereafter|subsequently|afterwards?"
            + "|later|next|followed|after|following|once)\\b", Pattern.CASE_INSENSITIVE);

    /** A component with a dose and nothing of a schedule: no days, interval, times a day, cycles or length. */
    private static boolean doseOnly(Draft d) {
        return (d.has(Attr.DOSE) || d.has(Attr.DOSE_PARTS)) && !d.anchor.radiotherapy()
                && java.util.stream.Stream.of(Attr.DAYS, Attr.INTERVAL, Attr.TIMES_PER_DAY, Attr.CYCLES,
                        Attr.DURATION, Attr.SINGLE).noneMatch(d::has);
    }

    private static void merge(Draft from, Draft to) {
        for (Attr a : List.of(Attr.CYCLES, Attr.DURATION)) {
            Found shared = from.found(a);
            if (shared != null && !to.has(a)) {
                to.fill(new Found(a, from.anchor.start(), from.anchor.end(), shared.value()), -1);
            }
        }
        // "erlotinib with neoadjuvant chemotherapy. ... Once adjuvant therapy is completed, erlotinib 150 mg daily":
        // a phase read in another sentence belongs to that other course
        if (to.phase == null && from.sentence == to.sentence) {
            to.phase = from.phase;
        }
    }

    /**
     * "Arimidex 1mg and testosterone 40mg", "Calcitriol and Calcium 1000mg", "Mirena 52mg": a name the lexicon reads
     * only as a whole intervention name (a word of trial language: testosterone, calcium; a brand that is a word)
     * names the drug given when a dose follows it right away and it opens its phrase; not a word after another
     * ("Thiamine nitrate 3.1 mg", "drinking water 250 ml"), nor an abbreviation in capitals ("DMPA 300 mg").
     */
    private static final Pattern NAME_BEFORE_DOSE = Pattern.compile("(?:^|[^\\p{L}\\s-]\\s*|\\b(?:and|or|with|plus"
            + "|of|receives?|received|given|then|by)\\s+)(?<name>\\p{L}[\\p{L}-]{3,})\\s+(?:at\\s+)?\\d+(?:\\.\\d+)?\\s*"
            + "(?:mg|g|mcg|µg|ug|IU)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,5}");

    private List<DrugHit> withNamesBeforeDoses(String text, List<DrugHit> hits) {
        List<DrugHit> out = null;
        Matcher m = NAME_BEFORE_DOSE.matcher(text);
        while (m.find()) {
            int s = m.start("name");
            int e = m.end("name");
            if (CAPITALS.matcher(m.group("name")).matches() || hits.stream().anyMatch(h -> h.start() < e && h.end() > s)) {
                continue;
            }
            Optional<DrugHit> whole = lexicon.lookup(m.group("name")).filter(h -> !h.classLevel()
                    && h.method() != DrugMention.Method.FUZZY);
            if (whole.isPresent()) {
                DrugHit h = whole.get();
                out = out == null ? new ArrayList<>(hits) : out;
                out.add(new DrugHit(s, e, m.group("name"), h.conceptIri(), h.label(), false, h.method(),
                        h.confidence()));
            }
        }
        if (out == null) {
            return hits;
        }
        out.sort(Comparator.comparingInt(DrugHit::start));
        return out;
    }

    /** The drugs a text names; {@code headingProducts} are the names its CTRI headings list ({@link #headingProducts}). */
    private List<Anchor> drugAnchors(String text, Set<String> headingProducts) {
        List<DrugHit> hits = withNamesBeforeDoses(text, lexicon.scan(text));
        List<Anchor> out = new ArrayList<>();
        // a class the text made a drug's other name, to the drug it names
        Map<String, DrugHit> aliases = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            DrugHit h = hits.get(i);
            if (i > 0) {
                DrugHit prev = hits.get(i - 1);
                // "toripalimab (JS001)": the name in parentheses is an alias, not a second drug; so is a class named
                // alone in parentheses after a drug ("filgrastim (G-CSF)")
                if ((prev.conceptIri().equals(h.conceptIri()) || h.classLevel() && !prev.classLevel()
                        && CLOSE_PAREN.matcher(text).region(h.end(), text.length()).lookingAt()) && h.start() >= prev.end()
                        && ALIAS_AROUND.matcher(text.substring(prev.end(), h.start())).matches()) {
                    if (h.classLevel() && !prev.classLevel()) {
                        aliases.putIfAbsent(h.conceptIri(), prev);
                    }
                    continue;
                }
            }
            // "iodine I 131 monoclonal antibody BC8", "131I-cG250", "Iodine-131 Anti-B1 Antibody": a radionuclide
            // labelling the product named after it is part of that product's name, not a drug of its own
            Anchor labelled = Radiolabelled.anchor(lexicon, text, h, i + 1 < hits.size() ? hits.get(i + 1) : null);
            if (labelled != null) {
                out.add(labelled);
                if (i + 1 < hits.size() && hits.get(i + 1).start() < labelled.end()) {
                    i++;
                }
                continue;
            }
            // "filgrastim (G-CSF) day 3 ... G-CSF day 4": the class named so later is that drug
            DrugHit named = h.classLevel() ? aliases.get(h.conceptIri()) : null;
            if (named != null) {
                out.add(new Anchor(h.start(), h.end(), false, h.text(), named.conceptIri(), false));
                continue;
            }
            // "a bupropion-placebo (sugar) pill", "Megestrol Acetate Placebo 20 mg/day": a placebo made to look like the
            // drug, not the drug
            if (PLACEBO_JOINED_AFTER.matcher(text.substring(h.end())).find()
                    || PLACEBO_JOINED_BEFORE.matcher(text.substring(0, h.start())).find()) {
                continue;
            }
            if (PLACEBO_CONTENTS_BEFORE.matcher(text.substring(Math.max(0, h.start() - 60), h.start())).find()
                    || RECEPTOR_AFTER.matcher(text.substring(h.end(), Math.min(text.length(), h.end() + 30))).find()
                    || MEASURED_AFTER.matcher(text.substring(h.end(), Math.min(text.length(), h.end() + 20))).find()
                    || MEASURED_BEFORE.matcher(text.substring(Math.max(0, h.start() - 12), h.start())).find()) {
                continue;
            }
            if (EXCIPIENT_AFTER.matcher(text.substring(h.end(), Math.min(text.length(), h.end() + 40))).find()) {
                // its values are its own ("100 mg of lactose as filler"), so it holds them as a placebo does
                out.add(new Anchor(h.start(), h.end(), false, EXCIPIENT, null, false));
                continue;
            }
            // "oxycodone (or matching placebo) at doses of ...": the placebo of the drug before it holds nothing
            if (PLACEBO_WORD.matcher(h.text()).matches()
                    && PLACEBO_IN_BRACKETS_BEFORE.matcher(text.substring(Math.max(0, h.start() - 30), h.start())).find()) {
                continue;
            }
            // "a PD-1 inhibitor (sintilimab or camrelizumab ...)": the class heads the drugs in parentheses
            if (h.classLevel() && OPEN_PAREN.matcher(text.substring(h.end())).find() && i + 1 < hits.size()) {
                int close = text.indexOf(')', h.end());
                if (close > hits.get(i + 1).start()) {
                    continue;
                }
            }
            // "Lopinavir with Ritonavir", "lopinavir (50 mg) -ritonavir (200 mg)": two drugs joined that the lexicon
            // knows as one fixed combination are that combination, not two drugs
            if (i + 1 < hits.size() && !h.classLevel() && !hits.get(i + 1).classLevel()
                    && COMBINATION_JOIN.matcher(text.substring(h.end(), hits.get(i + 1).start())).matches()) {
                DrugHit next = hits.get(i + 1);
                Optional<DrugHit> combination = lexicon.lookup(h.text() + "/" + next.text());
                if (combination.isPresent() && !combination.get().classLevel()
                        && !combination.get().conceptIri().equals(h.conceptIri())
                        && !combination.get().conceptIri().equals(next.conceptIri())) {
                    String between = text.substring(h.end(), next.start());
                    String name = between.contains("(") ? h.text() + "/" + next.text()
                            : text.substring(h.start(), next.end());
                    out.add(new Anchor(h.start(), next.end(), false, name, combination.get().conceptIri(), false));
                    i++;
                    continue;
                }
            }
            // "sofosbuvir/ledipasvir 400/100 mg": two names joined by a slash and dosed as a pair are one
            // fixed-dose product (its name as written, no single concept), not two drugs each given on its own
            if (i + 1 < hits.size() && !h.classLevel() && !hits.get(i + 1).classLevel()
                    && SLASH.matcher(text.substring(h.end(), hits.get(i + 1).start())).matches()
                    && PAIRED_DOSE.matcher(text.substring(hits.get(i + 1).end())).find()) {
                DrugHit next = hits.get(i + 1);
                out.add(new Anchor(h.start(), next.end(), false, text.substring(h.start(), next.end()), null, false));
                i++;
                continue;
            }
            out.add(new Anchor(h.start(), h.end(), false, h.text(), h.conceptIri(), h.classLevel()));
        }
        Matcher m = PRODUCT_BY_VOLUME.matcher(text);
        while (m.find()) {
            // the volume and the form are part of how the product is named, so "10 cc A solution and 30 cc B syrup
            // three times daily" reads as a combination sharing its schedule
            int s = m.start();
            int e = m.end();
            String name = m.group(1);
            boolean named = hits.stream().anyMatch(h -> h.start() < m.end() && h.end() > m.start());
            if (!named && Character.isUpperCase(name.charAt(0))
                    && !NOT_A_PRODUCT.matcher(name.split("\\s+")[0]).matches()) {
                out.add(new Anchor(s, e, false, name, null, false));
            }
        }
        productsByForm(text, hits, out);
        productsOfTheHeadings(text, headingProducts, hits, out);
        Matcher code = CODE_BEFORE_DOSE.matcher(text);
        while (code.find()) {
            int s = code.start();
            int e = code.end();
            if (hits.stream().noneMatch(h -> h.start() < e && h.end() > s)
                    && out.stream().noneMatch(a -> a.start() < e && a.end() > s)) {
                out.add(new Anchor(s, e, false, code.group(), null, false));
            }
        }
        codesGiven(text, hits, out);
        out.sort(Comparator.comparingInt(Anchor::start));
        return withoutGroupLabels(text, out);
    }

    /**
     * Adds every mention of each code {@link #CODE_GIVEN} finds given, where nothing else is named; not a code
     * written with a name the lexicon knows in brackets ("AE-941 (Neovastat)", "Neovastat (AE-941)"): that name
     * holds the drug's values, as a name in brackets after a known name does.
     */
    private static void codesGiven(String text, List<DrugHit> hits, List<Anchor> out) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE_GIVEN.matcher(text);
        while (m.find()) {
            codes.add(m.group("code") != null ? m.group("code") : m.group("coderoute"));
        }
        for (String name : codes) {
            Matcher at = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
            while (at.find()) {
                int s = at.start();
                int e = at.end();
                if (hits.stream().noneMatch(h -> h.start() < e && h.end() > s || bracketed(text, s, e, h))
                        && out.stream().noneMatch(a -> a.start() < e && a.end() > s)) {
                    out.add(new Anchor(s, e, false, name, null, false));
                }
            }
        }
    }

    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*[(\\[]\\s*");

    /** Whether a name is written right before a bracket that holds the hit, or in a bracket right after it. */
    private static boolean bracketed(String text, int start, int end, DrugHit h) {
        return h.start() >= end && OPEN_BRACKET.matcher(text.substring(end, h.start())).matches()
                || h.end() <= start && OPEN_BRACKET.matcher(text.substring(h.end(), start)).matches();
    }

    /**
     * Adds the products {@link #PRODUCT_BY_FORM} finds to {@code out}: the words after the last that is no product's
     * ("Routine Treatment Babaodan" is Babaodan), named with their form unless a count stands between.
     */
    /**
     * "Intervention1: Kabasura kudineer, Amukkara churnam and Nellikai ilagam: ... NELLIKAI ILAGAM 5gm BD": the
     * products a CTRI intervention's heading lists are named, as written there, wherever the text names them, when
     * the lexicon does not know them (a traditional formulation, a product's own name).
     */
    private static void productsOfTheHeadings(String text, Set<String> headingProducts, List<DrugHit> hits,
            List<Anchor> out) {
        for (String name : headingProducts) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (hits.stream().noneMatch(h -> h.start() < e && h.end() > s)
                        && out.stream().noneMatch(a -> a.start() < e && a.end() > s)) {
                    out.add(new Anchor(s, e, false, name, null, false));
                }
            }
        }
    }

    /**
     * The names a CTRI intervention's headings list that may be products: up to four words, none of them a form, a
     * kind of care or a count. Some are still no drug ("Voice sampling", "Lying supine"): such a name is a
     * component only where the text gives it a value.
     */
    private static Set<String> headingProducts(String text) {
        Matcher heading = CTRI_HEADING.matcher(text);
        Set<String> names = new LinkedHashSet<>();
        while (heading.find()) {
            for (String part : HEADING_SEPARATOR.split(heading.group(1))) {
                String name = FORM_FIRST.matcher(BRACKETED.matcher(part).replaceAll(" ").trim().replaceAll("\\s+", " "))
                        .replaceFirst("");
                String[] words = name.split(" ");
                if (words.length > 4 || !Character.isLetter(name.isEmpty() ? '0' : name.charAt(0))
                        || name.length() < 4 || java.util.Arrays.stream(words).anyMatch(w -> !w.matches("[\\p{L}\\d-]+")
                                || NOT_A_NAME_WORD.contains(w.toLowerCase(java.util.Locale.ROOT))
                                || NOT_A_PRODUCT_WORD.matcher(w).matches() || NOT_A_HEADING_PRODUCT.matcher(w).matches())) {
                    continue;
                }
                names.add(name);
            }
        }
        return names;
    }

    private static void productsByForm(String text, List<DrugHit> hits, List<Anchor> out) {
        if (!DOSAGE_FORM.matcher(text).find()) {
            return;
        }
        Matcher form = PRODUCT_BY_FORM.matcher(text);
        while (form.find()) {
            String[] words = form.group(1).split("[ -]");
            int first = words.length;
            while (first > 0 && !NOT_A_PRODUCT_WORD.matcher(words[first - 1]).matches()) {
                first--;
            }
            if (first == words.length) {
                continue;
            }
            int s = form.start(1);
            for (int w = 0; w < first; w++) {
                s = text.indexOf(words[w], s) + words[w].length();
            }
            while (s < form.end(1) && !Character.isLetter(text.charAt(s))) {
                s++;
            }
            int start = s;
            int e = form.end();
            // a name the lexicon knows at the start is that drug in its form ("Icotinib Hydrochloride Tablets"); one
            // it knows inside is an ingredient of the product named ("Jinhao Artemisia Antipyretic Granules")
            // a brand in brackets after a drug's name is that drug's ("garlic powder (Nature's Way Garlicin tablet)")
            if (hits.stream().noneMatch(h -> h.start() <= start && h.end() > start)
                    && !BRAND_IN_BRACKETS_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
                out.removeIf(a -> a.start() >= start && a.end() <= e);
                if (out.stream().noneMatch(a -> a.start() < e && a.end() > start)) {
                    // the product as it is called, with its form ("Tanreqing Capsules"); without a count between
                    String name = DIGIT.matcher(text.substring(form.end(1), e)).find()
                            ? text.substring(start, form.end(1)) : text.substring(start, e);
                    out.add(new Anchor(start, e, false, name, null, false));
                }
            }
        }
    }

    /**
     * "Pirfenidone group:Conventional standard treatment + Pirfenidone 400mg three times a day": a drug's name that
     * labels a group is not a drug given when the group's text (up to the next semicolon) names it again before any
     * value; the schedule is that of the second mention only. A label whose drug is not named again stays the
     * drug's mention.
     */
    private static List<Anchor> withoutGroupLabels(String text, List<Anchor> anchors) {
        List<Anchor> out = new ArrayList<>(anchors.size());
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            if (a.conceptIri() != null && GROUP_LABEL_AFTER.matcher(text.substring(a.end())).find()) {
                int end = text.indexOf(';', a.end());
                int limit = end < 0 ? text.length() : end;
                // named again before any value ("Chloroquine arm: loading dose 600mg as chloroquine base" keeps
                // the label, as the dose comes first)
                boolean namedAgain = anchors.subList(i + 1, anchors.size()).stream()
                        .anyMatch(b -> b.start() < limit && a.conceptIri().equals(b.conceptIri())
                                && !DIGIT.matcher(text.substring(a.end(), b.start())).find());
                if (namedAgain) {
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * "whole breast 50 Gy in 25 fractions and tumour bed 10 Gy in 5 fractions": a second total dose written with
     * its own count of fractions, where a course already has a total, is a course of its own (a total without a
     * count, "56 Gy ... using 2 Gy per dose", still cancels the first).
     */
    private static boolean secondCourse(Found f, Segments seg, Map<Anchor, Found> totals, List<Found> finds) {
        if (f.attr() != Attr.RT_TOTAL) {
            return false;
        }
        Anchor owner = seg.owner(f);
        Found first = owner == null ? null : totals.get(owner);
        return first != null && owner.radiotherapy() && !first.value().equals(f.value())
                && finds.stream().anyMatch(x -> x.attr() == Attr.RT_FRACTIONS && x.start() >= f.end()
                        && x.start() - f.end() <= 12);
    }

    /** "on day 1 of", "weekly during", "2 hours prior to": radiotherapy named after them is when a drug is given. */
    private static final Pattern RADIOTHERAPY_AS_TIME_BEFORE = Pattern.compile("(?:\\b(?:days?|weeks?)\\s+\\d+"
            + "(?:\\s*(?:-|to|and)\\s*\\d+)?\\s+of|\\bduring|\\bthroughout|\\bbefore|\\bprior\\s+to|\\bafter|\\bfollowing"
            + "|\\bconcurrent(?:ly)?\\s+with|\\b(?:start|beginning|end|completion)\\s+of)\\s+(?:the\\s+)?"
            + "(?:course\\s+of\\s+|\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static List<Anchor> radiotherapyAnchors(String text, Layout layout, List<Found> finds,
            List<Anchor> named) {
        List<Anchor> out = new ArrayList<>();
        Matcher m = Techniques.ANCHOR.matcher(text);
        Anchor prev = null;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (named.stream().anyMatch(a -> s < a.end() && e > a.start())) {
                continue;
            }
            // "16 Gy/8 fr (2 Gy/fr) to the whole bladder using Three-Dimensional Conformal Radiation Therapy": a
            // technique named after a course's dose in its clause is how that course is given, not a second course
            boolean technique = Techniques.PATTERN.matcher(m.group()).matches();
            if (technique && finds.stream().anyMatch(f -> f.attr().radiotherapyDose() && f.end() <= s
                    && layout.clause(f.start()) == layout.clause(s)
                    && named.stream().noneMatch(a -> a.start() >= f.end() && a.start() < s))) {
                continue;
            }
            // "on day 1 of radiotherapy and repeated every six weeks", "weekly during radiation therapy": radiotherapy
            // named as the time a drug is given, with no dose of its own after it in its clause, holds no values
            if (RADIOTHERAPY_AS_TIME_BEFORE.matcher(text).region(Math.max(0, s - 40), s).find()
                    && finds.stream().noneMatch(f -> f.attr().radiotherapyDose() && f.start() >= e
                            && layout.clause(f.start()) == layout.clause(s))) {
                continue;
            }
            if (prev != null) {
                int from = prev.end();
                boolean drugBetween = named.stream().anyMatch(a -> a.start() >= from && a.start() < s);
                boolean valueBetween = finds.stream().anyMatch(f -> f.attr().radiotherapy()
                        && f.attr() != Attr.TECHNIQUE && f.start() >= from && f.start() < s);
                if (!drugBetween && !valueBetween && layout.sentence(from) == layout.sentence(s)) {
                    continue; // "radiotherapy (IMRT)": one course named twice
                }
            }
            prev = new Anchor(s, e, true, null, null, false);
            out.add(prev);
        }
        return out;
    }

    private String conceptOf(String name) {
        Optional<DrugHit> hit = lexicon.lookup(name);
        if (hit.isPresent()) {
            return hit.get().conceptIri();
        }
        List<DrugHit> hits = lexicon.scan(name);
        Set<String> concepts = new LinkedHashSet<>();
        hits.forEach(h -> concepts.add(h.conceptIri()));
        return concepts.size() == 1 ? concepts.iterator().next() : null;
    }

    /** What is left of a bracket of drugs' names once the names are taken out: only what joins them. */
    private static final Pattern NAMES_ONLY_REST = Pattern.compile("(?i)[\\s,/+&]*(?:(?:and|plus|with)[\\s,/+&]*)*");

    /** Which anchor owns each stretch of text. */
    private static final class Segments {
        private final String text;
        private final List<Anchor> anchors;
        private final int[] starts;
        private final int[] ends;
        private final Map<Found, Anchor> pinned;

        Segments(String text, Layout layout, List<Anchor> all, Map<Found, Anchor> pinned) {
            this.text = text;
            this.pinned = pinned;
            this.anchors = all.stream().sorted(Comparator.comparingInt(Anchor::start)).toList();
            int n = anchors.size();
            starts = new int[n];
            ends = new int[n];
            for (int i = 0; i < n; i++) {
                Anchor a = anchors.get(i);
                int s = a.start();
                if (!a.radiotherapy() && a.drug() != null) {
                    Matcher m = DRUG_PREFIX.matcher(text.substring(Math.max(0, s - 60), s));
                    if (m.find()) {
                        s = Math.max(i == 0 ? 0 : anchors.get(i - 1).end(), s - (m.end() - m.start()));
                    }
                    Matcher label = DAY_LABEL_PREFIX.matcher(text.substring(Math.max(0, s - 40), s));
                    if (label.find()) {
                        s = Math.max(i == 0 ? 0 : anchors.get(i - 1).end(), s - (label.end() - label.start()));
                    } else {
                        int from = Math.max(0, s - 50);
                        Matcher leading = LEADING_DAY_LABEL.matcher(text.substring(from, s));
                        if (leading.find() && SENTENCE_END_BEFORE.matcher(
                                text.substring(Math.max(0, from + leading.start() - 10), from + leading.start())).find()) {
                            s = Math.max(i == 0 ? 0 : anchors.get(i - 1).end(), from + leading.start());
                        }
                    }
                }
                starts[i] = s;
            }
            for (int i = 0; i < n; i++) {
                int limit = i + 1 < n ? starts[i + 1] : text.length();
                ends[i] = Math.max(anchors.get(i).end(), layout.scopeEnd(anchors.get(i).start(), limit));
                int close = namesOnlyBracketClose(layout, i);
                if (close >= 0 && close < limit) {
                    ends[i] = Math.max(ends[i], layout.scopeEnd(close + 1, limit));
                }
            }
        }

        /**
         * "Chemotherapy (cisplatin + etoposide) IV on days 1-3", "Antineoplaston therapy (Atengenal) by IV infusion":
         * a bracket that holds nothing but drugs' names names the drugs of what it follows, so the values after it
         * are theirs. Where the bracket closes when anchor {@code i} is in such a bracket (not one after another
         * drug's name, which holds that drug's other name); -1 otherwise.
         */
        private int namesOnlyBracketClose(Layout layout, int i) {
            Anchor a = anchors.get(i);
            int d = layout.depth(a.start());
            if (a.radiotherapy() || a.drug() == null || d == 0) {
                return -1;
            }
            int open = a.start();
            while (open > 0 && layout.depth(open - 1) >= d) {
                open--;
            }
            int after = a.end();
            while (after < text.length() && layout.depth(after) >= d) {
                after++;
            }
            int close = after - 1;
            if (close <= open || text.charAt(open) != '(' && text.charAt(open) != '['
                    || text.charAt(close) != ')' && text.charAt(close) != ']') {
                return -1;
            }
            StringBuilder rest = new StringBuilder(text.substring(open + 1, close));
            for (int j = anchors.size() - 1; j >= 0; j--) {
                Anchor b = anchors.get(j);
                if (b.end() <= open) {
                    // the name right before the bracket: the bracket holds its other name
                    if (text.substring(b.end(), open).isBlank()) {
                        return -1;
                    }
                    break;
                }
                if (b.start() > open && b.end() <= close) {
                    rest.replace(b.start() - open - 1, b.end() - open - 1, " ");
                }
            }
            return NAMES_ONLY_REST.matcher(rest).matches() ? close : -1;
        }

        List<Anchor> anchors() {
            return anchors;
        }

        Anchor owner(Found f) {
            Anchor fixed = pinned.get(f);
            if (fixed != null) {
                return fixed;
            }
            if (f.attr() == Attr.DOSE) {
                for (Anchor a : anchors) {
                    if (a.start() >= f.end()) {
                        boolean named = !a.radiotherapy() && a.drug() != null;
                        if (named && DOSE_BEFORE_DRUG.matcher(text.substring(f.end(), a.start())).matches()) {
                            return a;
                        }
                        break;
                    }
                }
            }
            for (int i = 0; i < anchors.size(); i++) {
                if (starts[i] <= f.start() && f.start() < ends[i]) {
                    return anchors.get(i);
                }
            }
            return null;
        }

        boolean ownedByRadiotherapy(Found f) {
            Anchor a = owner(f);
            return a != null && a.radiotherapy();
        }
    }
}
