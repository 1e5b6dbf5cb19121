package org.trialkg.model;

import java.util.Objects;

/**
 * An outcome measure.
 *
 * @param kind {@code PRIMARY}, {@code SECONDARY} or {@code OTHER}
 * @param measure what is measured
 * @param description how; may be null
 * @param timeFrame when; may be null
 */
public record Outcome(String kind, String measure, String description, String timeFrame) {
    public Outcome {
        Objects.requireNonNull(kind, "outcome kind");
        Objects.requireNonNull(measure, "outcome measure");
    }
}
