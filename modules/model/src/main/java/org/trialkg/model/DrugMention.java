package org.trialkg.model;

import java.util.Objects;

/**
 * A drug named in a record, as written, with the concept it was resolved to (if any) and how.
 *
 * @param text the name as written
 * @param conceptIri IRI of the drug (or drug-class) concept; null when unresolved
 * @param conceptLabel the concept's preferred name; null when unresolved
 * @param classLevel true when the mention names a class ("PD-1 inhibitor"), not one drug
 * @param method how it was matched: {@code exact}, {@code code-variant}, {@code fuzzy}, {@code class}, or
 *     {@code unresolved}
 * @param confidence 0 to 1
 * @param span where it was read
 */
public record DrugMention(String text, String conceptIri, String conceptLabel, boolean classLevel, String method,
        double confidence, Span span) {
    public DrugMention {
        Objects.requireNonNull(text, "drug mention text");
        Objects.requireNonNull(method, "drug mention method");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("drug mention: confidence must be in [0,1], was " + confidence);
        }
    }

    public boolean resolved() {
        return conceptIri != null;
    }
}
