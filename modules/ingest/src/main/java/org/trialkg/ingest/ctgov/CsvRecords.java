package org.trialkg.ingest.ctgov;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Splits CSV text into records (one row each, a quoted value may span lines) without parsing the values, so that
 * a row with a broken quote costs that row only: a parser that fails inside a row cannot find the start of the
 * next one. A quoted value that runs on into a line looking like the start of a new row ends there, as a broken
 * row.
 */
final class CsvRecords {
    /**
     * One record's raw text, the line it starts on, and whether it ended inside an unclosed quote. A record longer
     * than the limit keeps only its first {@code limit} characters in {@code text}, with {@code chars} its full
     * length: it is to be reported, not parsed.
     */
    record Raw(String text, int line, boolean unclosedQuote, long chars) {
        boolean tooLong() {
            return chars > text.length();
        }
    }

    private final BufferedReader in;
    private final boolean quoting;
    private final int limit;
    private Pattern rowStart;
    private int line = 1;

    /** {@code limit}: the most characters of one record held in memory; the rest is counted and dropped. */
    CsvRecords(BufferedReader in, boolean quoting, int limit) {
        this.in = in;
        this.quoting = quoting;
        this.limit = limit;
    }

    /** From now on, a quoted value that meets a line matching this pattern is cut there; null turns that off. */
    void rowStart(Pattern pattern) {
        this.rowStart = pattern;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    Raw next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long chars = 0;
        boolean inQuotes = false;
        int start = line;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                line++;
                if (!inQuotes) {
                    if (chars == 0 || (chars <= limit && isBlank(sb))) {
                        sb.setLength(0);
                        chars = 0;
                        start = line;
                        continue;
                    }
                    return raw(sb, start, false, chars);
                }
                if (startsRow()) {
                    return raw(sb, start, true, chars);
                }
            } else if (quoting && c == '"') {
                inQuotes = !inQuotes;
            }
            chars++;
            if (chars <= limit) {
                sb.append((char) c);
            }
        }
        return chars == 0 || (chars <= limit && isBlank(sb)) ? null : raw(sb, start, inQuotes, chars);
    }

    private static Raw raw(StringBuilder sb, int start, boolean unclosedQuote, long chars) {
        if (chars > sb.length()) {
            return new Raw(sb.toString(), start, unclosedQuote, chars);
        }
        String text = trimCr(sb);
        return new Raw(text, start, unclosedQuote, text.length());
    }

    private boolean startsRow() throws IOException {
        if (rowStart == null) {
            return false;
        }
        char[] ahead = new char[40];
        in.mark(ahead.length);
        int n = in.read(ahead, 0, ahead.length);
        in.reset();
        return n > 0 && rowStart.matcher(new String(ahead, 0, n)).lookingAt();
    }

    private static String trimCr(StringBuilder sb) {
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
            end--;
        }
        return sb.substring(0, end);
    }

    private static boolean isBlank(StringBuilder sb) {
        for (int i = 0; i < sb.length(); i++) {
            if (!Character.isWhitespace(sb.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
