package org.trialkg.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Trial dates as ISO 8601 partial dates ({@code 2024}, {@code 2024-08}, {@code 2024-08-01}), read from the forms
 * registries write them in.
 */
public final class Dates {
    private static final Pattern ISO_PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));
    private static final List<DateTimeFormatter> MONTH_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH));

    private Dates() {
    }

    public static boolean isIsoPartial(String s) {
        return s != null && ISO_PARTIAL.matcher(s).matches();
    }

    /** The date in ISO partial form, or empty when the text is not a date in a known form. */
    public static Optional<String> toIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() >= 10 && t.charAt(4) == '-' && t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
            t = t.substring(0, 10);
        }
        if (isIsoPartial(t)) {
            return Optional.of(t);
        }
        for (DateTimeFormatter f : DAY_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f).toString());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : MONTH_FORMATS) {
            try {
                return Optional.of(YearMonth.parse(t, f).toString());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
