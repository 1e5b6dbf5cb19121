package org.trialkg.model;

import java.util.List;
import java.util.Objects;

/**
 * A study arm or group.
 *
 * @param label the arm's name
 * @param type {@code EXPERIMENTAL}, {@code ACTIVE_COMPARATOR}, {@code PLACEBO_COMPARATOR}, {@code SHAM_COMPARATOR},
 *     {@code NO_INTERVENTION}, {@code OTHER}; may be null
 * @param description free text; may be null
 * @param interventions names of the interventions given in this arm
 */
public record Arm(String label, String type, String description, List<String> interventions) {
    public Arm {
        Objects.requireNonNull(label, "arm label");
        interventions = List.copyOf(interventions == null ? List.of() : interventions);
    }
}
