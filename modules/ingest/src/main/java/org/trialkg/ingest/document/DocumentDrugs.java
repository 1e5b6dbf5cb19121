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
 * Each investigational drug is given the sentence that states its dose ({@link DoseSentences}).
 */
final class DocumentDrugs {
    static final Pattern VERSUS = Pattern.compile("(?i)\\b(?:versus|vs\\.?|compared\\s+(?:to|with))\\s");
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
    // The common words some vocabularies list as chemicals' synonyms ("secondary", "dimension", "balance") are
    // shorter than this; drug names written in lower case are mostly longer.
    private static final int LONG_NAME = 10;
    /** Words before a drug named after the population that make it the treatment: "recipients receiving X". */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:receiving|treated\\s+with|given|taking|"
            + "administered)\\s+(?:either\\s+|the\\s+)?(?:[\\w-]+\\s*\\(\\s*)?$");
    // The product part of a label or section: where a protocol lists its investigational products. The body of a
    // long "Study treatment" section names comparators and rescue medication too, so only its start counts.
    private static final int PRODUCT_WINDOW = 600;
    // A drug named on the cover page (the first this many characters) belongs to the trial rather than background.
    private static final int COVER = 6000;
    // The most named drug stands out when the next is named at most half as often (a press release names its
    // drug many times, other drugs a few times).
    private static final double DOMINANCE = 2.0;
    private static final int MIN_COUNT = 2;
    /**
     * A product name glued to the label after it, as EU register result PDFs lay out their arm tables
     * ("QuinaprilInvestigational medicinal product name"): the dictionary, which reads whole words, would not see
     * the name, so the value is scanned on its own (its span stays that of the text).
     */
    private static final Pattern GLUED_PRODUCT = Pattern.compile(
            "(?m)^[ \\t]*(\\S.{0,60}?[\\p{L}\\d)])(?:Investigational medicinal product name|Name of (?:the )?product)"
                    + "[ \\t]*$");

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
        Map<String, List<String>> doseLabels = DoseSentences.dosesByDrug(sections, all);
        List<DocumentFacts.Drug> out = new ArrayList<>();
        for (Map.Entry<String, List<DrugNames.Found>> e : byConcept.entrySet()) {
            DocumentFacts.Role role = roles.getOrDefault(e.getKey(), DocumentFacts.Role.MENTIONED);
            DrugNames.Found f = picked.getOrDefault(e.getKey(), e.getValue().get(0));
            // Sentences naming the drug by a dictionary name come first: the regimen parser, which reads the dose
            // text, knows those names and not the document's aliases.
            List<DrugNames.Found> mentions = new ArrayList<>(e.getValue());
            mentions.sort((a, b) -> Boolean.compare(aliasAt.contains(a.start()), aliasAt.contains(b.start())));
            String dose = role == DocumentFacts.Role.INVESTIGATIONAL || role == DocumentFacts.Role.MOST_NAMED
                    ? DoseSentences.doseText(text, sections, mentions, all, doseLabels, title, routeLabels)
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
}
