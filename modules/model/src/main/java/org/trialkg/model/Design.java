package org.trialkg.model;

/**
 * How a study is designed, in the ClinicalTrials.gov enumerations.
 *
 * @param allocation {@code RANDOMIZED}, {@code NON_RANDOMIZED} or {@code NA}
 * @param model {@code PARALLEL}, {@code SINGLE_GROUP}, {@code CROSSOVER}, {@code FACTORIAL}, {@code SEQUENTIAL}
 * @param purpose {@code TREATMENT}, {@code PREVENTION}, {@code DIAGNOSTIC}, {@code SUPPORTIVE_CARE}, ...
 * @param masking {@code NONE}, {@code SINGLE}, {@code DOUBLE}, {@code TRIPLE}, {@code QUADRUPLE}
 */
public record Design(String allocation, String model, String purpose, String masking) {
    public static final Design EMPTY = new Design(null, null, null, null);

    public boolean isEmpty() {
        return allocation == null && model == null && purpose == null && masking == null;
    }
}
