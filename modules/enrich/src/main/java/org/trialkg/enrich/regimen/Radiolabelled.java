package org.trialkg.enrich.regimen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.enrich.drug.DrugHit;
import org.trialkg.enrich.drug.DrugLexicon;

/**
 * A radionuclide and the product it labels, read as one drug ("iodine I 131 monoclonal antibody BC8", "131I-cG250",
 * "Iodine-131 Anti-B1 Antibody"), not the radionuclide given on its own.
 */
final class Radiolabelled {
    /** A radionuclide as a drug name: "iodine I 131", "131I", "yttrium Y 90", "Lu-177"; "iodine" alone too. */
    private static final Pattern RADIONUCLIDE = Pattern.compile("(?i)(?:iodine|iodide|yttrium|lutetium|indium|technetium"
            + "|samarium|strontium|radium|copper|gallium|actinium|astatine|rhenium|holmium|thorium|lead|bismuth)"
            + "(?:[\\s-]*[a-z]{1,2})?(?:[\\s-]*\\d{2,3}m?)?"
            + "|\\d{2,3}m?\\s*-?\\s*(?:i|y|lu|in|tc|sm|sr|ra|cu|ga|ac|at|re|ho|th|pb|bi)"
            + "|(?:i|y|lu|in|tc|sm|sr|ra|cu|ga|ac|at|re|ho|th|pb|bi)\\s*-\\s*\\d{2,3}m?");
    /**
     * After a radionuclide, its mass number if the name had none ("Iodine-131"), then the product it labels: a word
     * with a digit ("cG250", "BC8", "CC49"), an antibody named by its target ("Anti-B1 Antibody", "monoclonal antibody
     * BC8", "chimeric monoclonal antibody"), up to four words; not its activity or dose ("131I 100mCi").
     */
    private static final Pattern PRODUCT_AFTER = Pattern.compile("(?i)^(?<mass>[\\s-]*\\d{2,3}(?![\\d.,]))?[\\s-]+"
            + "(?:radiolabell?ed\\s+)?(?<product>(?:(?:chimeric|humani[sz]ed|murine|monoclonal|antibod(?:y|ies)|mab"
            + "|anti-?[\\w.]+|(?!\\d+(?:[.,]\\d+)?\\s*(?:m?ci|[mgk]bq|mg|ug|mcg|ml)\\b)(?=[\\w.]*[a-z])[a-z]{0,6}\\d[\\w.]*"
            + "(?<![.]))(?:[\\s-]+(?=\\S)|(?=[\\s,;:.)]|$))){1,4})");

    private Radiolabelled() {
    }

    /**
     * The radiolabelled product a radionuclide hit names with what follows it ({@link #PRODUCT_AFTER}, or the
     * next hit right after it: "iodine I 131 tositumomab"), as one anchor: the lexicon's concept for the whole name
     * when it has one, else the name as written with none. Null when the hit is no radionuclide with a mass number, or
     * no product follows it.
     */
    static Anchor anchor(DrugLexicon lexicon, String text, DrugHit h, DrugHit next) {
        if (h.classLevel() || !RADIONUCLIDE.matcher(h.text()).matches()) {
            return null;
        }
        Matcher after = PRODUCT_AFTER.matcher(text).region(h.end(), text.length());
        boolean massNumber = h.text().matches(".*\\d.*");
        int end = -1;
        if (after.lookingAt() && (massNumber || after.group("mass") != null)) {
            end = after.end("product");
            while (end > h.end() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
        }
        if (next != null && !next.classLevel() && (end > next.start() || massNumber && next.start() >= h.end()
                && text.substring(h.end(), next.start()).matches("[\\s-]+"))) {
            end = Math.max(end, next.end());
        }
        if (end < 0) {
            return null;
        }
        String name = text.substring(h.start(), end);
        String iri = lexicon.lookup(name).filter(l -> !l.classLevel()).map(DrugHit::conceptIri).orElse(null);
        return new Anchor(h.start(), end, false, name, iri, false);
    }
}
