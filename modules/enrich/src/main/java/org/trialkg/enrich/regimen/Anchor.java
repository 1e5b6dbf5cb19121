package org.trialkg.enrich.regimen;

/**
 * A place in the text where a regimen component starts: a drug name, a radiotherapy word, or a dose or
 * radiotherapy dose written without a name before it.
 *
 * @param drug the drug as written; null for radiotherapy, or for a dose whose drug the text does not name
 * @param conceptIri the drug or drug-class concept, where known
 * @param classLevel true when the name is a drug class ("PD-1 inhibitor")
 */
record Anchor(int start, int end, boolean radiotherapy, String drug, String conceptIri, boolean classLevel) {
    Anchor {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("anchor: expected 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
