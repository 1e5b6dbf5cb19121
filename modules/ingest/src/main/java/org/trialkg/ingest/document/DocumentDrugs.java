package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drugs of a document, found by dictionary over its whole text, and what each is to the trial. A drug the
 * title names (before any "versus"), or an investigational-product label or section names, is investigational; one
 * after "versus" or "compared with" in the title is a comparator. A document that names none so gets its most
 * named drug as investigational when the text names it clearly more than any other, and when it is on the cover.
 * Each investigational drug is given the first sentence that states a dose of it, read first in the dose and
 * product sections, then anywhere.
 */
final class DocumentDrugs {
    private static final Pattern VERSUS = Pattern.compile("(?i)\\b(?:versus|vs\\.?|compared\\s+(?:to|with))\\s");
    // A dose, not a concentration ("5 mg/mL", "200 mg/40 mL" describe a vial).
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\b\\d+(?:[.,]\\d+)?\\s*(?:-|to|–)?\\s*(?:\\d+(?:[.,]\\d+)?\\s*)?(?:mg|g|mcg|µg|μg|ug|iu|units?|"
                    + "mmol)(?:\\s*/\\s*(?:m2|m²|kg|day|d|dose))?\\b(?!\\s*/\\s*\\d*\\s*ml)");
    private static final Pattern ADMINISTERED = Pattern.compile("(?i)\\b(?:administer|given|give|receive|dose|dosing|"
            + "dosed|orally|oral|intraven|infusion|inject|subcutaneous|intranasal|by mouth|tablet|capsule|p\\.?o\\.?|iv)\\b");
    private static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:once|twice|daily|weekly|every|q\\d+w|qd|bid|tid|"
            + "q\\d+h|per day|a day|each day|days? \\d)\\b");
    /** A sentence about what was given before (an earlier study, animals), not what this trial gives. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:received|were|was|had been|has been tested|"
            + "have been (?:tested|performed|studied)|maximum tolerated|rats|mice|monkeys|dogs|previous(?:ly)?|prior)\\b");
    /** Where a title turns from the treatment to the population: drugs after it are background, not tested. */
    private static final Pattern POPULATION = Pattern.compile("(?i)\\b(?:in|among|for)\\s+(?:[\\w/-]+\\s+){0,5}?"
            + "(?:patients|subjects|participants|adults|children|women|men|infants|volunteers|people|recipients)\\b"
            + "|\\bwho(?:se)?\\b");
    /**
     * Names the drug vocabularies hold that a trial document almost never means as its drug: a calendar date, the
     * water a tablet is dispersed in, excipients of an investigational product's formulation, the metals a Wilson
     * disease study measures, and platinum of "platinum-based chemotherapy".
     */
    private static final java.util.Set<String> NOT_TESTED = java.util.Set.of("date", "water", "oxygen", "air",
            "copper", "molybdenum", "sucrose", "histidine", "polysorbate 20", "polysorbate 80", "sodium chloride",
            "mannitol", "glycine", "trehalose", "dextrose", "glucose", "saline", "ethanol", "alcohol", "platinum",
            "choline");
    // The dictionary scans this much first (a protocol's cover and synopsis), then the product and dose sections,
    // then the rest in parts of the same size while time is left.
    private static final int CHUNK = 60_000;
    // At most this many mentions of a drug are tried for its dose sentence.
    private static final int DOSE_TRIES = 200;
    // The common words some vocabularies list as chemicals' synonyms ("secondary", "dimension", "balance") are
    // shorter than this; drug names written in lower case are mostly longer.
    private static final int LONG_NAME = 10;
    /** Words before a drug named after the population that make it the treatment: "recipients receiving X". */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:receiving|treated\\s+with|given|taking|"
            + "administered)\\s+(?:either\\s+|the\\s+)?(?:[\\w-]+\\s*\\(\\s*)?$");
    /**
     * A route of administration, in the words the regimen parser reads; "IV" and "PO" only in capitals, as
     * product tables write them ("200 mg Every 3 weeks IV infusion"), since "iv" and "po" are parts of other words.
     */
    private static final Pattern ROUTE = Pattern.compile("(?<![\\w.])(?:(?i:intravenous(?:ly)?|i\\.v\\.|orally|oral|"
            + "p\\.o\\.|by mouth|subcutaneous(?:ly)?|s\\.c\\.|intramuscular(?:ly)?|i\\.m\\.|intranasal(?:ly)?)|(?<!(?i:stage|phase|grade)\\s)IV|PO)"
            + "(?![\\w])");
    // The product part of a label or section: where a protocol lists its investigational products. The body of a
    // long "Study treatment" section names comparators and rescue medication too, so only its start counts.
    private static final int PRODUCT_WINDOW = 600;
    // A drug named on the cover page (the first this many characters) belongs to the trial rather than background.
    private static final int COVER = 6000;
    // The most named drug stands out when the next is named at most half as often (a press release names its
    // drug many times, other drugs a few times).
    private static final double DOMINANCE = 2.0;
    private static final int MIN_COUNT = 2;
    private static final int MAX_SENTENCE = 400;
    /**
     * A product name glued to the label after it, as EU register result PDFs lay out their arm tables
     * ("QuinaprilInvestigational medicinal product name"): the dictionary, which reads whole words, would not see
     * the name, so the value is scanned on its own (its span stays that of the text).
     */
    private static final Pattern GLUED_PRODUCT = Pattern.compile(
            "(?m)^[ \\t]*(\\S.{0,60}?[\\p{L}\\d)])(?:Investigational medicinal product name|Name of (?:the )?product)"
                    + "[ \\t]*$");
    // A dose label's value this far after a product's name, with no other drug named between, is that product's
    // (an EU register arm table's "Dosage and administration details", a synopsis's "Dose:" under the product).
    private static final int DOSE_LABEL_REACH = 1500;
    /** A drug's name heading its paragraph: "Aviptadil: You will receive ...". */
    private static final Pattern HEADED = Pattern.compile("^[ \\t]*:");
    // A paragraph headed by a drug's name is read this far for its route (a consent form's paragraph per product).
    private static final int PARAGRAPH = 1000;

    private DocumentDrugs() {
    }

    static List<DocumentFacts.Drug> find(String text, DocumentSections sections, DocumentFacts.Found<String> title,
            DrugNames names, long deadline) {
        List<DrugNames.Found> all = scan(text, sections, names, deadline);
        if (all.isEmpty()) {
            return List.of();
        }
        // A brand or code the document gives its drug ("Evrysdi® (risdiplam)") names that drug wherever it is written.
        DrugAliases aliases = DrugAliases.find(text, all, names);
        java.util.Set<Integer> aliasAt = new java.util.HashSet<>();
        if (!aliases.isEmpty()) {
            java.util.TreeMap<Integer, DrugNames.Found> merged = new java.util.TreeMap<>();
            all.forEach(f -> merged.put(f.start(), f));
            for (DrugNames.Found f : aliases.mentions(text)) {
                if (merged.putIfAbsent(f.start(), f) == null) {
                    aliasAt.add(f.start());
                }
            }
            all = new ArrayList<>(merged.values());
        }
        Map<String, List<DrugNames.Found>> byConcept = new LinkedHashMap<>();
        for (DrugNames.Found f : all) {
            if (!f.classLevel()) {
                byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, DocumentFacts.Role> roles = new LinkedHashMap<>();
        Map<String, DrugNames.Found> picked = new LinkedHashMap<>();
        if (title != null) {
            String t = title.value();
            Matcher vs = VERSUS.matcher(t);
            int cut = vs.find() ? vs.start() : t.length();
            Matcher pop = POPULATION.matcher(t);
            int population = pop.find() ? pop.start() : t.length();
            List<DrugNames.Found> titleAliases = aliases.mentions(t);
            List<DrugNames.Found> inTitle = new ArrayList<>(names.find(t));
            inTitle.addAll(titleAliases);
            inTitle.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (DrugNames.Found f : inTitle) {
                boolean given = GIVEN.matcher(t.substring(Math.max(0, f.start() - 40), f.start())).find();
                if (!f.classLevel() && (f.start() < population || given)
                        && (tested(t, f) || titleAliases.contains(f))) {
                    DocumentFacts.Role role = f.start() < cut ? DocumentFacts.Role.INVESTIGATIONAL
                            : DocumentFacts.Role.COMPARATOR;
                    roles.putIfAbsent(f.concept(), role);
                    DrugNames.Found inText = first(byConcept.get(f.concept()));
                    picked.putIfAbsent(f.concept(), inText != null ? inText : f);
                }
            }
        }
        // A drug a comparator label names ("Reference Therapy: Cisplatin", "Active: Gefarnate 50 mg BID") is the
        // comparator's, whatever a product section says of it after.
        for (DocumentSections.Value v : sections.values(HeadingField.COMPARATOR)) {
            for (DrugNames.Found f : all) {
                if (!f.classLevel() && f.start() >= v.start() && f.start() < v.end()) {
                    roles.putIfAbsent(f.concept(), DocumentFacts.Role.COMPARATOR);
                }
            }
        }
        List<int[]> productSpans = new ArrayList<>();
        for (DocumentSections.Value v : sections.values(HeadingField.PRODUCT)) {
            productSpans.add(new int[] {v.start(), v.end()});
        }
        for (DocumentSections.Section s : sections.sections(HeadingField.PRODUCT)) {
            productSpans.add(new int[] {s.start(), Math.min(s.end(), s.start() + PRODUCT_WINDOW)});
        }
        Matcher glued = GLUED_PRODUCT.matcher(text);
        while (glued.find()) {
            productSpans.add(new int[] {glued.start(1), glued.end(1)});
        }
        for (DrugNames.Found f : all) {
            if (!f.classLevel() && inAny(f.start(), productSpans)) {
                roles.putIfAbsent(f.concept(), DocumentFacts.Role.INVESTIGATIONAL);
                picked.putIfAbsent(f.concept(), f);
            }
        }
        if (!roles.containsValue(DocumentFacts.Role.INVESTIGATIONAL)) {
            Map<String, List<DrugNames.Found>> candidates = new LinkedHashMap<>(byConcept);
            candidates.keySet().removeIf(roles::containsKey);
            dominant(candidates).ifPresent(f -> {
                roles.put(f.concept(), DocumentFacts.Role.MOST_NAMED);
                picked.put(f.concept(), f);
            });
        }
        RouteLabels routeLabels = RouteLabels.find(text);
        List<DocumentFacts.Drug> out = new ArrayList<>();
        for (Map.Entry<String, List<DrugNames.Found>> e : byConcept.entrySet()) {
            DocumentFacts.Role role = roles.getOrDefault(e.getKey(), DocumentFacts.Role.MENTIONED);
            DrugNames.Found f = picked.getOrDefault(e.getKey(), e.getValue().get(0));
            // Sentences naming the drug by a dictionary name come first: the regimen parser, which reads the dose
            // text, knows those names and not the document's aliases.
            List<DrugNames.Found> mentions = new ArrayList<>(e.getValue());
            mentions.sort((a, b) -> Boolean.compare(aliasAt.contains(a.start()), aliasAt.contains(b.start())));
            String dose = role == DocumentFacts.Role.INVESTIGATIONAL || role == DocumentFacts.Role.MOST_NAMED
                    ? withRoute(doseText(text, sections, mentions, all, dosesByDrug(sections, all)), text, sections,
                            mentions, title, routeLabels)
                    : null;
            // A drug named by the document's own alias is written under its preferred name, which the enrichers know.
            String written = aliasAt.contains(f.start()) ? f.label() : text.substring(f.start(), f.end());
            out.add(new DocumentFacts.Drug(written, f.concept(), f.label(), role,
                    e.getValue().size(), sections.fieldAt(f.start()), f.start(), f.end(), dose));
        }
        // Drugs named only in the title (not in the body text scanned) still count.
        for (Map.Entry<String, DocumentFacts.Role> e : roles.entrySet()) {
            if (!byConcept.containsKey(e.getKey())) {
                DrugNames.Found f = picked.get(e.getKey());
                out.add(new DocumentFacts.Drug(f.label(), f.concept(), f.label(), e.getValue(), 1, HeadingField.TITLE,
                        title.start(), title.end(), null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
        return out;
    }

    /** The dictionary's hits, the cover first, then product and dose sections, then the rest while time is left. */
    private static List<DrugNames.Found> scan(String text, DocumentSections sections, DrugNames names,
            long deadline) {
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {0, cut(text, CHUNK)});
        for (DocumentSections.Section s : sections.sections()) {
            if ((s.field() == HeadingField.PRODUCT || s.field() == HeadingField.DOSE) && s.end() > CHUNK) {
                parts.add(new int[] {Math.max(s.start(), CHUNK), Math.min(s.end(), Math.max(s.start(), CHUNK) + CHUNK)});
            }
        }
        for (int at = parts.get(0)[1]; at < text.length(); ) {
            int end = cut(text, at + CHUNK);
            parts.add(new int[] {at, end});
            at = end;
        }
        java.util.TreeMap<Integer, DrugNames.Found> found = new java.util.TreeMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && System.nanoTime() - deadline > 0) {
                break;
            }
            int[] p = parts.get(i);
            for (DrugNames.Found f : names.find(text.substring(p[0], p[1]))) {
                DrugNames.Found at = new DrugNames.Found(f.start() + p[0], f.end() + p[0], f.concept(), f.label(),
                        f.classLevel());
                if (tested(text, at)) {
                    found.putIfAbsent(at.start(), at);
                }
            }
        }
        Matcher glued = GLUED_PRODUCT.matcher(text);
        while (glued.find()) {
            for (DrugNames.Found f : names.find(glued.group(1))) {
                DrugNames.Found at = new DrugNames.Found(f.start() + glued.start(1), f.end() + glued.start(1),
                        f.concept(), f.label(), f.classLevel());
                if (tested(text, at)) {
                    found.putIfAbsent(at.start(), at);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The end of a part: the line break at or after {@code at}, so that no name is cut in two. */
    private static int cut(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl + 1;
    }

    /**
     * Whether a hit may name a drug the trial gives: not one of {@link #NOT_TESTED}, and written as the drug's
     * own name or with a capital or digit (a code or brand); a lower-case synonym ("secondary", "dimension") that
     * some vocabulary lists for a chemical is an ordinary word in a protocol.
     */
    private static boolean tested(String text, DrugNames.Found f) {
        String written = text.substring(f.start(), f.end());
        String label = f.label().toLowerCase(java.util.Locale.ROOT);
        if (NOT_TESTED.contains(label) || NOT_TESTED.contains(written.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // A long or compound synonym ("artemether-lumefantrine") is a drug's name whatever its case.
        // A leading capital does not make a word a name: it starts sentences, headings and title-case lines
        // ("Secondary endpoints", "Molybdenum Balance"). A short brand written so ("Conmana") is missed instead.
        return written.equalsIgnoreCase(f.label()) || written.length() >= LONG_NAME
                || written.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)
                || c == '-' || c == ' ');
    }

    private static java.util.Optional<DrugNames.Found> dominant(Map<String, List<DrugNames.Found>> byConcept) {
        List<List<DrugNames.Found>> ranked = new ArrayList<>(byConcept.values());
        ranked.sort((a, b) -> Integer.compare(b.size(), a.size()));
        if (ranked.isEmpty() || ranked.get(0).size() < MIN_COUNT) {
            return java.util.Optional.empty();
        }
        List<DrugNames.Found> top = ranked.get(0);
        boolean clear = ranked.size() == 1 || top.size() >= DOMINANCE * ranked.get(1).size();
        return clear && top.get(0).start() < COVER ? java.util.Optional.of(top.get(0)) : java.util.Optional.empty();
    }

    private static DrugNames.Found first(List<DrugNames.Found> l) {
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    private static boolean inAny(int at, List<int[]> spans) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence that best gives the drug's dose: one with a dose (not a concentration), then preferring a dose
     * or product section, words of administration and a schedule; the earliest of equals.
     */
    private static String doseText(String text, DocumentSections sections, List<DrugNames.Found> mentions,
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
    private static Map<String, List<String>> dosesByDrug(DocumentSections sections, List<DrugNames.Found> all) {
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
            Matcher vs = VERSUS.matcher(title.value());
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
        Matcher vs = VERSUS.matcher(raw);
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
