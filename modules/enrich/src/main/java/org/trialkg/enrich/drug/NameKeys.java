package org.trialkg.enrich.drug;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How drug names are folded into lookup keys: case, accents, separators, salt and dosage-form words. */
final class NameKeys {
    /** Salt and hydrate words that name the same active moiety: "irinotecan hydrochloride" is irinotecan. */
    static final Set<String> SALT_WORDS = Set.of("hydrochloride", "dihydrochloride", "hcl", "hydrobromide",
            "sodium", "disodium", "potassium", "calcium", "magnesium", "mesylate", "mesilate", "dimesylate",
            "maleate", "dimaleate", "malate", "tosylate", "citrate", "sulfate", "sulphate", "phosphate", "acetate",
            "tartrate", "bitartrate", "besylate", "besilate", "fumarate", "succinate", "bromide", "lactate",
            "monohydrate", "trihydrate", "hydrate", "anhydrous", "dimeglumine", "meglumine");
    /**
     * Cations whose salts are given for their other ion: "potassium phosphate" and "sodium citrate" are phosphate and
     * citrate, not potassium or sodium; "magnesium sulfate" is magnesium.
     */
    private static final Set<String> CARRIER_CATIONS = Set.of("sodium", "potassium", "disodium");
    /** Dosage-form words trailing a name: "Loperamide Hydrochloride Capsules", "paclitaxel for injection". */
    static final Set<String> FORM_WORDS = Set.of("injection", "injections", "injectable", "for", "tablet",
            "tablets", "capsule", "capsules", "solution", "infusion", "powder", "concentrate", "granules",
            "suspension", "tm");

    private NameKeys() {
    }

    /** NFKC (full-width punctuation to ASCII), accents removed, lower case, trademark signs dropped. */
    static String fold(String s) {
        if (isAscii(s)) {
            // nothing for the normal forms, marks or signs to change: most names of most records
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        return greekSpelt(n.toLowerCase(Locale.ROOT).replace('®', ' ').replace('™', ' '));
    }

    // Greek letters of drug names, as the vocabularies spell them: "IFN-α2b" is "IFN-alpha2b", "β-blocker" a beta
    // blocker. Not mu: "µg" is a unit.
    private static final String GREEK = "αβγδεκλω";
    private static final String[] GREEK_SPELT = {"alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda",
        "omega"};

    private static String greekSpelt(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            int g = GREEK.indexOf(s.charAt(i));
            if (g >= 0 && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (g >= 0) {
                    b.append(GREEK_SPELT[g]);
                } else {
                    b.append(s.charAt(i));
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The name folded, with spacing collapsed and trailing salt and form words removed; punctuation is kept. */
    static String strict(String name) {
        List<String> words = new ArrayList<>(List.of(SPACES.split(whole(name))));
        while (words.size() > 1 && isStrippable(trimPunct(words.get(words.size() - 1))) && !ionOfCation(words)) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The name folded, with spacing collapsed; salt and form words are kept. */
    static String whole(String name) {
        return String.join(" ", SPACES.split(fold(name).strip()));
    }

    /** The strict key with every character that is not a letter or digit removed: JS-001, JS 001 become js001. */
    static String loose(String name) {
        return lettersAndDigits(strict(name));
    }

    /** Letters and digits of a folded token sequence; the words of a name as the scanner sees them. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : NOT_WORD.split(fold(name))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        while (out.size() > 1 && isStrippable(out.get(out.size() - 1)) && !ionOfCation(out)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Whether two words are a salt of a cation given for its other ion ("potassium phosphate"). */
    private static boolean ionOfCation(List<String> words) {
        return words.size() == 2 && CARRIER_CATIONS.contains(trimPunct(words.get(0)))
                && SALT_WORDS.contains(trimPunct(words.get(1)));
    }

    /** The words of a name as the scanner sees them, salt and form words included. */
    static List<String> allTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : NOT_WORD.split(fold(name))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isStrippable(String word) {
        return SALT_WORDS.contains(word) || FORM_WORDS.contains(word);
    }

    static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    static int letterCount(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A research code: letters and digits together, such as js001, shr1210, bgba317. */
    static boolean isCodeLike(String looseKey) {
        return hasDigit(looseKey) && looseKey.chars().anyMatch(Character::isLetter);
    }

    /** js001 -> [js, 001]; shra1921 -> [shra, 1921]: a code written with a space at a letter-digit boundary. */
    static List<String> splitLetterDigit(String looseKey) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < looseKey.length(); i++) {
            if (Character.isDigit(looseKey.charAt(i)) != Character.isDigit(looseKey.charAt(i - 1))) {
                out.add(looseKey.substring(start, i));
                start = i;
            }
        }
        out.add(looseKey.substring(start));
        return out;
    }

    /** Optimal-string-alignment distance, capped at max + 1 ({@link org.trialkg.model.EditDistance}). */
    static int distance(String a, String b, int max) {
        return org.trialkg.model.EditDistance.osa(a, b, max);
    }

    private static String trimPunct(String w) {
        return EDGE_PUNCT.matcher(w).replaceAll("");
    }
}
