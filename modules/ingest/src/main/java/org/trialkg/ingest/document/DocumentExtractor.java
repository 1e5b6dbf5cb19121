package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Design;
import org.trialkg.model.RegistryId;

/**
 * Reads any trial document the same way, whatever its layout: sections from its own headings, then the registry
 * IDs (its own told apart from those it cites), title, phase, sponsor, design, enrollment, conditions and drugs.
 * Built once and shared; each call is independent.
 *
 * <pre>{@code
 * DocumentFacts facts = new DocumentExtractor(names).extract(text);
 * facts.investigational();      // the drugs the trial tests, each with its dose sentence
 * }</pre>
 */
final class DocumentExtractor {
    private static final Pattern OWN_ID_LABEL = Pattern.compile(
            "(?i)(?:registration\\s+(?:number|no\\.?)|nct\\s*(?:id|number|no\\.?|#)|trial\\s+(?:id|registration"
                    + "(?:\\s+number)?)|registry\\s+(?:id|number)|study\\s+id|identifier|clinicaltrials\\.gov\\s*"
                    + "(?:id|number|identifier|registration)?(?:\\s*\\(nct number\\))?|eudract\\s*(?:number|no\\.?)?"
                    + "|protocol\\s+(?:no\\.?|number)[^:]*|ctr\\s+number|注册号)\\s*[:#：]?\\s*(?:[\\w.-]+\\s*/\\s*)?$");
    private static final Pattern ENROLLMENT = Pattern.compile(
            "(?i)(?:enrol(?:l)?ment|target\\s+recruitment|sample\\s+size|number\\s+of\\s+(?:participants|subjects|"
                    + "patients))\\s*[:\\s]\\s*(?:approximately\\s+|about\\s+|up\\s+to\\s+)?(\\d[\\d,]*)|(?:approximately"
                    + "\\s+|about\\s+|a\\s+total\\s+of\\s+)?(\\d[\\d,]*)\\s+(?:participants|patients|subjects)\\s+"
                    + "(?:will\\s+be|were|are)\\s+(?:enrolled|randomi[sz]ed|recruited)");
    private static final Pattern TRIAL_WORDS = Pattern.compile("(?i)\\b(trial|study|studie|étude|estudo|estudio)\\b|试验|研究");
    private static final Pattern EUCTR_PHASE = Pattern.compile("(?m)\\(Phase (I{1,3}|IV)\\)\\s+Yes\\s*$");
    /** Who owns a cover page: "Property of Novartis", "© 2018 Boehringer Ingelheim International GmbH or ...". */
    private static final List<Pattern> OWNER = List.of(
            Pattern.compile("(?i)\\b(?:is the )?property of (?:the )?(\\p{Lu}[\\w&.'’ -]{2,70}?)(?:\\s+or\\s+(?:its|one)|\\s+and\\s+"
                    + "(?:is|should|may|must)|\\s*[.;,]|\\s*$)", Pattern.MULTILINE),
            Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?(\\p{Lu}[\\w&.'’ -]{2,70}?)(?:\\s+or one or more|"
                    + "\\s*[.,]?\\s*all rights|\\s*$)", Pattern.MULTILINE),
            Pattern.compile("(?im)^(?:sponsor organi[sz]ation name|name of (?:the )?sponsor)\\s+(\\p{Lu}.{2,100}?)"
                    + "(?:,?\\s+jointly|\\s*$)"),
            Pattern.compile("\\b(?:[Ss]ponsored by)\\s+(?:the\\s+)?(\\p{Lu}[\\w&.'’() -]{1,80}?)(?:\\s*[,.;]|\\s+and\\s|$)",
                    Pattern.MULTILINE),
            Pattern.compile("(?im)^prepared by:\\s*(\\p{Lu}.{2,80}?)\\s*$"),
            // A press release: "-- AbbVie (NYSE: ABBV) today announced", "Genentech, a member of the Roche Group
            // (SIX: RO), announced today", "Sichuan Kelun-Biotech Biopharmaceutical Co., Ltd (...) will present".
            Pattern.compile("(?:--|—|^)\\s*(?:[^,\\n]{0,40},\\s+)?(\\p{Lu}[\\w&'’-]*(?:[ ,.]+\\p{Lu}[\\w&'’.-]*){0,6})"
                    + "(?:,\\s+a\\s+(?:member|subsidiary)\\s+of\\s+[^,(]+)?\\s*(?:[(（][^)）]*[)）]\\s*)*,?\\s+(?:today\\s+)?"
                    + "(?:announced|announces|will present|presented|reported)\\b", Pattern.MULTILINE),
            Pattern.compile("([\\p{IsHan}]{2,20})\\s*[(（]\\d{4,6}[)）]\\s*(?:宣布|公布|发布)"));
    /** A release's title naming its company first: "Caliway Announces CBL-514 ...". */
    private static final Pattern TITLE_COMPANY = Pattern.compile(
            "^(\\p{Lu}[\\w&.'’-]*(?:\\s+\\p{Lu}[\\w&.'’-]*){0,4})\\s+(?:Announces|Reports|Presents|Receives)\\b");
    /** Words of a sentence, not of an organisation's name. */
    private static final Pattern VERBS = Pattern.compile(
            "(?i)\\b(?:will|must|shall|should|is|are|be|has|have|may|retain|provide|contact|responsible)\\b");
    /** Word processors' bookmark names that PDF text keeps before a cell: "19BSponsor: 20BMyoKardia, Inc.". */
    private static final Pattern BOOKMARK = Pattern.compile("(?<![\\w])\\d{1,2}B(?=\\p{Lu})");
    private static final Pattern BOOKMARK_LINE = Pattern.compile("(?m)^\\s*\\d{1,2}B\\p{Lu}");
    /** An ID given as the study's own in prose: "the CBL-0205 Phase 2b study (NCT06005441)". */
    private static final Pattern STUDY_ID = Pattern.compile("(?i)\\b(?:study|trial|研究|试验)\\s*[(（]\\s*"
            + "(?:ClinicalTrials\\.gov\\s*[:：]?\\s*)?([A-Za-z]{2,8}[-\\d]{6,16})\\s*[)）]");
    private static final Pattern LEGAL_END = Pattern.compile("(?i)\\b(?:inc|ltd|co|corp|s\\.a|b\\.v|k\\.k)\\.$");
    private static final Pattern LEGAL = Pattern.compile(
            "(?i)\\b(?:inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|company|plc|s\\.?a|b\\.?v|k\\.?k)\\b\\.?");
    private static final Pattern SPONSOR_NOISE = Pattern.compile(
            "(?i)\\s*(?:\\(hereafter.*|\\d{2,}.*|,?\\s*(?:one|1000|\\d+)\\s+\\w+\\s+(?:drive|road|street|parkway|"
                    + "boulevard|avenue).*|tel[.:].*|phone.*)$");
    // The cover page and synopsis: values read there are the document's own; later ones may be another trial's.
    private static final int FRONT = 20_000;
    private static final int OWN_ID_LINES = 40;
    private static final int MAX_SPONSOR = 120;

    private final DrugNames names;

    DocumentExtractor(DrugNames names) {
        this.names = Objects.requireNonNull(names, "drug names");
    }

    DocumentFacts extract(String text) {
        return extract(text, Long.MAX_VALUE);
    }

    /**
     * Reads the text; the drug dictionary scans it part by part until {@code deadline} ({@link System#nanoTime}),
     * the cover and the investigational-product sections first.
     */
    DocumentFacts extract(String raw, long deadline) {
        return extract(raw, java.util.Set.of(), deadline);
    }

    /** As {@link #extract(String, long)}, with the headings the document's structure marks ({@link PageText#headings}). */
    DocumentFacts extract(String raw, java.util.Set<String> headings, long deadline) {
        String text = withoutBookmarks(raw);
        DocumentSections sections = DocumentSections.parse(text, headings);
        DocumentFacts.Found<String> title = DocumentTitle.find(text, sections);
        RegistryId own = ownId(text, sections, title);
        List<RegistryId> related = new ArrayList<>();
        for (RegistryId id : RegistryId.findAll(text)) {
            if (!id.equals(own) && !related.contains(id)) {
                related.add(id);
            }
        }
        DocumentFacts.Found<String> sponsor = sponsor(text, sections, title);
        return new DocumentFacts(own, related, title, phases(text, sections, title), sponsor,
                collaborators(sections, sponsor), design(front(text)), enrollment(front(text)), conditions(sections),
                DocumentCountries.find(text, sections, own), DocumentDrugs.find(text, sections, title, names, deadline), sections);
    }

    /** Blanks bookmark names out (same length, so that spans stay true) when a text has several. */
    private static String withoutBookmarks(String text) {
        Matcher lines = BOOKMARK_LINE.matcher(text);
        int n = 0;
        while (n < 3 && lines.find()) {
            n++;
        }
        if (n < 3) {
            return text;
        }
        Matcher m = BOOKMARK.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the text reads as being about one trial at all (the generic layout's gate when no ID is found). */
    static boolean aboutTrial(String text, DocumentFacts facts) {
        return TRIAL_WORDS.matcher(text).find() && (facts.phases() != null || facts.enrollment() != null
                || facts.sponsor() != null || !facts.investigational().isEmpty());
    }

    private static String front(String text) {
        return text.length() > FRONT ? text.substring(0, FRONT) : text;
    }

    /**
     * The document's own ID: one in its title, on a line of its own or after an ID label on the cover page, or
     * after an ID label anywhere. A ClinicalTrials.gov ID is preferred to another registry's on the same cover.
     */
    private static RegistryId ownId(String text, DocumentSections sections, DocumentFacts.Found<String> title) {
        List<DocumentSections.Line> lines = sections.lines();
        RegistryId labelledOther = null;
        RegistryId aloneNct = null;
        RegistryId aloneOther = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            List<RegistryId> ids = RegistryId.findAll(line);
            if (ids.isEmpty()) {
                continue;
            }
            RegistryId id = ids.get(0);
            int at = line.toLowerCase(Locale.ROOT).indexOf(id.value().toLowerCase(Locale.ROOT));
            String before = line.substring(0, Math.max(at, 0));
            boolean labelled = OWN_ID_LABEL.matcher(before).find()
                    || (i > 0 && OWN_ID_LABEL.matcher(lines.get(i - 1).text()).find()) && before.isBlank();
            boolean alone = i < OWN_ID_LINES && before.replaceAll("[\\W_]+", "").length() <= 12 && line.length() < 80;
            boolean nct = id.value().startsWith("NCT");
            if (labelled && nct) {
                return id;
            }
            if (labelled && labelledOther == null) {
                labelledOther = id;
            }
            if (alone && nct && aloneNct == null) {
                aloneNct = id;
            }
            if (alone && !nct && aloneOther == null) {
                aloneOther = id;
            }
        }
        if (aloneNct != null) {
            return aloneNct;
        }
        if (labelledOther != null) {
            return labelledOther;
        }
        if (title != null && !RegistryId.findAll(title.value()).isEmpty()) {
            return RegistryId.findAll(title.value()).get(0);
        }
        if (aloneOther != null) {
            return aloneOther;
        }
        // A study given its ID in prose, when the document gives no other ID that way.
        Matcher m = STUDY_ID.matcher(text);
        RegistryId given = null;
        while (m.find()) {
            RegistryId id = RegistryId.parse(m.group(1)).orElse(null);
            if (id != null && given != null && !id.equals(given)) {
                return null;
            }
            given = id == null ? given : id;
        }
        return given;
    }

    /**
     * The phase: as the title states it, else a phase label or section ("Clinical Phase: III", "Phase\nPhase 1"),
     * else the EU register's ticked phase, else the sentence that says this study's phase, else the first phase
     * written on the cover.
     */
    private static DocumentFacts.Found<List<String>> phases(String text, DocumentSections sections,
            DocumentFacts.Found<String> title) {
        if (title != null) {
            List<String> p = PhaseText.fromWords(title.value());
            if (!p.isEmpty()) {
                return new DocumentFacts.Found<>(p, HeadingField.TITLE, title.start(), title.end());
            }
        }
        for (DocumentSections.Value v : sections.values(HeadingField.PHASE)) {
            List<String> p = PhaseText.fromWords("phase " + v.value().replaceFirst("(?i)^phase\\s*", ""));
            if (!p.isEmpty() && v.value().length() < 40) {
                return new DocumentFacts.Found<>(p, HeadingField.PHASE, v.start(), v.end());
            }
        }
        Matcher eu = EUCTR_PHASE.matcher(text);
        if (eu.find()) {
            return new DocumentFacts.Found<>(PhaseText.fromWords("phase " + eu.group(1)), null, eu.start(), eu.end());
        }
        String front = front(text);
        List<String> prose = PhaseText.fromProse(front);
        if (!prose.isEmpty()) {
            return new DocumentFacts.Found<>(prose, null, 0, 0);
        }
        List<String> first = PhaseText.fromWords(front);
        return first.isEmpty() ? null : new DocumentFacts.Found<>(first, null, 0, 0);
    }

    /**
     * The lead sponsor: a sponsor label's value on the cover or synopsis, else the owner the cover names ("Property
     * of Novartis", a copyright line, "sponsored by NIAID", a statistical analysis plan's "Prepared by:").
     */
    private static DocumentFacts.Found<String> sponsor(String text, DocumentSections sections,
            DocumentFacts.Found<String> title) {
        for (DocumentSections.Value v : sections.values(HeadingField.SPONSOR)) {
            if (v.start() > FRONT) {
                break;
            }
            String name = organisation(v.value());
            if (name != null) {
                return new DocumentFacts.Found<>(name, HeadingField.SPONSOR, v.start(), v.start() + name.length());
            }
        }
        if (title != null) {
            Matcher t = TITLE_COMPANY.matcher(title.value().replaceFirst("^\"", ""));
            if (t.find()) {
                return new DocumentFacts.Found<>(t.group(1), HeadingField.TITLE, title.start(), title.end());
            }
        }
        String front = front(text);
        for (Pattern p : OWNER) {
            Matcher m = p.matcher(front);
            if (m.find()) {
                String name = m.group(1).strip().replaceAll("[\\s,;:]+$", "");
                return new DocumentFacts.Found<>(name, HeadingField.SPONSOR, m.start(1), m.start(1) + name.length());
            }
        }
        return null;
    }

    /** A sponsor name folded for comparison: lower case, legal form words and punctuation dropped. */
    /** A label's value as an organisation's name, without "by", "the" and noise around it; null when it is none. */
    private static String organisation(String value) {
        String name = SPONSOR_NOISE.matcher(value).replaceFirst("").replaceAll("[\\s,;:]+$", "").strip();
        name = name.replaceFirst("(?i)^(?:by|the)\\s+", "");
        if (name.length() >= 2 && name.length() <= MAX_SPONSOR && !name.matches("(?i)n/?a|none|-+|_+.*")
                && Character.isLetter(name.codePointAt(0)) && !VERBS.matcher(name).find()) {
            return name.endsWith(".") && !LEGAL_END.matcher(name).find() ? name.substring(0, name.length() - 1)
                    : name;
        }
        return null;
    }

    /**
     * The collaborators a collaborator label names ("Collaborators", "Secondary sponsor", an EU register's "Name of
     * organisation providing support"), each once and none that is the lead sponsor.
     */
    private static List<DocumentFacts.Found<String>> collaborators(DocumentSections sections,
            DocumentFacts.Found<String> lead) {
        List<DocumentFacts.Found<String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (lead != null) {
            seen.add(foldOrganisation(lead.value()));
        }
        for (DocumentSections.Value v : sections.values(HeadingField.COLLABORATOR)) {
            String name = organisation(v.value());
            if (name != null && !foldOrganisation(name).isEmpty() && seen.add(foldOrganisation(name))) {
                out.add(new DocumentFacts.Found<>(name, HeadingField.COLLABORATOR, v.start(),
                        v.start() + name.length()));
            }
        }
        return out;
    }

    static String foldOrganisation(String name) {
        return LEGAL.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static Design design(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String allocation = t.matches("(?s).*\\bnon-?\\s?randomi[sz]ed\\b.*") ? "NON_RANDOMIZED"
                : t.matches("(?s).*\\brandomi[sz]ed\\b.*") ? "RANDOMIZED" : null;
        String masking = t.matches("(?s).*\\b(?:quadruple)[- ]blind.*") ? "QUADRUPLE"
                : t.matches("(?s).*\\btriple[- ]blind.*") ? "TRIPLE"
                : t.matches("(?s).*\\bdouble[- ]blind.*") ? "DOUBLE"
                : t.matches("(?s).*\\bsingle[- ]blind.*") ? "SINGLE"
                : t.matches("(?s).*\\bopen[- ]label.*") ? "NONE" : null;
        String model = t.matches("(?s).*\\bcross-?over\\b.*") ? "CROSSOVER"
                : t.matches("(?s).*\\bfactorial\\b.*") ? "FACTORIAL"
                : t.matches("(?s).*\\bparallel[- ](?:group|arm|assignment|design|controlled).*") ? "PARALLEL"
                : t.matches("(?s).*\\b(?:single[- ]arm|single[- ]group)\\b.*") ? "SINGLE_GROUP" : null;
        return new Design(allocation, model, null, masking);
    }

    private static Integer enrollment(String text) {
        Matcher m = ENROLLMENT.matcher(text);
        if (!m.find()) {
            return null;
        }
        return EnumText.firstInteger(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static List<DocumentFacts.Found<String>> conditions(DocumentSections sections) {
        List<DocumentFacts.Found<String>> out = new ArrayList<>();
        for (DocumentSections.Value v : sections.values(HeadingField.CONDITION)) {
            if (v.start() > FRONT) {
                break;
            }
            String c = v.value().replaceAll("\\s+", " ").strip();
            if (c.length() >= 3 && c.length() <= 150 && !c.endsWith(":") && !c.endsWith(".")
                    && RegistryId.findAll(c).isEmpty()) {
                out.add(new DocumentFacts.Found<>(c, HeadingField.CONDITION, v.start(), v.end()));
                break;
            }
        }
        return out;
    }
}
