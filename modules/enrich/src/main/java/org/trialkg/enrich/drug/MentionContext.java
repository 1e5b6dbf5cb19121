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
            Pattern.compile("(?i)^\\s*(?:trough\\s+)?(?:levels?|concentrations?|deficiency|insufficiency)\\b");

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

    /** Whether the name at [start, end) is a level measured rather than a drug given. */
    static boolean measured(String text, int start, int end) {
        return MEASURED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                || MEASURED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }
}
