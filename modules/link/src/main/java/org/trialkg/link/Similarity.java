package org.trialkg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Token sets and their overlap, for comparing titles, sponsor names and conditions across registries. */
final class Similarity {
    // Words every trial title has; they say nothing about which trial it is.
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "or", "to",
            "with", "without", "by", "at", "as", "from", "versus", "vs", "study", "trial", "clinical", "randomized",
            "randomised", "controlled", "phase", "multicenter", "multicentre", "open", "label", "double", "blind",
            "single", "center", "centre", "placebo", "efficacy", "safety", "evaluate", "evaluating", "evaluation",
            "effect", "effects", "patients", "patient", "treatment", "pilot", "prospective", "observational", "de",
            "la", "et", "des", "le", "les", "und", "der", "die", "das", "is", "are", "be", "its", "their", "who",
            "which", "that", "this", "after", "during", "into", "between", "among", "using", "use", "based", "vs.",
            "study's", "university", "hospital", "medical", "inc", "ltd", "co", "llc", "corporation", "company",
            "gmbh", "sa", "ag", "limited", "affiliated", "first", "people's", "peoples", "school", "college");

    // Registry IDs as trials write them: NCT, EudraCT, ChiCTR, ISRCTN, DRKS, IRCT, CTRI, ANZCTR. CTRI's slashes
    // become hyphens, as in its trial IRIs.
    private static final Pattern REGISTRY_ID = Pattern.compile("(?i)\\b(NCT\\d{8}|\\d{4}-\\d{6}-\\d{2}"
            + "|ChiCTR-?[A-Z]{0,4}-?\\d{8,10}|ISRCTN\\d{8}|DRKS\\d{8}|IRCT\\d{8,}N\\d+|CTRI[/-]\\d{4}[/-]\\d{2,3}[/-]\\d{5,6}"
            + "|ACTRN\\d{14})\\b");
    // A title's acronym: the part after the last " - " of an EU CTR title, or a parenthesised word ("(CovidSurg)",
    // "(SCOPe Study)"); a few letters and digits, at most 30 characters.
    private static final Pattern DASH_ACRONYM = Pattern.compile(" - ([\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{1,29})\\s*$");
    private static final Pattern PAREN_ACRONYM = Pattern.compile("\\(([\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{2,29})"
            + "(?: (?:study|trial|Study|Trial))?\\)");
    // Acronyms that name the disease or a common measure, not a trial.
    private static final Set<String> COMMON_ACRONYMS = Set.of("covid", "covid19", "sarscov2", "ncov", "2019ncov",
            "ards", "icu", "who", "rct", "pcr", "rtpcr", "ct", "hcq", "sars", "mers", "ii", "iii", "iv");
    // Words of an organisation's name: a sponsor without any, of two to four words, is taken for a person.
    private static final Set<String> ORG_WORDS = Set.of("university", "universita", "universidad", "universite",
            "universitat", "hospital", "hopital", "hospitalier", "institute", "institut", "instituto", "istituto",
            "center", "centre", "centro", "foundation", "fondation", "fundacion", "fondazione", "ltd", "limited",
            "inc", "llc", "gmbh", "ag", "sa", "sas", "spa", "srl", "bv", "nv", "plc", "corporation", "corp", "company",
            "college", "ministry", "council", "pharma", "pharmaceutical", "pharmaceuticals", "laboratories",
            "laboratory", "clinic", "clinics", "clinica", "health", "healthcare", "medical", "school", "trust", "nhs",
            "department", "group", "association", "society", "organization", "organisation", "agency", "research",
            "sciences", "science", "network", "consortium", "service", "services", "unit", "assistance", "publique",
            "hospitals", "cancer", "national", "federal", "government", "who", "world", "academy", "biotech", "bio",
            "therapeutics", "biosciences", "medicine", "faculty", "universitario", "ospedale", "hospices", "chu");
    private static final Pattern PERSON_TITLE = Pattern.compile("(?i)^(dr|prof|professor|mr|mrs|ms|md)\\b.*");

    private Similarity() {
    }

    /** Registry IDs written in a text, upper-cased, CTRI's slashes as hyphens; an EudraCT number alone. */
    static Set<String> registryIds(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = REGISTRY_ID.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toUpperCase(Locale.ROOT).replace('/', '-'));
        }
        return out;
    }

    /** Folded for comparing whole titles: letters and digits only, lower case, accents dropped, one space. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return american(s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }

    /** The title without its acronym parts (a trailing " - ACRONYM", parenthesised words), folded. */
    static String foldWithoutAcronym(String title) {
        String s = title.strip();
        for (int i = 0; i < 3; i++) { // EU CTR titles may carry the acronym twice: "... - X - X"
            Matcher m = DASH_ACRONYM.matcher(s);
            if (!m.find()) {
                break;
            }
            s = s.substring(0, m.start());
        }
        return fold(PAREN_ACRONYM.matcher(s).replaceAll(" "));
    }

    /**
     * The titles, and the head of each that ends with another of them joined by a dash: an EU CTR record's scientific
     * title is its full title and its public title in one ("A Phase III ... in Immunocompromised Subjects - STOP PIV -
     * Phase III DAS181 Lower Tract PIV Infection in Immunocompromised Subjects"), while another registry gives the full
     * title alone.
     */
    static List<String> withJoinedTitlesSplit(List<String> titles) {
        List<String> out = new ArrayList<>(titles);
        for (String t : titles) {
            String whole = t.strip();
            for (String other : titles) {
                String tail = other.strip();
                int head = whole.length() - tail.length();
                if (tail.length() >= 20 && head > 20
                        && whole.regionMatches(true, head, tail, 0, tail.length())) {
                    String rest = whole.substring(0, head).strip();
                    if (rest.endsWith("-") || rest.endsWith(":")) {
                        out.add(rest.substring(0, rest.length() - 1).strip());
                    }
                }
            }
        }
        return out;
    }

    /** Acronyms given, and those written into titles; folded, common ones (COVID-19, ARDS) left out. */
    static Set<String> acronyms(List<String> given, List<String> titles) {
        Set<String> out = new LinkedHashSet<>();
        List<String> found = new ArrayList<>(given);
        for (String t : titles) {
            Matcher d = DASH_ACRONYM.matcher(t.strip());
            if (d.find()) {
                found.add(d.group(1));
            }
            Matcher p = PAREN_ACRONYM.matcher(t);
            while (p.find()) {
                if (!spelledOutBefore(p.group(1), t.substring(0, p.start()))) {
                    found.add(p.group(1));
                }
            }
        }
        for (String a : found) {
            // "ACTT-II" and "ACTT-2", "Coalition I" and "Coalition 1": a trailing Roman numeral as a number
            String f = ROMAN_END.matcher(fold(a)).replaceAll(r -> switch (r.group(1)) {
                case "i" -> " 1";
                case "ii" -> " 2";
                case "iii" -> " 3";
                default -> " 4";
            }).replace(" ", "");
            if (f.length() >= 3 && !COMMON_ACRONYMS.contains(f) && f.chars().anyMatch(Character::isLetter)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether an abbreviation in parentheses is spelt out by the words right before it: "Standard Medical Treatment
     * (SMT)" defines a term of the title, not the trial's acronym, and two sponsors' trials share such terms (a
     * Prolastin and an immunoglobulin trial of one company both compare with "SMT"). A trial's acronym is seldom the
     * initials of the words it follows ("Colchicine Coronavirus SARS-CoV2 Trial (COLCORONA)").
     */
    static boolean spelledOutBefore(String abbreviation, String before) {
        String letters = abbreviation.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String[] words = before.strip().split("[\\s/-]+");
        if (letters.length() < 2 || letters.length() > words.length || !abbreviation.equals(abbreviation
                .toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - letters.length(); i < words.length; i++) {
            if (words[i].isEmpty()) {
                return false;
            }
            initials.append(Character.toLowerCase(words[i].charAt(0)));
        }
        return initials.toString().equals(letters);
    }

    private static final Pattern ROMAN_END = Pattern.compile(" (i|ii|iii|iv)$");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\p{N}]+(?:-[\\p{Lu}\\p{N}]+)*\\b");
    private static final Pattern ACRONYM_AFFIX = Pattern.compile("^who|(trial|study|covid19|covid|19)$");

    /**
     * Acronyms without what trials add to them: a leading "WHO", a trailing "trial", "study" or "COVID-19"
     * ({@code solidaritytrial} and {@code colcoronacovid19} give {@code solidarity} and {@code colcorona}).
     */
    static Set<String> coreAcronyms(Set<String> acronyms) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : acronyms) {
            String s = a;
            for (int i = 0; i < 3; i++) {
                String t = ACRONYM_AFFIX.matcher(s).replaceAll("");
                if (t.equals(s)) {
                    break;
                }
                s = t;
            }
            if (s.length() >= 3 && !COMMON_ACRONYMS.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Words written in capitals in titles ("SOLIDARITY", "WHO-SOLIDARITY-GERMANY"), folded, as core acronyms. */
    static Set<String> capitalWords(List<String> titles) {
        Set<String> found = new LinkedHashSet<>();
        for (String t : titles) {
            long upper = t.chars().filter(Character::isUpperCase).count();
            long lower = t.chars().filter(Character::isLowerCase).count();
            if (upper > lower) {
                continue; // a title all in capitals has no word written as an acronym
            }
            Matcher m = CAPITAL_WORD.matcher(t);
            while (m.find()) {
                found.add(fold(m.group()).replace(" ", ""));
                // "WHO-SOLIDARITY-GERMANY" holds "SOLIDARITY"
                for (String part : m.group().split("-")) {
                    found.add(fold(part));
                }
            }
        }
        return coreAcronyms(found);
    }

    /**
     * Whether a sponsor name is a person's ("Dr Sameer Malhotra", "Pinhua Pan"): a title such as Dr or Prof, or two
     * to four words none of which names an organisation.
     */
    static boolean isPerson(String name) {
        if (PERSON_TITLE.matcher(name.strip()).matches()) {
            return true;
        }
        String[] words = fold(name).split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        if (COMPANY_FORM.matcher(name.strip()).find()) {
            return false;
        }
        for (String w : words) {
            if (ORG_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            for (String stem : ORG_STEMS) {
                if (w.contains(stem)) {
                    return false;
                }
            }
        }
        return true;
    }

    // Parts of compound organisation words no person's name holds ("Universitätsklinikum", "gGmbH", "UMC")
    private static final List<String> ORG_STEMS = List.of("universit", "klinik", "hospit", "institu", "pharma",
            "clinic", "zentrum", "ziekenhuis", "sjukhus", "ospedal", "gmbh", "umc", "biotec", "therapeut", "terapia",
            "foundation", "fundac", "stiftung", "ministr", "council");
    // A company's legal form at the end of its name ("CITOSPIN S.L.", "Acerta Pharma B.V.")
    private static final Pattern COMPANY_FORM = Pattern.compile(
            "(?i)\\b(S\\.\\s?L\\.?U?|S\\.\\s?A\\.?|S\\.R\\.L\\.?|B\\.V\\.?|N\\.V\\.?|K\\.K\\.?|Co\\.)\\s*$");

    // Words around a person's name in a contact field: degrees, titles, and what a name is not ("Medical Monitor",
    // "Central Contact", "Clinical Trial Call Center"): a part holding one of the last is not a person.
    private static final Set<String> NAME_TITLES = Set.of("dr", "prof", "professor", "md", "phd", "mph", "msc", "bsc",
            "mbbs", "ms", "mr", "mrs", "miss", "doctor", "pharm", "pharmd", "fcps", "frcp", "rn", "univ", "med", "b",
            "sc", "m", "d", "ph", "mba", "do", "dds", "pd", "priv", "doz", "assoc", "assistant", "associate");
    private static final Set<String> NOT_NAME = Set.of("monitor", "contact", "center", "centre", "call",
            "information", "investigator", "department", "dept", "division", "unit", "office", "team", "desk", "clinical",
            "trial", "trials", "study", "medical", "director", "services", "research", "institute", "institut",
            "hospital", "university", "pharmacology", "pharmacological", "affairs", "transparency", "disclosure",
            "general", "sponsor", "cro", "regulatory", "infectious", "diseases", "gmbh", "ltd", "inc", "chief",
            "public", "health", "scientific", "for", "of", "and", "the");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[;/]|,(?=\\s*\\p{Lu}\\p{Ll}+\\s+\\p{L})|\\band\\b");

    /**
     * The people a contact or investigator field names, each as its folded words in alphabetical order without
     * degrees and titles ("Zhu Fengcai" and "Fengcai Zhu, MD" are both {@code fengcai zhu}); a name needs two words
     * of two letters or more. Registries list several people in one field ("; Zhu Fengcai;Guan Xuhua") and write a
     * name in either order.
     */
    static Set<String> personNames(String field) {
        Set<String> out = new LinkedHashSet<>();
        if (field == null) {
            return out;
        }
        for (String part : NAME_SEPARATORS.split(field)) {
            // "Lorenzo Berra, MD": what follows a comma is a degree unless it looks like another name
            String[] words = fold(part.replaceAll("^\\s*(?:Dr|DR|Prof|PROF)(?=\\p{Lu}\\p{Ll})", "")).split(" ");
            List<String> kept = new ArrayList<>();
            boolean person = true;
            for (String w : words) {
                if (NOT_NAME.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                    person = false;
                } else if (w.length() >= 2 && !NAME_TITLES.contains(w)) {
                    kept.add(w);
                }
            }
            if (person && kept.size() >= 2 && kept.size() <= 4) {
                kept.sort(null);
                out.add(String.join(" ", kept));
            }
        }
        return out;
    }

    /** Folded words of at least two characters, stop words removed; each CJK character is a word of its own. */
    static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                flush(w, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else {
                flush(w, out);
            }
        }
        flush(w, out);
        return out;
    }

    static Set<String> tokens(Collection<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        texts.forEach(t -> out.addAll(tokens(t)));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    /** Shared words over the smaller set: an acronym-free short title inside a long one still scores. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / Math.min(a.size(), b.size());
    }

    private static void flush(StringBuilder w, Set<String> out) {
        if (w.length() >= 2) {
            String word = american(w.toString());
            if (!STOP.contains(word)) {
                out.add(word);
            }
        }
        w.setLength(0);
    }

    // British -ise spellings ("randomised", "hospitalisation") as American -ize: registries write either.
    private static final Pattern ISE = Pattern.compile("(?<=\\p{L}{4})is(e|ed|es|ing|ation|ations)\\b");

    static String american(String folded) {
        return folded.indexOf("is") < 0 ? folded : ISE.matcher(folded).replaceAll("iz$1");
    }
}
