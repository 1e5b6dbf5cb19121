package org.trialkg.enrich.drug;

import java.util.List;
import java.util.Optional;

/**
 * Drug and drug-class names, and the concepts they stand for. Built once, shared between threads.
 */
public interface DrugLexicon {
    /** The concept a name stands for (the whole text is the name), or empty when no concept matches. */
    Optional<DrugHit> lookup(String name);

    /** Every drug or class name in a free text, in order, non-overlapping, the longest at each place. */
    List<DrugHit> scan(String text);

    /** The classes a concept is a member of, directly or through a broader class ({@code skos:broader}). */
    default java.util.Set<String> classesOf(String conceptIri) {
        return java.util.Set.of();
    }
}
