package org.trialkg.enrich.drug;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a drug name to tell a drug given from a name used for something else: a placebo made to
 * match the drug ("Remdesivir placebo", "Matching placebo (gantenerumab)") or a level measured ("plasma levels of
 * folate", "tacrolimus trough levels").
 */
final class MentionContext {
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\bplacebos?\\b");
    // The words that join the parts of a combination: "donepezil + placebo" is donepezil and a placebo.
    private static final Pattern JOINER = Pattern.compile("(?i)[+;,&]|\\b(?:and|or|plus|with|vs|versus)\\b");
    private static final Pattern MEASURED_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:levels?|concentrations?)\\s+of|\\bserum|\\bplasma)\\s*$");
    private static final Pattern MEASURED_AFTER =
            Pattern.compile("(?i)^\\s*(?:trough\\s+)?(?:levels?|concentrations?|deficiency|insufficiency|activity"
                    + "|density|counts?)\\b");
    // A word followed by a mass number is an isotope the lexicon lacks ("cobalt-60 gamma ray therapy", "Xenon-129"),
    // or another longer name ("Camptothecin-11", "SAGE-718"), not the word's concept; a hyphen after the number
    // ("cisplatin-5-FU") is a regimen's list and a unit ("Cisplatin-100 mg/m2") a dose instead.
    private static final Pattern MASS_NUMBER_AFTER = Pattern.compile(
            "^-\\d+(?![\\p{L}\\p{N}-])(?!\\s*(?:mg|mcg|µg|ug|g|ml|iu|units?|%)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    // An isotope in square brackets right before a name is that compound's label: "[123I]-MIBG", "[123I]CLINDE".
    private static final Pattern LABEL_AFTER = Pattern.compile("^\\](?=-?\\p{L})");
    // A name that is part of the name of a protein or a receptor of the body: "serine/threonine-protein kinase",
    // "tyrosinase peptide", "estrogen receptor", "glucagon-like peptide"; a pair too ("serine/threonine kinase");
    // or that names the parent of another compound: "etanidazole derivative EF5", "a vitamin D analogue".
    private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^(?:/\\p{L}+)?(?:-|\\s+)(?:protein|receptors?"
            + "|kinases?|peptides?|residues?|like|derivatives?|analogu?e?s?)\\b");

    private MentionContext() {
    }

    /** Whether the part of a name that holds [start, end), between joining words, says placebo. */
    static boolean placebo(String name, int start, int end) {
        int from = 0;
        int to = name.length();
        Matcher j = JOINER.matcher(name);
        while (j.find()) {
            if (j.end() <= start) {
                from = j.end();
            } else if (j.start() >= end) {
                to = j.start();
                break;
            }
        }
        return PLACEBO.matcher(name.substring(from, to)).find();
    }

    /**
     * Whether the name at [start, end) stands for something other than the drug given: a level or activity
     * measured, part of a longer name (an isotope, a radiolabel), or part of a protein's or receptor's name.
     */
    static boolean notGiven(String text, int start, int end) {
        if (measured(text, start, end)) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        // a code's own number goes on ("VP-16-213" is etoposide): only a word is cut off from its number
        boolean word = end > start && Character.isLetter(text.charAt(end - 1));
        return word && MASS_NUMBER_AFTER.matcher(after).find() || TARGET_AFTER.matcher(after).find()
                || start > 0 && text.charAt(start - 1) == '[' && LABEL_AFTER.matcher(after).find();
    }

    /** Whether the name at [start, end) is a level measured rather than a drug given. */
    static boolean measured(String text, int start, int end) {
        return MEASURED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                || MEASURED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }
}
