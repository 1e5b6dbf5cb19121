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
    /** One record's raw text, the line it starts on, and whether it ended inside an unclosed quote. */
    record Raw(String text, int line, boolean unclosedQuote) {
    }

    private final BufferedReader in;
    private final boolean quoting;
    private Pattern rowStart;
    private int line = 1;

    CsvRecords(BufferedReader in, boolean quoting) {
        this.in = in;
        this.quoting = quoting;
    }

    /** From now on, a quoted value that meets a line matching this pattern is cut there; null turns that off. */
    void rowStart(Pattern pattern) {
        this.rowStart = pattern;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    Raw next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean inQuotes = false;
        int start = line;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                line++;
                if (!inQuotes) {
                    if (isBlank(sb)) {
                        sb.setLength(0);
                        start = line;
                        continue;
                    }
                    return new Raw(trimCr(sb), start, false);
                }
                if (startsRow()) {
                    return new Raw(trimCr(sb), start, true);
                }
            } else if (quoting && c == '"') {
                inQuotes = !inQuotes;
            }
            sb.append((char) c);
        }
        return isBlank(sb) ? null : new Raw(trimCr(sb), start, inQuotes);
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
