package org.trialkg.model;

/**
 * A number or a closed range of numbers, as in {@code 240} or {@code 45-50.4}.
 */
public record Range(double min, double max) {
    public Range {
        if (Double.isNaN(min) || Double.isNaN(max) || max < min) {
            throw new IllegalArgumentException("range: expected min <= max, was " + min + ".." + max);
        }
    }

    public static Range of(double value) {
        return new Range(value, value);
    }

    public boolean isSingle() {
        return min == max;
    }
}
