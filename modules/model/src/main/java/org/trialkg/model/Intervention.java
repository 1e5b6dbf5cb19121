package org.trialkg.model;

import java.util.List;
import java.util.Objects;

/**
 * An intervention as the source lists it; its text is kept raw, drug mentions and regimens are derived from it.
 *
 * @param type {@code DRUG}, {@code BIOLOGICAL}, {@code RADIATION}, {@code PROCEDURE}, {@code DEVICE},
 *     {@code COMBINATION_PRODUCT}, {@code BEHAVIORAL}, {@code OTHER}, ...; may be null
 * @param name the intervention's name as written
 * @param description free text; may be null
 * @param otherNames other names the source lists for it
 * @param armLabels labels of the arms that receive it
 */
public record Intervention(String type, String name, String description, List<String> otherNames,
        List<String> armLabels) {
    public Intervention {
        Objects.requireNonNull(name, "intervention name");
        otherNames = List.copyOf(otherNames == null ? List.of() : otherNames);
        armLabels = List.copyOf(armLabels == null ? List.of() : armLabels);
    }
}
