package org.trialkg.model;

import java.util.Objects;

/**
 * A MeSH heading the registry derived for a condition or an intervention.
 *
 * @param id MeSH descriptor ID such as {@code D004938}; may be null
 * @param term the heading
 * @param of {@code CONDITION} or {@code INTERVENTION}
 */
public record MeshTerm(String id, String term, String of) {
    public MeshTerm {
        Objects.requireNonNull(term, "MeSH term");
        Objects.requireNonNull(of, "MeSH term: of");
    }
}
