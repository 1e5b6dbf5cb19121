package org.trialkg.model;

import java.util.Objects;

/**
 * A person named by the record: an official, the responsible party, or a contact.
 *
 * @param name as written
 * @param role {@code PRINCIPAL_INVESTIGATOR}, {@code STUDY_CHAIR}, {@code STUDY_DIRECTOR}, {@code CONTACT}, ...; may be null
 * @param affiliation organisation; may be null
 * @param title academic or job title; may be null
 */
public record Investigator(String name, String role, String affiliation, String title) {
    public Investigator {
        Objects.requireNonNull(name, "investigator name");
    }
}
