package org.trialkg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An identifier a record lists besides its own registry ID: a sponsor's protocol number, a grant, or the trial's
 * ID in another registry.
 *
 * @param value the identifier as written
 * @param type what kind it is, as the source says ({@code REGISTRY}, {@code org_study_id}, {@code EudraCT Number}); may be null
 * @param domain who issued it, where stated; may be null
 */
public record OtherId(String value, String type, String domain) {
    public OtherId {
        Objects.requireNonNull(value, "other ID value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("other ID: value must not be blank");
        }
    }

    public static OtherId of(String value) {
        return new OtherId(value, null, null);
    }

    /** The ID in a registry when this identifier is one: the link to the same trial elsewhere. */
    public Optional<RegistryId> registryId() {
        return RegistryId.parse(value);
    }
}
