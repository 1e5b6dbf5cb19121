package org.trialkg.cli;

import java.util.Arrays;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * Rows of text in columns that wrap, never overflow: a long ID or title continues on the next line of its own
 * column instead of pushing the others right (picocli's {@link TextTable}). Line breaks in a value become spaces.
 *
 * <pre>{@code
 * Table t = Table.of(24, 10, 0);    // the last width 0 takes what the line has left
 * System.out.print(t.row("NCT07177794", "PHASE3", "A very long title ..."));
 * }</pre>
 */
final class Table {
    /**
     * The line width when the terminal's is not known: 120 columns, what terminals open with on most desktops
     * and narrow enough to read in a pipe to {@code less}.
     */
    static final int DEFAULT_WIDTH = 120;
    /** The narrowest the last column gets on a narrow terminal; below it, reading a title a word a line is worse. */
    private static final int MIN_LAST = 20;

    private final Column[] columns;

    private Table(Column[] columns) {
        this.columns = columns;
    }

    /** Columns of these widths (each including one space of gap), the last one 0 for the rest of the line. */
    static Table of(int... widths) {
        if (widths.length == 0) {
            throw new IllegalArgumentException("widths: expected at least one column, was none");
        }
        int fixed = Arrays.stream(widths).sum();
        Column[] cs = new Column[widths.length];
        for (int i = 0; i < widths.length; i++) {
            int w = widths[i] == 0 ? Math.max(MIN_LAST, lineWidth() - fixed) : widths[i];
            if (w < 2) {
                throw new IllegalArgumentException("widths[" + i + "]: expected 2 or more (or 0 for the rest), was " + w);
            }
            cs[i] = new Column(w, 0, Column.Overflow.WRAP);
        }
        return new Table(cs);
    }

    /** One row, wrapped within its columns, ending with a line break. */
    String row(String... cells) {
        if (cells.length != columns.length) {
            throw new IllegalArgumentException("cells: expected " + columns.length + ", was " + cells.length);
        }
        Help.ColorScheme plain = Help.defaultColorScheme(Help.Ansi.OFF);
        TextTable t = TextTable.forColumns(plain, columns);
        // Wrapped lines start at their column's edge (picocli indents them by 2 for option descriptions).
        t.indentWrappedLines = 0;
        t.addEmptyRow();
        for (int i = 0; i < cells.length; i++) {
            String clean = cells[i] == null ? "" : cells[i].replaceAll("\\s+", " ").strip();
            // Every cell starts on the row's first line (addRowValues would start a cell where the one before it
            // ended, below a wrapped ID).
            t.putValue(0, i, plain.text(clean));
        }
        return t.toString().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + System.lineSeparator());
    }

    /** The terminal's width from {@code $COLUMNS} when the shell exports it, else {@link #DEFAULT_WIDTH}. */
    static int lineWidth() {
        String env = System.getenv("COLUMNS");
        try {
            return env == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(env.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
