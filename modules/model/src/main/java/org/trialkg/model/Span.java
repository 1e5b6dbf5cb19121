package org.trialkg.model;

import java.util.Objects;

/**
 * Where in the record a derived value was read: a field (such as {@code intervention[0].description}) and the
 * character range in that field's text.
 */
public record Span(String field, int start, int end) {
    public Span {
        Objects.requireNonNull(field, "span field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span: expected 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
