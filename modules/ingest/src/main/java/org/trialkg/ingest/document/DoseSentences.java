package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a tested drug's intervention is given as its description, which the regimen enricher parses: the sentence
 * that states the drug's dose (a dose label's value under the product's name, else a product or dose section's
 * sentence, this trial's rather than an earlier study's), and when it states no route, a sentence or label that
 * gives the route.
 */
final class DoseSentences {
    // A dose, not a concentration ("5 mg/mL", "200 mg/40 mL" describe a vial).
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\b\\d+(?:[.,]\\d+)?\\s*(?:-|to|–)?\\s*(?:\\d+(?:[.,]\\d+)?\\s*)?(?:mg|g|mcg|µg|μg|ug|iu|units?|"
                    + "mmol)(?:\\s*/\\s*(?:m2|m²|kg|day|d|dose))?\\b(?!\\s*/\\s*\\d*\\s*ml)");
    private static final Pattern ADMINISTERED = Pattern.compile("(?i)\\b(?:administer|given|give|receive|dose|dosing|"
            + "dosed|orally|oral|intraven|infusion|inject|subcutaneous|intranasal|by mouth|tablet|capsule|p\\.?o\\.?|iv)\\b");
    private static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:once|twice|daily|weekly|every|q\\d+w|qd|bid|tid|"
            + "q\\d+h|per day|a day|each day|days? \\d)\\b");
    /**
     * Words that state how often a drug is given, in the forms the regimen parser reads as an interval. Not "per
     * day", "/day" or "Day 1": a dose per day ("15 mg/day") and a day of the schedule say the amount and the day,
     * and the parser writes no interval for them.
     */
    private static final Pattern INTERVAL = Pattern.compile("(?i)\\b(?:once|twice|thrice|three times|daily|weekly|"
            + "fortnightly|monthly|every|q\\d*[dwh]|qd|bid|tid|qid)\\b");
    /** A sentence about what was given before (an earlier study, animals), not what this trial gives. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:received|were|was|resulted|had been|has been tested|"
            + "have been (?:tested|performed|studied)|maximum tolerated|rats|mice|monkeys|dogs|previous(?:ly)?|prior)\\b");
    /**
     * A route of administration, in the words the regimen parser reads; "IV" and "PO" only in capitals, as
     * product tables write them ("200 mg Every 3 weeks IV infusion"), since "iv" and "po" are parts of other words.
     */
    private static final Pattern ROUTE = Pattern.compile("(?<![\\w.])(?:(?i:intravenous(?:ly)?|i\\.v\\.|orally|oral|"
            + "p\\.o\\.|by mouth|subcutaneous(?:ly)?|s\\.c\\.|intramuscular(?:ly)?|i\\.m\\.|intranasal(?:ly)?)|(?<!(?i:stage|phase|grade)\\s)IV|PO)"
            + "(?![\\w])");
    private static final int MAX_SENTENCE = 400;
    // A dose label's value this far after a product's name, with no other drug named between, is that product's
    // (an EU register arm table's "Dosage and administration details", a synopsis's "Dose:" under the product).
    private static final int DOSE_LABEL_REACH = 1500;
    /** A drug's name heading its paragraph: "Aviptadil: You will receive ...". */
    private static final Pattern HEADED = Pattern.compile("^[ \\t]*:");
    // A paragraph headed by a drug's name is read this far for its route (a consent form's paragraph per product).
    private static final int PARAGRAPH = 1000;
    // At most this many mentions of a drug are tried for its dose sentence.
    private static final int DOSE_TRIES = 200;

    private DoseSentences() {
    }

    /** The dose sentence of a drug named at {@code mentions}, with a route sentence after it when it has none. */
    static String doseText(String text, DocumentSections sections, List<DrugNames.Found> mentions,
            List<DrugNames.Found> all, Map<String, List<String>> doseLabels, DocumentFacts.Found<String> title,
            RouteLabels routeLabels) {
        String dose = withRoute(doseSentence(text, sections, mentions, all, doseLabels), text, sections, mentions,
                title, routeLabels);
        return withSchedule(dose, text, sections, mentions, all);
    }

    /**
     * The dose text, and when it states no interval ("15 mg/day on Day 1 through Day 28"), a sentence elsewhere that
     * gives this drug's schedule ("dosing for ALXN1840 will be initiated at 15 mg once daily"): one naming the drug
     * and no other, with a dose or words of administration, about this trial rather than an earlier study, outside
     * the objectives; a product or dose section's first, else the first anywhere.
     */
    private static String withSchedule(String dose, String text, DocumentSections sections,
            List<DrugNames.Found> mentions, List<DrugNames.Found> all) {
        if (dose == null || INTERVAL.matcher(dose).find()) {
            return dose;
        }
        String inSection = null;
        String anywhere = null;
        for (int i = 0; i < mentions.size() && i < DOSE_TRIES && inSection == null; i++) {
            DrugNames.Found f = mentions.get(i);
            String s = ownPart(text, f);
            if (s == null || !INTERVAL.matcher(s).find() || PAST.matcher(s).find()
                    || !DOSE.matcher(s).find() && !ADMINISTERED.matcher(s).find() || dose.contains(s)) {
                continue;
            }
            int[] range = sentenceRange(text, f.start(), f.end());
            boolean others = all.stream().anyMatch(o -> !o.concept().equals(f.concept()) && !o.classLevel()
                    && o.start() >= range[0] && o.end() <= range[1]);
            HeadingField in = sections.fieldAt(f.start());
            if (others || in == HeadingField.OBJECTIVE) {
                continue;
            }
            if (in == HeadingField.PRODUCT || in == HeadingField.DOSE) {
                inSection = s;
            } else if (anywhere == null) {
                anywhere = s;
            }
        }
        String schedule = inSection != null ? inSection : anywhere;
        return schedule == null ? dose : dose + " " + schedule;
    }

    /**
     * The sentence that best gives the drug's dose: one with a dose (not a concentration), then preferring a dose
     * or product section, words of administration and a schedule; the earliest of equals.
     */
    private static String doseSentence(String text, DocumentSections sections, List<DrugNames.Found> mentions,
            List<DrugNames.Found> all, Map<String, List<String>> doseLabels) {
        String best = null;
        int bestScore = 0;
        String concept = mentions.isEmpty() ? null : mentions.get(0).concept();
        // A dose label's value under the drug's name is its dose as the document's own table states it.
        for (String v : doseLabels.getOrDefault(concept, List.of())) {
            int score = 6 + (SCHEDULE.matcher(v).find() ? 2 : 0);
            if (DOSE.matcher(v).find() && score > bestScore) {
                best = v;
                bestScore = score;
            }
        }
        for (int i = 0; i < mentions.size() && i < DOSE_TRIES; i++) {
            DrugNames.Found f = mentions.get(i);
            int[] range = sentenceRange(text, f.start(), f.end());
            String s = sentence(text, f.start(), f.end());
            if (s == null || !DOSE.matcher(s).find()) {
                continue;
            }
            if (dosesOfOthers(text, range, f, all)) {
                continue;
            }
            HeadingField in = sections.fieldAt(f.start());
            // The sentence becomes the intervention's description, whose drugs the drug enricher lists for the
            // trial: one that names other drugs (a combination arm of another study) is a worse choice.
            boolean others = all.stream().anyMatch(o -> !o.concept().equals(f.concept()) && !o.classLevel()
                    && o.start() >= range[0] && o.end() <= range[1]);
            // An objective names the doses a study assesses ("Assess net copper balance with ... (15 mg and 30 mg)"),
            // with the measures beside them, rather than how the drug is given.
            int score = 3 + (in == HeadingField.DOSE || in == HeadingField.PRODUCT ? 3 : 0)
                    - (in == HeadingField.OBJECTIVE ? 2 : 0)
                    + (ADMINISTERED.matcher(s).find() ? 2 : 0) + (SCHEDULE.matcher(s).find() ? 2 : 0)
                    - (PAST.matcher(s).find() ? 2 : 0) - (others ? 2 : 0);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether every dose of the sentence is another drug's: nearer another drug's name than this one's ("adverse
     * events of PDR001 requiring ... >= 10 mg of prednisone" states prednisone's dose, not PDR001's).
     */
    private static boolean dosesOfOthers(String text, int[] range, DrugNames.Found drug, List<DrugNames.Found> all) {
        List<DrugNames.Found> inside = all.stream().filter(o -> !o.classLevel() && o.start() >= range[0]
                && o.end() <= range[1]).toList();
        if (inside.stream().allMatch(o -> o.concept().equals(drug.concept()))) {
            return false;
        }
        Matcher dose = DOSE.matcher(text.substring(range[0], range[1]));
        boolean any = false;
        while (dose.find()) {
            any = true;
            int from = range[0] + dose.start();
            int to = range[0] + dose.end();
            DrugNames.Found nearest = null;
            int best = Integer.MAX_VALUE;
            for (DrugNames.Found o : inside) {
                int d = o.end() <= from ? from - o.end() : o.start() >= to ? o.start() - to : 0;
                if (d < best || d == best && o.concept().equals(drug.concept())) {
                    best = d;
                    nearest = o;
                }
            }
            if (nearest == null || nearest.concept().equals(drug.concept())) {
                return false;
            }
        }
        return any;
    }

    /**
     * The values of dose labels, by the drug named last before each (within {@link #DOSE_LABEL_REACH}): a product
     * table or an arm's block names its product, then its dose.
     */
    static Map<String, List<String>> dosesByDrug(DocumentSections sections, List<DrugNames.Found> all) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (DocumentSections.Value v : sections.values(HeadingField.DOSE)) {
            DrugNames.Found last = null;
            for (DrugNames.Found f : all) {
                if (f.start() >= v.start()) {
                    break;
                }
                last = f.classLevel() ? last : f;
            }
            if (last != null && v.start() - last.end() <= DOSE_LABEL_REACH && !v.value().isBlank()) {
                out.computeIfAbsent(last.concept(), k -> new ArrayList<>()).add(v.value().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /**
     * The dose sentence, and when it states no route: the first sentence of a product or dose section naming the
     * drug with a route, else the route a route label gives for it ("Route of administration Intravenous" in a
     * synopsis or product table, an EU register page's "Routes of administration for this IMP"), else the first
     * sentence anywhere naming the drug with a route, else the title when it states one ("... Administered
     * Intravenously").
     */
    private static String withRoute(String dose, String text, DocumentSections sections,
            List<DrugNames.Found> mentions, DocumentFacts.Found<String> title, RouteLabels labels) {
        if (dose != null && ROUTE.matcher(dose).find()) {
            return dose;
        }
        // Of the sentences naming the drug with a route, one that gives a schedule too is preferred: the dose text
        // may lack both ("The 5 mg Evrysdi tablet ...", then "Evrysdi is administered daily ... by mouth").
        String inSection = null;
        String inSectionScheduled = null;
        String anywhere = null;
        String anywhereScheduled = null;
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < mentions.size() && i < DOSE_TRIES; i++) {
            DrugNames.Found f = mentions.get(i);
            at.add(f.start());
            String s = ownPart(text, f);
            if (s != null && ROUTE.matcher(s).find()) {
                HeadingField in = sections.fieldAt(f.start());
                boolean scheduled = SCHEDULE.matcher(s).find();
                if (in == HeadingField.PRODUCT || in == HeadingField.DOSE) {
                    inSection = inSection == null ? s : inSection;
                    inSectionScheduled = inSectionScheduled == null && scheduled ? s : inSectionScheduled;
                }
                anywhere = anywhere == null ? s : anywhere;
                anywhereScheduled = anywhereScheduled == null && scheduled ? s : anywhereScheduled;
            }
        }
        String labelled = labels.forMentions(at);
        String route = inSectionScheduled != null ? inSectionScheduled
                : inSection != null ? inSection
                : labelled != null ? "Route of administration: " + labelled + "."
                : anywhereScheduled != null ? anywhereScheduled
                : anywhere;
        if (route == null) {
            route = headedParagraphRoute(text, mentions);
        }
        if (route == null && title != null) {
            // The title's part before "versus": a route after it is the comparator's, and so are the drugs there.
            Matcher vs = DocumentDrugs.VERSUS.matcher(title.value());
            String own = vs.find() ? title.value().substring(0, vs.start()).strip() : title.value();
            route = ROUTE.matcher(own).find() ? own : null;
        }
        if (route == null || route.equals(dose)) {
            return dose;
        }
        return dose == null ? route : dose + " " + route;
    }

    /**
     * The first sentence stating a route in a paragraph that opens with the drug's name and a colon, as a consent
     * form or a treatment list describes each product ("Aviptadil: You will receive ... You will get it by an
     * intravenous (IV) drip ..."): the paragraph is about that drug even where its sentences say "it".
     */
    private static String headedParagraphRoute(String text, List<DrugNames.Found> mentions) {
        for (int i = 0; i < mentions.size() && i < DOSE_TRIES; i++) {
            DrugNames.Found f = mentions.get(i);
            boolean lineStart = f.start() == 0 || text.lastIndexOf('\n', f.start() - 1) >= 0
                    && text.substring(text.lastIndexOf('\n', f.start() - 1) + 1, f.start()).isBlank();
            if (!lineStart || !HEADED.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 3))).find()) {
                continue;
            }
            int end = text.indexOf("\n\n", f.end());
            end = end < 0 ? Math.min(text.length(), f.end() + PARAGRAPH) : Math.min(end, f.end() + PARAGRAPH);
            Matcher route = ROUTE.matcher(text.substring(f.end(), end));
            if (route.find()) {
                return sentence(text, f.end() + route.start(), f.end() + route.end());
            }
        }
        return null;
    }

    /**
     * The sentence around a mention, cut before "versus" when the drug is named before it ("Oral combined
     * Hydrochlorothiazide/Lisinopril versus oral nifedipine ..."): what follows is the comparator's. Null when the
     * drug is named only after "versus".
     */
    private static String ownPart(String text, DrugNames.Found f) {
        int[] r = sentenceRange(text, f.start(), f.end());
        String raw = text.substring(r[0], r[1]);
        Matcher vs = DocumentDrugs.VERSUS.matcher(raw);
        if (vs.find()) {
            if (r[0] + vs.start() < f.start()) {
                return null;
            }
            raw = raw.substring(0, vs.start());
        }
        String s = raw.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The sentence (or table row) around a span: from the last sentence end or blank line before to the next. */
    static String sentence(String text, int start, int end) {
        int[] r = sentenceRange(text, start, end);
        String s = text.substring(r[0], r[1]).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static int[] sentenceRange(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < MAX_SENTENCE) {
            char c = text.charAt(from - 1);
            if ((c == '.' || c == '!' || c == '?') && from < text.length() && Character.isWhitespace(text.charAt(from))
                    || c == '\n' && from >= 2 && text.charAt(from - 2) == '\n' || c == '|' || c == '•' || c == '●') {
                break;
            }
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_SENTENCE) {
            char c = text.charAt(to);
            if ((c == '.' || c == '!' || c == '?') && (to + 1 >= text.length() || Character.isWhitespace(text.charAt(
                    to + 1))) || c == '\n' && to + 1 < text.length() && text.charAt(to + 1) == '\n' || c == '|') {
                to++;
                break;
            }
            to++;
        }
        return new int[] {from, to};
    }
}
