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
                found.add(p.group(1));
            }
        }
        for (String a : found) {
            String f = fold(a).replace(" ", "");
            if (f.length() >= 3 && !COMMON_ACRONYMS.contains(f) && f.chars().anyMatch(Character::isLetter)) {
                out.add(f);
            }
        }
        return out;
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
        for (String w : words) {
            if (ORG_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
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
