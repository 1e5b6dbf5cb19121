package org.trialkg.enrich.regimen;

import java.util.Objects;
import org.trialkg.model.Range;

/**
 * One value read from regimen text, with where it was written.
 *
 * @param attr what the value is
 * @param start offset of the first character it was read from
 * @param end offset after the last character
 * @param value a {@link Dose}, {@link Parts}, {@link Period}, {@link Range}, {@code String}, {@code Integer} or {@code Double}
 *     according to {@code attr}
 */
record Found(Attr attr, int start, int end, Object value) {

    /** The value, as the class its attribute holds. */
    <T> T value(Class<T> type) {
        return valueOf(attr, value, type);
    }

    /** {@code value} read as {@code type}, which must be the class {@code attr} holds. */
    static <T> T valueOf(Attr attr, Object value, Class<T> type) {
        if (type != attr.type) {
            throw new IllegalArgumentException(attr + " holds a " + attr.type.getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The kinds of value the scanner reads. */
    enum Attr {
        DOSE(Dose.class),
        /** "400/100 mg": a fixed combination's doses, one per drug. */
        DOSE_PARTS(Parts.class), ROUTE(String.class), DAYS(String.class), INTERVAL(String.class),
        TIMES_PER_DAY(Integer.class), CYCLES(Range.class), DURATION(Period.class),
        RT_TOTAL(Range.class), RT_FRACTIONS(Range.class), RT_PER_FRACTION(Double.class), RT_DURATION(Period.class),
        TECHNIQUE(String.class), PHASE(String.class),
        /** "single dose", "once only": the drug is given once, so no schedule written for others is its. */
        SINGLE(Boolean.class);

        /** The class of the values read for it: a {@link Found} of another class is refused when made. */
        final Class<?> type;

        Attr(Class<?> type) {
            this.type = type;
        }

        /** Values that belong to one drug administration and never travel to another drug. */
        boolean drugLevel() {
            return this == DOSE || this == DOSE_PARTS || this == ROUTE || this == DAYS || this == INTERVAL
                    || this == TIMES_PER_DAY;
        }

        /** A radiotherapy dose: its total, its dose per fraction or its number of fractions. */
        boolean radiotherapyDose() {
            return this == RT_TOTAL || this == RT_FRACTIONS || this == RT_PER_FRACTION;
        }

        boolean radiotherapy() {
            return this == RT_TOTAL || this == RT_FRACTIONS || this == RT_PER_FRACTION || this == RT_DURATION
                    || this == TECHNIQUE;
        }
    }

    /** A dose per administration and its UCUM unit. */
    record Dose(Range amount, String unit) {
        Dose {
            Objects.requireNonNull(amount, "dose amount");
            Objects.requireNonNull(unit, "dose unit");
        }
    }

    /** A fixed combination's doses as written, numbers joined by {@code /} ({@code 400/100}), and their unit. */
    record Parts(String amounts, String unit) {
        Parts {
            Objects.requireNonNull(amounts, "dose parts");
            Objects.requireNonNull(unit, "dose parts unit");
        }
    }

    /** A length of time as written: {@code 1 year}, {@code 5-5.5 weeks}; unit is Y, M, W or D. */
    record Period(double min, double max, char unit) {
        Period {
            if (max < min || "YMWD".indexOf(unit) < 0) {
                throw new IllegalArgumentException("period: expected min <= max and unit Y/M/W/D, was "
                        + min + ".." + max + " " + unit);
            }
        }

        boolean isSingle() {
            return min == max;
        }

        /** ISO 8601 duration, or two durations joined by {@code /} for a range ({@code P5W/P5.5W}). */
        String iso() {
            String first = "P" + Numbers.format(min) + unit;
            return isSingle() ? first : first + "/P" + Numbers.format(max) + unit;
        }
    }

    Found {
        Objects.requireNonNull(attr, "found attr");
        Objects.requireNonNull(value, "found value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("found: expected 0 <= start <= end, was " + start + ".." + end);
        }
        if (!attr.type.isInstance(value)) {
            throw new IllegalArgumentException("found: " + attr + " takes a " + attr.type.getSimpleName()
                    + ", was a " + value.getClass().getSimpleName());
        }
    }
}
