package org.trialkg.model;

/**
 * Number of participants.
 *
 * @param count the number, not negative
 * @param type {@code ESTIMATED} or {@code ACTUAL} where known; may be null
 */
public record Enrollment(int count, String type) {
    public Enrollment {
        if (count < 0) {
            throw new IllegalArgumentException("enrollment: count must not be negative, was " + count);
        }
    }
}
