package org.trialkg.model;

import java.util.Objects;

/**
 * Where one value of a record was read in the document it came from: the record field it fills ({@code title},
 * {@code phase}, {@code sponsor}, {@code condition}, {@code intervention[0]}), the value as read, the heading of the
 * document's section it sits under as the document writes it (null before the first heading), and its character span
 * in the document's extracted text.
 *
 * <pre>{@code
 * new ValueSource("sponsor", "Merck Sharp & Dohme Corp.", "Sponsor Name", 412, 437)
 * }</pre>
 */
public record ValueSource(String field, String value, String section, int start, int end) {
    public ValueSource {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("value source field: expected a record field name, was '" + field + "'");
        }
        Objects.requireNonNull(value, "value source value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("value source span: expected 0 <= start <= end, was " + start + ".."
                    + end);
        }
        section = section == null || section.isBlank() ? null : section.strip();
    }
}
