package org.trialkg.model;

/**
 * Who may take part.
 *
 * @param minAge as the source writes it, normalised to {@code "18 Years"} form where possible; may be null
 * @param maxAge likewise; may be null
 * @param sex {@code ALL}, {@code FEMALE} or {@code MALE}; may be null
 * @param healthyVolunteers whether healthy volunteers are accepted; null when not stated
 * @param criteria the inclusion and exclusion criteria text; may be null
 */
public record Eligibility(String minAge, String maxAge, String sex, Boolean healthyVolunteers, String criteria) {
    public static final Eligibility EMPTY = new Eligibility(null, null, null, null, null);

    public boolean isEmpty() {
        return minAge == null && maxAge == null && sex == null && healthyVolunteers == null && criteria == null;
    }
}
