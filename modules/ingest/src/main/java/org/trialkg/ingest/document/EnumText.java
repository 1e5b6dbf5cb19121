package org.trialkg.ingest.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values written as words turned into the ClinicalTrials.gov enumeration form, and numbers read from labels. */
final class EnumText {
    private static final Pattern INTEGER = Pattern.compile("\\d[\\d,]*");

    private EnumText() {
    }

    /** {@code Combination Product} becomes {@code COMBINATION_PRODUCT}; null or blank gives null. */
    static String code(String text) {
        if (text == null || text.isBlank() || text.strip().equals("-")) {
            return null;
        }
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** {@code ALL}, {@code FEMALE} or {@code MALE}; "Both" counts as all. */
    static String sex(String text) {
        String c = code(text);
        return c == null ? null : c.equals("BOTH") ? "ALL" : c;
    }

    /** True for yes, false for no, null for anything else. */
    static Boolean yesNo(String text) {
        String c = code(text);
        if ("YES".equals(c) || "TRUE".equals(c)) {
            return Boolean.TRUE;
        }
        return "NO".equals(c) || "FALSE".equals(c) ? Boolean.FALSE : null;
    }

    /** The first whole number in the text ({@code "1,240 participants"} gives 1240), or null. */
    static Integer firstInteger(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = INTEGER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String digits = m.group().replace(",", "");
        return digits.length() > 9 ? null : Integer.valueOf(digits);
    }
}
