package org.trialkg.model;

import java.util.Objects;

/**
 * An organisation that funds or runs the study.
 *
 * @param name as written
 * @param role {@code LEAD} or {@code COLLABORATOR}
 * @param agencyClass {@code INDUSTRY}, {@code NIH}, {@code FED}, {@code OTHER_GOV}, {@code NETWORK}, {@code OTHER}, ...; may be null
 */
public record Sponsor(String name, String role, String agencyClass) {
    public static final String LEAD = "LEAD";
    public static final String COLLABORATOR = "COLLABORATOR";

    public Sponsor {
        Objects.requireNonNull(name, "sponsor name");
        Objects.requireNonNull(role, "sponsor role");
        if (!role.equals(LEAD) && !role.equals(COLLABORATOR)) {
            throw new IllegalArgumentException("sponsor role: expected LEAD or COLLABORATOR, was '" + role + "'");
        }
    }
}
