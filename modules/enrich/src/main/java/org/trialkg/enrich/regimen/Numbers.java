package org.trialkg.enrich.regimen;

import java.util.Locale;
import java.util.Map;

/** Numbers as regimen texts write them: digits or the words one to twelve; and the days a count of weeks gives. */
final class Numbers {
    /** Regex alternative for one number, in digits or words. */
    static final String NUM = "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /**
     * Regex alternative for a dose's number: "1,250" is one thousand two hundred and fifty, never 250; "0,5" and
     * "2,25" (one or two digits after the comma) are decimals, as European registrations write them.
     */
    static final String DOSE_NUMBER = "\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d{1,3},\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?";
    /** Regex group for an ordinal in words or digits, as {@link #ordinal} reads it ("third", "3rd"). */
    static final String ORDINAL = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}"
            + "(?:st|nd|rd|th))";
    /** Regex for a range separator between two numbers. */
    static final String TO = "\\s*(?:-|–|—|\\\\?~|～|to)\\s*";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));

    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("\\d{1,3},\\d{1,2}");

    private Numbers() {
    }

    /**
     * The value of a number matched by {@link #NUM}, written with thousands separators ("1,250") or with a decimal
     * comma ("0,5", "2,25": one or two digits after it); NaN when it is not one.
     */
    static double value(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.indexOf(',') >= 0) {
            t = DECIMAL_COMMA.matcher(t).matches() ? t.replace(',', '.') : t.replace(",", "");
        }
        Integer w = WORDS.get(t);
        if (w != null) {
            return w;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The value of an ordinal as written in words ("second") or digits ("2nd"); NaN when it is not one. */
    static double ordinal(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        Integer w = ORDINALS.get(t);
        if (w != null) {
            return w;
        }
        return t.matches("\\d{1,2}(?:st|nd|rd|th)") ? Integer.parseInt(t.substring(0, t.length() - 2)) : Double.NaN;
    }

    /** {@code 3} for 3.0, {@code 5.5} for 5.5. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The first day of each of so many weeks: "d1,8,15" for 3. */
    static String firstDaysOfWeeks(int weeks) {
        StringBuilder days = new StringBuilder("d1");
        for (int w = 1; w < weeks; w++) {
            days.append(',').append(1 + 7 * w);
        }
        return days.toString();
    }
}
