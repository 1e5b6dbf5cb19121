package org.trialkg.ingest.document;

import java.util.List;
import java.util.Objects;

/**
 * Drug names found in a text by a dictionary. The document reader asks for them so that a protocol or a register
 * page yields its drugs; the dictionary itself (the drug lexicon) lives in the enrichment module, and the ingest run
 * passes it in, so this module needs nothing from there.
 *
 * <pre>{@code
 * DrugNames names = text -> lexicon.scan(text).stream()
 *         .map(h -> new DrugNames.Found(h.start(), h.end(), h.conceptIri(), h.label(), h.classLevel())).toList();
 * }</pre>
 */
@FunctionalInterface
public interface DrugNames {
    /** No dictionary: documents give no drugs. */
    DrugNames NONE = text -> List.of();

    /**
     * One name in a text.
     *
     * @param concept an identifier of the drug the name stands for, the same for all its names
     * @param label the drug's preferred name
     * @param classLevel true for a drug class ("PD-1 inhibitor") rather than one drug
     */
    record Found(int start, int end, String concept, String label, boolean classLevel) {
        public Found {
            Objects.requireNonNull(concept, "drug name concept");
            Objects.requireNonNull(label, "drug name label");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("drug name: expected 0 <= start < end, was " + start + ".." + end);
            }
        }
    }

    /** Every drug name in the text, in order, non-overlapping. */
    List<Found> find(String text);
}
