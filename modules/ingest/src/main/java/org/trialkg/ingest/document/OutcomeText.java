package org.trialkg.ingest.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an outcome table row whose cells were run together ({@code local control rate1-year, 3-year}) into the
 * measure and the time frame, at the point where a time frame starts without a space before it.
 */
final class OutcomeText {
    /** A measure and its time frame; the time frame is null when none was found. */
    record MeasureTime(String measure, String timeFrame) {
    }

    // "alone3-year": a letter or bracket directly followed by a number with a time unit.
    private static final Pattern NUMBER_GLUED = Pattern.compile(
            "^(.*?[\\p{L})])(\\d+(?:\\.\\d+)?(?:\\s*[-–]\\s*\\d+)?[\\s-]*(?:days?|weeks?|months?|years?|hours?|cycles?)"
                    + "\\b.*)$");
    // "effectacute side effects within 3 months": a word that usually opens a time frame, glued to the measure.
    private static final Pattern WORD_GLUED = Pattern.compile(
            "^(.*?\\p{L})((?:acute|within|up to|baseline|through|until|approximately|every|during|after|from)\\b.*)$");
    private static final Pattern HAS_TIME = Pattern.compile("(?i)\\d|day|week|month|year|hour|cycle|baseline");

    private OutcomeText() {
    }

    static MeasureTime split(String row) {
        Matcher m = NUMBER_GLUED.matcher(row);
        if (m.matches()) {
            return new MeasureTime(m.group(1).strip(), m.group(2).strip());
        }
        m = WORD_GLUED.matcher(row);
        if (m.matches() && HAS_TIME.matcher(m.group(2)).find()) {
            return new MeasureTime(m.group(1).strip(), m.group(2).strip());
        }
        return new MeasureTime(row.strip(), null);
    }
}
