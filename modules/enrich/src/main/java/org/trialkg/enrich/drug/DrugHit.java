package org.trialkg.enrich.drug;

import java.util.Objects;
import org.trialkg.model.DrugMention;

/**
 * A name matched to a drug or drug-class concept.
 *
 * @param start offset of the name in the text scanned (0 for a lookup)
 * @param end end offset, exclusive
 * @param text the name as written
 * @param conceptIri the concept
 * @param label the concept's preferred name
 * @param classLevel true when the concept is a drug class ("PD-1 inhibitor")
 * @param method how the name was matched (never {@code UNRESOLVED})
 * @param confidence 0 to 1
 */
public record DrugHit(int start, int end, String text, String conceptIri, String label, boolean classLevel,
        DrugMention.Method method, double confidence) {
    public DrugHit {
        Objects.requireNonNull(text, "drug hit text");
        Objects.requireNonNull(conceptIri, "drug hit concept");
        Objects.requireNonNull(method, "drug hit method");
    }
}
