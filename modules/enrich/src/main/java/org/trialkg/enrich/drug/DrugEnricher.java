package org.trialkg.enrich.drug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trialkg.enrich.Enricher;
import org.trialkg.model.Arm;
import org.trialkg.model.DrugMention;
import org.trialkg.model.Intervention;
import org.trialkg.model.Span;
import org.trialkg.model.TrialRecord;

/**
 * Finds the drugs a record names, in its interventions (name, other names, description) and arm descriptions, or,
 * when these name no drug ("Intervention group: ..." or none at all), in its titles and brief summary, and links
 * each to a drug or drug-class concept; the field it was found in and a confidence go with each mention. A drug or
 * biological intervention whose name matches nothing is kept as an unresolved mention, never guessed.
 *
 * <pre>{@code
 * TrialRecord enriched = new DrugEnricher(SkosDrugLexicon.shipped()).enrich(record);
 * }</pre>
 */
public final class DrugEnricher implements Enricher {
    private static final Set<String> DRUG_TYPES = Set.of("DRUG", "BIOLOGICAL");
    /**
     * Interventions of these types name a device, a procedure or a test: a drug written in their name is found, but
     * a name such as "NEUROLITH" (a stimulation device) is never guessed as the drug it is one letter from.
     */
    private static final Set<String> NOT_DRUG_TYPES = Set.of("DEVICE", "PROCEDURE", "BEHAVIORAL", "RADIATION",
            "DIAGNOSTIC_TEST", "GENETIC");
    /**
     * The confidence of a name found in a title or summary is the match's times this: such a name is what the trial
     * studies in most records but can be a comparator or background ("patients on hydroxychloroquine"), which an
     * intervention field never is. Judged on the mention sample of the README (origin title or summary).
     */
    static final double OUTSIDE_INTERVENTIONS = 0.9;

    private final DrugLexicon lexicon;

    public DrugEnricher(DrugLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public TrialRecord enrich(TrialRecord record) {
        // keyed by (concept, text, field) so that a name met twice in one field is one mention
        Map<List<Object>, DrugMention> found = new LinkedHashMap<>();
        List<Intervention> interventions = record.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            Intervention in = interventions.get(i);
            String prefix = "interventions[" + i + "].";
            String type = in.type() == null ? "" : in.type().toUpperCase(java.util.Locale.ROOT);
            boolean mayGuess = !NOT_DRUG_TYPES.contains(type);
            Set<String> drugsNamed = new java.util.HashSet<>();
            String context = String.join(" ", in.name(), String.join(" ", in.otherNames()),
                    Objects.requireNonNullElse(in.description(), ""));
            boolean named = name(in.name(), context, prefix + "name",
                    h -> mayGuess || h.method() != DrugMention.Method.FUZZY, drugsNamed, found);
            if (!named && DRUG_TYPES.contains(type)) {
                String text = in.name().strip();
                int start = in.name().indexOf(text);
                add(found, new DrugMention(text, null, null, false, DrugMention.Method.UNRESOLVED, 0.0,
                        new Span(prefix + "name", start, start + text.length())));
            }
            // the other names of an intervention name its drug: "Carbosin" under carboplatin is a brand of it, not
            // the fungicide carboxin one edit away, so a guess must agree with the drug the name resolved to
            java.util.function.Predicate<DrugHit> otherGuess = h -> h.method() != DrugMention.Method.FUZZY
                    || mayGuess && (drugsNamed.isEmpty() || drugsNamed.contains(h.conceptIri()));
            // an organism among the other names of a drug is its source, not a drug given: "E. coli" under
            // asparaginase is the bacterium the enzyme is made from; a class there describes the drug ("anti-VEGF
            // monoclonal antibody" under bevacizumab), as "the PD-1 inhibitor toripalimab" does in running text
            java.util.function.Predicate<DrugHit> otherName = otherGuess.and(h -> drugsNamed.isEmpty()
                    || drugsNamed.contains(h.conceptIri())
                    || !MentionContext.abbreviatedOrganism(h.text()) && !h.classLevel());
            for (int j = 0; j < in.otherNames().size(); j++) {
                name(in.otherNames().get(j), context, prefix + "otherNames[" + j + "]", otherName,
                        new java.util.HashSet<>(), found);
            }
            classNamedByItsDrug(prefix, found);
            scan(in.description(), prefix + "description", found);
        }
        List<Arm> arms = record.arms();
        for (int k = 0; k < arms.size(); k++) {
            scan(arms.get(k).description(), "arms[" + k + "].description", found);
        }
        if (found.values().stream().noneMatch(m -> m.conceptIri() != null) && !namesLabelledCompound(record)) {
            // "Intervention group: the test drug", or no interventions at all: the drug is named in the title or the
            // summary, if anywhere. An observational study gives no drug: its title names the exposure it follows
            // ("ACE inhibitors and the severity of COVID-19"), while its summary also names what the patients took
            // before or beside it and the substances it measures. An intervention that names a radiolabelled
            // compound the lexicon lacks ("yttrium Y 90 monoclonal antibody BrE-3") names the drug all the same, and
            // the title's other drugs are then earlier treatment ("in Remission Following Surgery and Chemotherapy").
            // A trial of behaviour, a device, a procedure or a test gives only the imaging agent of its scan
            java.util.function.BiPredicate<String, DrugHit> kept = studiesNoDrug(record)
                    ? MentionContext::imagingAgent : (t, h) -> true;
            scanElsewhere(record.title(), "title", kept, found);
            scanElsewhere(record.officialTitle(), "officialTitle", kept, found);
            if (!observational(record)) {
                scanElsewhere(record.briefSummary(), "briefSummary", kept, found);
            }
        } else {
            // a title that lists the trial's drug with others names the others as given too: "Hydroxychloroquine
            // Plus Vitamins-Zinc" where the interventions say only "Plaquenil"
            coordinated(record.title(), "title", found);
            coordinated(record.officialTitle(), "officialTitle", found);
        }
        classesOfTheirOneDrug(found);
        return record.toBuilder().drugMentions(abbreviationsOfNamedDrugs(record, found)).build();
    }

    /**
     * A class of which the record names exactly one member drug stands for that drug ("filgrastim (G-CSF)", arms
     * that say "G-CSF SC or IV" under the intervention "Filgrastim", an intervention "GM-CSF" with the other name
     * "Sargramostim"): the class mentions are dropped, the drug's own mentions stay. A class with two members named
     * ("G-CSF (filgrastim or pegfilgrastim)") or none stays, and so does a class named as a kind of therapy
     * ("chemotherapy"), which names more than the drugs the lexicon knows ("Chemotherapy", other names "pemetrexed"
     * and the carboplatin brand "Pulaile").
     */
    private void classesOfTheirOneDrug(Map<List<Object>, DrugMention> found) {
        Map<String, Set<String>> membersNamed = new java.util.HashMap<>();
        for (DrugMention m : found.values()) {
            if (m.conceptIri() != null && !m.classLevel()) {
                for (String c : lexicon.classesOf(m.conceptIri())) {
                    membersNamed.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(m.conceptIri());
                }
            }
        }
        found.values().removeIf(m -> m.classLevel() && m.conceptIri() != null
                && !KIND_OF_THERAPY.matcher(m.text()).find()
                && membersNamed.getOrDefault(m.conceptIri(), Set.of()).size() == 1);
    }

    // An abbreviation in capitals alone: "AZT", "HCQ", "MTX".
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("\\p{Lu}{2,5}");

    /**
     * The mentions, each abbreviation in capitals that the record uses for another drug it names in full given to
     * that drug: "HCQ AZT: HCQ 400mg BD AZT 500mg OD" under the title "Hydroxychloroquine alone and in combination
     * with azithromycin" is azithromycin, not zidovudine (azidothymidine), whose name the record never writes. The
     * other drug's name must start with the abbreviation's first two letters and hold the rest in order ("CHOP" is
     * no cyclophosphamide), only one drug of the record may fit, and that drug must have no mention of its own.
     */
    private List<DrugMention> abbreviationsOfNamedDrugs(TrialRecord record, Map<List<Object>, DrugMention> found) {
        List<DrugMention> out = new ArrayList<>(found.values());
        if (out.stream().noneMatch(m -> abbreviation(m) && m.conceptIri() != null)) {
            return out;
        }
        Map<String, DrugHit> named = new LinkedHashMap<>();
        for (String text : texts(record)) {
            for (DrugHit h : hits(text)) {
                if (!h.classLevel() && !CAPITALS.matcher(h.text()).matches()) {
                    named.putIfAbsent(h.conceptIri(), h);
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            DrugMention m = out.get(i);
            if (!abbreviation(m) || m.conceptIri() == null || named.containsKey(m.conceptIri())) {
                continue;
            }
            // a drug the record already has in its own mention is given beside the abbreviation's ("Azithromycin"
            // and "AZT" as two interventions), not written as it
            List<DrugHit> fit = named.values().stream().filter(h -> abbreviates(m.text(), h.label())
                    && found.values().stream().noneMatch(f -> h.conceptIri().equals(f.conceptIri()))).toList();
            if (fit.size() == 1) {
                DrugHit d = fit.get(0);
                out.set(i, new DrugMention(m.text(), d.conceptIri(), d.label(), false, m.method(), m.confidence(),
                        m.span()));
            }
        }
        return out;
    }

    private static boolean abbreviation(DrugMention m) {
        return !m.classLevel() && CAPITALS.matcher(m.text()).matches();
    }

    /** Whether a name starts with an abbreviation's first two letters and holds its other letters in order. */
    static boolean abbreviates(String abbreviation, String name) {
        String a = abbreviation.toLowerCase(java.util.Locale.ROOT);
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (!n.startsWith(a.substring(0, 2))) {
            return false;
        }
        int at = 2;
        for (int k = 2; k < a.length(); k++) {
            at = n.indexOf(a.charAt(k), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Every text of a record that may name a drug: titles, summary, interventions and arms. */
    private static List<String> texts(TrialRecord record) {
        List<String> texts = new ArrayList<>();
        texts.add(record.title());
        texts.add(record.officialTitle());
        texts.add(record.briefSummary());
        for (Intervention in : record.interventions()) {
            texts.add(in.name());
            texts.addAll(in.otherNames());
            texts.add(in.description());
        }
        for (Arm a : record.arms()) {
            texts.add(a.description());
        }
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    // A kind of therapy names more than the one drug its other names give: "Chemotherapy" with the other names
    // "pemetrexed" and "Pulaile" is carboplatin and pemetrexed.
    private static final java.util.regex.Pattern KIND_OF_THERAPY = java.util.regex.Pattern.compile(
            "(?i)chemotherap|therapy|treatment|regimen");

    /**
     * An intervention named by a class whose other names give the one drug it is ("Recombinant Interferon Alfa", other
     * names "Roferon", "IFN alpha-2A", "Interferon Alfa") is that drug: the class in its name and other names is
     * dropped. Only where the name resolved to nothing but classes and the other names to exactly one drug.
     */
    private static void classNamedByItsDrug(String prefix, Map<List<Object>, DrugMention> found) {
        String name = prefix + "name";
        String other = prefix + "otherNames[";
        List<DrugMention> ofName = found.values().stream().filter(m -> m.span().field().equals(name)
                && m.conceptIri() != null).toList();
        if (ofName.isEmpty() || !ofName.stream().allMatch(DrugMention::classLevel)
                || ofName.stream().anyMatch(m -> KIND_OF_THERAPY.matcher(m.text()).find())) {
            return;
        }
        Set<String> drugs = new java.util.HashSet<>();
        found.values().stream().filter(m -> m.span().field().startsWith(other) && m.conceptIri() != null
                && !m.classLevel()).forEach(m -> drugs.add(m.conceptIri()));
        if (drugs.size() == 1) {
            found.values().removeIf(m -> m.classLevel()
                    && (m.span().field().equals(name) || m.span().field().startsWith(other)));
        }
    }

    /**
     * Interventions of these types study something other than a drug: a trial whose every intervention is one of them
     * names a drug in its title or summary as what it teaches, tests, measures or builds a device or procedure
     * around ("Intensive Instruction on the Use of Aricept", "Improves Targeting of Antimalarial Drugs" beside rapid
     * diagnostic tests), or as the care its procedure comes with (a transplant's conditioning, described in prose),
     * not as a drug it gives; only the agent of its imaging is given ({@link MentionContext#imagingAgent}).
     */
    private static final Set<String> NO_DRUG_STUDIED = Set.of("BEHAVIORAL", "DIAGNOSTIC_TEST", "GENETIC", "DEVICE",
            "PROCEDURE");

    /** Whether the record lists interventions and every one of them is of a kind that studies no drug. */
    private static boolean studiesNoDrug(TrialRecord record) {
        return !record.interventions().isEmpty() && record.interventions().stream().allMatch(in -> in.type() != null
                && NO_DRUG_STUDIED.contains(in.type().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whether an intervention's name holds an isotope that labels the compound named with it. */
    private boolean namesLabelledCompound(TrialRecord record) {
        for (Intervention in : record.interventions()) {
            String name = in.name();
            if (name != null && hits(name).stream().anyMatch(h -> MentionContext.labelled(name, h))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the registry says the study is observational. Of the judged mentions found in the summary of an
     * observational record (the README's samples 2028 to 2032), 9 of 25 were wrong: the body's own substance ("the
     * action of nitric oxide"), earlier or background treatment ("Medications like bisphosphonates are used when").
     */
    private static boolean observational(TrialRecord record) {
        return "OBSERVATIONAL".equals(record.studyType());
    }

    /**
     * A name is first looked up whole (salt forms, codes, misspellings), then scanned for the names it holds; a hit
     * the test refuses is dropped, and the drugs (not classes) of those kept are added to {@code drugs}. The
     * intervention's other words ({@code context}) may say the source a whole name's concept is named for.
     */
    private boolean name(String name, String context, String field, java.util.function.Predicate<DrugHit> accept,
            Set<String> drugs, Map<List<Object>, DrugMention> found) {
        if (name == null || name.isBlank()) {
            return false;
        }
        Optional<DrugHit> whole = lexicon.lookup(name).filter(accept)
                .filter(h -> !MentionContext.material(name, h) && !MentionContext.narrowerSource(context, h));
        if (whole.isPresent()) {
            add(found, mention(whole.get(), field));
            if (!whole.get().classLevel()) {
                drugs.add(whole.get().conceptIri());
            }
            return true;
        }
        return scan(name, field, true, accept, drugs, found);
    }

    private boolean scan(String text, String field, Map<List<Object>, DrugMention> found) {
        return scan(text, field, false, h -> true, new java.util.HashSet<>(), found);
    }

    /** In a name, a drug in the same part as "placebo" is the placebo's ("Remdesivir placebo"), not the drug. */
    private boolean scan(String text, String field, boolean isName, java.util.function.Predicate<DrugHit> accept,
            Set<String> drugs, Map<List<Object>, DrugMention> found) {
        if (text == null || text.isBlank()) {
            return false;
        }
        boolean any = false;
        List<DrugHit> hits = hits(text);
        for (DrugHit h : hits) {
            if (!accept.test(h) || MentionContext.notGiven(text, h.start(), h.end()) || otherCompound(text, h, hits)
                    || isName && MentionContext.placebo(text, h.start(), h.end())) {
                continue;
            }
            add(found, mention(h, field));
            if (!h.classLevel()) {
                drugs.add(h.conceptIri());
            }
            any = true;
        }
        return any;
    }

    /** A drug named outside the interventions, whose confidence says so. */
    private void scanElsewhere(String text, String field, java.util.function.BiPredicate<String, DrugHit> kept,
            Map<List<Object>, DrugMention> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<DrugHit> hits = hits(text);
        for (DrugHit h : hits) {
            if (givenElsewhere(text, h, hits) && kept.test(text, h)) {
                add(found, mention(h, field, OUTSIDE_INTERVENTIONS));
            }
        }
    }

    /**
     * The drugs of a title joined to one the record already names by nothing but a list's separators and
     * conjunctions ("X, Y and Z", "X plus Y", "X/Y", "X (Y) combined with Z"), each link checked in turn so that a
     * list is followed to its end. Drugs a title names any other way stay out: read whole, the titles of the ICTRP
     * export add 58 concepts of which about half are wrong ("antiviral activity of", "interleukin-6 receptor
     * inhibitors", "iron chelator", "anti-interferon gamma"); "versus" is no link either, as a title's comparator is
     * often the standard of care.
     */
    private void coordinated(String text, String field, Map<List<Object>, DrugMention> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<DrugHit> hits = new ArrayList<>();
        List<DrugHit> all = hits(text);
        for (DrugHit h : all) {
            if (givenElsewhere(text, h, all)) {
                hits.add(h);
            }
        }
        hits.sort(java.util.Comparator.comparingInt(DrugHit::start));
        Set<String> known = new java.util.HashSet<>();
        found.values().forEach(m -> known.add(m.conceptIri()));
        boolean[] linked = new boolean[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            linked[i] = known.contains(hits.get(i).conceptIri());
        }
        // links run both ways: forward from a known drug, then back from any drug reached
        for (int i = 1; i < hits.size(); i++) {
            linked[i] |= linked[i - 1] && joins(text, hits.get(i - 1), hits.get(i));
        }
        for (int i = hits.size() - 2; i >= 0; i--) {
            linked[i] |= linked[i + 1] && joins(text, hits.get(i), hits.get(i + 1));
        }
        for (int i = 0; i < hits.size(); i++) {
            if (linked[i] && !known.contains(hits.get(i).conceptIri())) {
                add(found, mention(hits.get(i), field, OUTSIDE_INTERVENTIONS));
            }
        }
    }

    /** Whether a name of a title or summary stands for a drug the trial gives, by the words around it. */
    private static boolean givenElsewhere(String text, DrugHit h, List<DrugHit> hits) {
        return !MentionContext.notGivenElsewhere(text, h.start(), h.end()) && !otherCompound(text, h, hits)
                && !MentionContext.population(text, h);
    }

    /**
     * A hit that stands for another compound (a ligand or isotope of a labelled drug, a sex steroid for the
     * corticosteroid class, cells of a source the text does not name), the material of a capsule, a class that only
     * describes the drug named after it or qualifies an effect, a list's words read as one name, or a link of a
     * longer hyphenated name.
     */
    private static boolean otherCompound(String text, DrugHit h, List<DrugHit> hits) {
        return ingredientInBracket(text, h, hits) || MentionContext.labelled(text, h)
                || MentionContext.describesDrug(text, h, hits) || MentionContext.material(text, h)
                || MentionContext.sexSteroid(text, h)
                || MentionContext.bracketedLabel(text, h) || MentionContext.acrossList(h)
                || MentionContext.narrowerSource(text, h) || MeasuredSubstance.effect(text, h)
                || MentionContext.prefixed(text, h) || MentionContext.infectionChemotherapy(text, h)
                || MentionContext.oxidationState(text, h) || MentionContext.definedAsOther(text, h, hits)
                || MentionContext.withinHyphenated(text, h, hits);
    }

    // A product's contents in a bracket right after it: "Lopinavir-ritonavir tablets (each containing 200 mg of
    // lopinavir and 50 mg of ritonavir)".
    private static final java.util.regex.Pattern CONTENTS_OPEN = java.util.regex.Pattern.compile(
            "(?i)^[\\s\\p{L}]{0,20}\\(\\s*(?:each\\s+(?:\\p{L}+\\s+)?)?"
            + "(?:contain(?:s|ing)|consist(?:s|ing)\\s+of|composed\\s+of)\\b");

    /** Whether a drug stands in the bracket of contents that follows a combination product named before it. */
    private static boolean ingredientInBracket(String text, DrugHit h, List<DrugHit> hits) {
        for (DrugHit c : hits) {
            if (c.end() <= h.start() && c.label() != null && c.label().contains("/") && !c.classLevel()) {
                int open = text.indexOf('(', c.end());
                int close = open < 0 ? -1 : text.indexOf(')', open);
                if (open >= 0 && open < h.start() && close >= h.end()
                        && CONTENTS_OPEN.matcher(text.substring(c.end(), Math.min(text.length(), open + 40))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    // A class name, an abbreviation of it in brackets, and the words that make it one drug: "interferon (IFN)
    // alpha-2b". Only a bracket of one short word, so that "interferon (given weekly) alpha" is left alone.
    private static final java.util.regex.Pattern ABBREVIATION_THEN_WORD = java.util.regex.Pattern.compile(
            "^\\s*\\([\\p{L}\\d-]{1,8}\\)[\\s-]*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)");

    /**
     * The names of a text, each class name that an abbreviation in brackets interrupts taken with the word after the
     * bracket when the two make the name of one drug: "Recombinant human interferon (IFN) alpha-2b" is interferon
     * alfa-2b, not the class interferon. Only an exact match of a drug (no class, no guess) replaces the class.
     */
    private List<DrugHit> hits(String text) {
        List<DrugHit> hits = combinations(text, members(text, listed(text, lexicon.scan(text))));
        List<DrugHit> out = new ArrayList<>(hits.size());
        int taken = 0;
        for (DrugHit h : hits) {
            if (h.start() < taken) {
                continue; // within the name a class was taken on to: "IFN) alpha-2b" of "interferon (IFN) alpha-2b"
            }
            java.util.regex.Matcher m = ABBREVIATION_THEN_WORD.matcher(text.substring(h.end()));
            Optional<DrugHit> specific = !h.classLevel() || !m.find() ? Optional.empty()
                    : lexicon.lookup(h.text() + " " + m.group(1))
                            .filter(s -> !s.classLevel() && s.method() == DrugMention.Method.EXACT);
            if (specific.isPresent()) {
                DrugHit s = specific.get();
                int end = h.end() + m.end();
                out.add(new DrugHit(h.start(), end, text.substring(h.start(), end), s.conceptIri(), s.label(), false,
                        s.method(), s.confidence()));
                taken = end;
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * A combination matched across a comma is a list's last two drugs, not the product: "Indinavir, Lamivudine, and
     * Zidovudine" gives lamivudine and zidovudine, not lamivudine/zidovudine (whose name "lamivudine and zidovudine"
     * the scan reads across the comma). Each part is looked up alone; when one is no drug, the hit stays.
     */
    private List<DrugHit> listed(String text, List<DrugHit> hits) {
        List<DrugHit> out = new ArrayList<>(hits.size());
        for (DrugHit h : hits) {
            if (h.classLevel() || h.label() == null || !h.label().contains("/") || h.text().indexOf(',') < 0) {
                out.add(h);
                continue;
            }
            List<DrugHit> parts = new ArrayList<>();
            java.util.regex.Matcher m = LIST_PART.matcher(h.text());
            while (m.find()) {
                Optional<DrugHit> part = lexicon.lookup(m.group(1)).filter(p -> !p.classLevel());
                if (part.isEmpty()) {
                    parts.clear();
                    break;
                }
                DrugHit drug = part.get();
                int start = h.start() + m.start(1);
                parts.add(new DrugHit(start, start + m.group(1).length(), m.group(1), drug.conceptIri(), drug.label(),
                        false, drug.method(), drug.confidence()));
            }
            out.addAll(parts.size() >= 2 ? parts : List.of(h));
        }
        return out;
    }

    // One item of a list: the words between commas, without a leading "and" or "or".
    private static final java.util.regex.Pattern LIST_PART = java.util.regex.Pattern.compile(
            "(?:^|,)\\s*(?:(?:and|or)\\s+)?([^,]*[^,\\s])");

    // A drug's strength (and a short abbreviation) between it and the slash to the next drug of a fixed combination:
    // "Drospirenone (DRSP) 3 mg/Ethinylestradiol (EE) 20 µg".
    private static final java.util.regex.Pattern STRENGTH_SLASH = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\([\\p{L}\\d-]{1,8}\\)\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:mg|µg|mcg|ug|g|ml|iu)\\s*/\\s*");

    /**
     * The drugs of a fixed combination written each with its strength ("Drospirenone 3 mg/Ethinylestradiol 20 µg",
     * "Efavirenz 600 mg/emtricitabine 200 mg/tenofovir disoproxil fumarate 300 mg") are that combination, as
     * "Drospirenone/Ethinylestradiol" is, when the lexicon knows it: one drug given, not each on its own. The longest
     * run of such drugs the lexicon knows as one is taken.
     */
    private List<DrugHit> combinations(String text, List<DrugHit> hits) {
        List<DrugHit> out = new ArrayList<>(hits.size());
        int i = 0;
        while (i < hits.size()) {
            int last = i;
            while (last + 1 < hits.size() && joinedAsOne(text, hits.get(last), hits.get(last + 1))) {
                last++;
            }
            if (last == i && spacedPair(text, hits, i)) {
                last = i + 1;
            }
            // the longest run from i that the lexicon knows as one combination
            for (; last > i; last--) {
                Optional<DrugHit> combination = combination(hits.subList(i, last + 1));
                if (combination.isPresent()) {
                    DrugHit c = combination.get();
                    int start = hits.get(i).start();
                    int end = hits.get(last).end();
                    out.add(new DrugHit(start, end, text.substring(start, end), c.conceptIri(), c.label(), false,
                            c.method(), c.confidence()));
                    break;
                }
            }
            if (last == i) {
                out.add(hits.get(i));
            }
            i = last + 1;
        }
        return out;
    }

    // Two drugs written as one product: "Formoterol+Budesonide", "Ritonavir/Lopinavir", "abacavir-lamivudine",
    // "simvastatin (+) ezetimibe", "Sofosbuvir (SOF)/velpatasvir".
    private static final java.util.regex.Pattern PRODUCT_JOIN = java.util.regex.Pattern.compile(
            "\\s*(?:\\([\\p{L}\\d-]{1,8}\\)\\s*)?(?:[+/]|\\(\\+\\))\\s*|-");
    // Two drugs with nothing but spaces between ("Sulphadoxine pyrimethamine") are one product only as a pair: a
    // list written with spaces or one name a line ("rifampicin isoniazid pyrazinamide ethambutol") is not.
    private static final java.util.regex.Pattern SPACE_JOIN = java.util.regex.Pattern.compile("[ \\t]+");

    /**
     * The combination the lexicon knows by the drugs' names joined by slashes ("A/B/C"), if any, or by their
     * concepts' names in the order of the alphabet, as the generated lexicon names a combination: a combination is
     * written in any order and spelling ("Formoterol+Budesonide" is budesonide/formoterol, "sulphadoxine
     * pyrimethamine" is pyrimethamine/sulfadoxine).
     */
    private Optional<DrugHit> combination(List<DrugHit> drugs) {
        Optional<DrugHit> written = known(drugs.stream().map(DrugHit::text)
                .collect(java.util.stream.Collectors.joining("/")));
        if (written.isPresent() || drugs.stream().anyMatch(d -> d.label() == null)) {
            return written;
        }
        return known(drugs.stream().map(d -> d.label().toLowerCase(java.util.Locale.ROOT)).sorted()
                .collect(java.util.stream.Collectors.joining("/")));
    }

    private Optional<DrugHit> known(String names) {
        return lexicon.lookup(names).filter(c -> !c.classLevel() && c.label() != null && c.label().contains("/"));
    }

    /** Whether the drugs at {@code i} and {@code i + 1} are spaced apart, and neither is spaced from another. */
    private static boolean spacedPair(String text, List<DrugHit> hits, int i) {
        return i + 1 < hits.size() && spaced(text, hits, i) && (i == 0 || !spaced(text, hits, i - 1))
                && (i + 2 >= hits.size() || !spaced(text, hits, i + 1));
    }

    /** Whether the drugs at {@code k} and {@code k + 1}, neither a class, have nothing but spaces between them. */
    private static boolean spaced(String text, List<DrugHit> hits, int k) {
        DrugHit a = hits.get(k);
        DrugHit b = hits.get(k + 1);
        return !a.classLevel() && !b.classLevel() && b.start() > a.end()
                && SPACE_JOIN.matcher(text).region(a.end(), b.start()).matches();
    }

    /**
     * Whether two drugs, neither a class, are written as the parts of one product: "A 3 mg/B" (the first's strength,
     * then a slash), or joined by nothing but a plus, a slash or a hyphen.
     */
    private static boolean joinedAsOne(String text, DrugHit a, DrugHit b) {
        return !a.classLevel() && !b.classLevel() && b.start() >= a.end()
                && (STRENGTH_SLASH.matcher(text).region(a.end(), b.start()).matches()
                        || PRODUCT_JOIN.matcher(text).region(a.end(), b.start()).matches());
    }

    // A Greek letter or its Latin stand-in, with a member's number: "gamma", "a1ß", "alpha-2b", "β-1a"; or a letter
    // the registry's encoding lost, before a number ("IFN-?2b"), which names a member though not which.
    private static final java.util.regex.Pattern DESIGNATOR = java.util.regex.Pattern.compile(
            "(?i)(alpha|alfa|beta|gamma|[αβγ]|[abg?](?=-?\\d))(?:-?(\\d{1,2}[abcß]?))?");
    private static final java.util.regex.Pattern GREEK_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:alfa|beta|gamma)\\b");
    private static final java.util.regex.Pattern DESIGNATOR_AFTER = java.util.regex.Pattern.compile(
            "^[\\s-]+(" + DESIGNATOR.pattern() + ")(?![\\p{L}\\d-])");
    private static final java.util.regex.Pattern DESIGNATOR_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d-])(" + DESIGNATOR.pattern() + ")[\\s-]+$");

    /**
     * Each class name written with the letter of one of its members, before or after it ("gamma interferon",
     * "Recombinant human interferon a1ß", "Interferon Alpha"), is that member (interferon gamma, interferon alfa-1b,
     * or the narrower class interferon alfa) when the lexicon has it by its usual spelling, and is left out
     * otherwise: the text names one drug, not the class. A drug so written is the other drug it forms, if any:
     * "Beta Erythropoietin" is epoetin beta, not the epoetin alfa "Erythropoietin" alone stands for.
     */
    private List<DrugHit> members(String text, List<DrugHit> hits) {
        List<DrugHit> out = new ArrayList<>(hits.size());
        for (DrugHit h : hits) {
            java.util.regex.Matcher after = DESIGNATOR_AFTER.matcher(text.substring(h.end()));
            java.util.regex.Matcher before = DESIGNATOR_BEFORE.matcher(text.substring(Math.max(0, h.start() - 12),
                    h.start()));
            java.util.regex.Matcher m = after.find() ? after : before.find() ? before : null;
            if (m == null) {
                out.add(h);
                continue;
            }
            int start = m == after ? h.start() : h.start() - (Math.min(12, h.start()) - m.start());
            int end = m == after ? h.end() + m.end() : h.end();
            Optional<DrugHit> member = member(h.text(), h.label(), h.conceptIri(), m.group(2), m.group(3));
            if (member.isPresent()) {
                DrugHit s = member.get();
                out.add(new DrugHit(start, end, text.substring(start, end), s.conceptIri(), s.label(),
                        s.classLevel(), s.method(), s.confidence()));
            } else if (!h.classLevel()) {
                out.add(h); // a drug's name next to a letter of no other drug it forms stays itself
            }
        }
        return out;
    }

    /**
     * The drug a class name (as written, then by its concept's name: "IFN-alpha2a" is interferon alfa-2a) and a
     * member's letter and number name, by the usual spellings: "interferon alfa-2b".
     */
    private Optional<DrugHit> member(String className, String classLabel, String classIri, String letter,
            String number) {
        String greek = switch (letter.toLowerCase(java.util.Locale.ROOT)) {
            case "a", "α", "alpha", "alfa" -> "alfa";
            case "b", "β", "beta" -> "beta";
            case "?" -> null; // the letter is lost: some member, but not one to name
            default -> "gamma";
        };
        if (greek == null) {
            return Optional.empty();
        }
        String suffix = number == null ? "" : "-" + number.toLowerCase(java.util.Locale.ROOT).replace('ß', 'b');
        List<String> candidates = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(List.of(className,
                Objects.requireNonNullElse(classLabel, className)))) {
            candidates.addAll(List.of(name + " " + greek + suffix, name + " " + greek, name + "-" + greek + suffix));
        }
        // a drug named with another letter: "Beta Erythropoietin" is epoetin beta where "Erythropoietin" is alfa
        java.util.regex.Matcher own = GREEK_WORD.matcher(Objects.requireNonNullElse(classLabel, ""));
        if (own.find() && !own.group().equalsIgnoreCase(greek)) {
            candidates.add(own.replaceFirst(greek + suffix));
            candidates.add(own.replaceFirst(greek));
        }
        for (String candidate : candidates) {
            Optional<DrugHit> s = lexicon.lookup(candidate)
                    .filter(d -> d.method() == DrugMention.Method.EXACT && !d.conceptIri().equals(classIri));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "plus", "with", "combined", "or", "tablet", "tablets",
            "capsule", "capsules", "injection");

    /** Whether only separators and list words stand between two hits. */
    private static boolean joins(String text, DrugHit a, DrugHit b) {
        if (b.start() < a.end()) {
            return false;
        }
        String gap = text.substring(a.end(), b.start()).toLowerCase(java.util.Locale.ROOT);
        for (String w : gap.split("[\\s,;/+&()\\-]+")) {
            if (!w.isEmpty() && !LIST_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static DrugMention mention(DrugHit h, String field) {
        return mention(h, field, 1.0);
    }

    private static DrugMention mention(DrugHit h, String field, double factor) {
        return new DrugMention(h.text(), h.conceptIri(), h.label(), h.classLevel(), h.method(),
                h.confidence() * factor, new Span(field, h.start(), h.end()));
    }

    private static void add(Map<List<Object>, DrugMention> found, DrugMention m) {
        found.putIfAbsent(java.util.Arrays.asList(m.conceptIri(), m.text(), m.span().field()), m);
    }
}
