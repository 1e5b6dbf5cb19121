package org.trialkg.model;

import java.util.Objects;

/**
 * A drug named in a record, as written, with the concept it was resolved to (if any) and how.
 *
 * @param text the name as written
 * @param conceptIri IRI of the drug (or drug-class) concept; null when unresolved
 * @param conceptLabel the concept's preferred name; null when unresolved
 * @param classLevel true when the mention names a class ("PD-1 inhibitor"), not one drug
 * @param method how it was matched
 * @param confidence 0 to 1
 * @param span where it was read
 */
public record DrugMention(String text, String conceptIri, String conceptLabel, boolean classLevel, Method method,
        double confidence, Span span) {
    public DrugMention {
        Objects.requireNonNull(text, "drug mention text");
        Objects.requireNonNull(method, "drug mention method");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("drug mention: confidence must be in [0,1], was " + confidence);
        }
    }

    /** How a name was matched to its concept; the label is what the graph stores ({@code tk:method}). */
    public enum Method {
        /** The name, after folding case, hyphens, spaces, accents and salt words. */
        EXACT("exact"),
        /** A spelling of a research code: JS-001 or JS 001 for JS001. */
        CODE_VARIANT("code-variant"),
        /** A misspelling, with a confidence that falls with each edit. */
        FUZZY("fuzzy"),
        /** The name of a drug class, such as PD-1 inhibitor. */
        CLASS("class"),
        /** A drug or biological intervention whose name matched nothing. */
        UNRESOLVED("unresolved");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public boolean resolved() {
        return conceptIri != null;
    }
}
