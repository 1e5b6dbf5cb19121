package org.trialkg.ingest.ctgov;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of a ClinicalTrials.gov CSV export, found by name in its header: the current "Download CSV"
 * ({@code NCT Number,Study Title,Study URL,...}) or the classic pre-2023 export ({@code Rank,NCT Number,Title,...}).
 * Any subset of the columns, in any order, is read.
 */
final class CsvLayout {
    /** A column's meaning, with its names in the current and the classic export. */
    enum Column {
        NCT("NCT Number"),
        TITLE("Study Title", "Title"),
        ACRONYM("Acronym"),
        STATUS("Study Status", "Status"),
        SUMMARY("Brief Summary"),
        CONDITIONS("Conditions"),
        INTERVENTIONS("Interventions"),
        PRIMARY_OUTCOMES("Primary Outcome Measures"),
        SECONDARY_OUTCOMES("Secondary Outcome Measures"),
        OTHER_OUTCOMES("Other Outcome Measures"),
        OUTCOMES("Outcome Measures"),
        SPONSOR("Sponsor"),
        COLLABORATORS("Collaborators"),
        SPONSOR_COLLABORATORS("Sponsor/Collaborators"),
        SEX("Sex", "Gender"),
        AGE("Age"),
        PHASES("Phases"),
        ENROLLMENT("Enrollment"),
        FUNDER_TYPE("Funder Type", "Funded Bys"),
        STUDY_TYPE("Study Type"),
        DESIGN("Study Design", "Study Designs"),
        OTHER_IDS("Other IDs"),
        START("Start Date"),
        PRIMARY_COMPLETION("Primary Completion Date"),
        COMPLETION("Completion Date"),
        LAST_UPDATE("Last Update Posted"),
        LOCATIONS("Locations");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private final boolean classic;
    private Pattern rowStart;
    private final int width;
    private final Map<Column, Integer> index = new HashMap<>();

    private CsvLayout(boolean classic, int width) {
        this.classic = classic;
        this.width = width;
    }

    /** The layout of the header row; null when it is not a ClinicalTrials.gov export (no {@code NCT Number}). */
    static CsvLayout of(String[] header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            byName.putIfAbsent(normal(header[i]), i);
        }
        if (!byName.containsKey(normal("NCT Number"))) {
            return null;
        }
        boolean classic = byName.containsKey("rank") || byName.containsKey("title")
                || byName.containsKey(normal("Sponsor/Collaborators"));
        CsvLayout layout = new CsvLayout(classic, header.length);
        String firstColumn = normal(header[0]);
        if (firstColumn.equals("nct number")) {
            layout.rowStart = Pattern.compile("\"?NCT\\d{8}\"?[,\\t]");
        } else if (firstColumn.equals("rank")) {
            layout.rowStart = Pattern.compile("\\d+[,\\t]\"?NCT\\d{8}\"?[,\\t]");
        }
        for (Column c : Column.values()) {
            for (String n : c.names) {
                Integer i = byName.get(normal(n));
                if (i != null) {
                    layout.index.put(c, i);
                    break;
                }
            }
        }
        return layout;
    }

    /** True for the classic pre-2023 export, whose values are words ({@code Recruiting}, {@code Phase 2}). */
    boolean classic() {
        return classic;
    }

    /** How a new row begins when the NCT Number (or the classic rank before it) comes first; else null. */
    Pattern rowStart() {
        return rowStart;
    }

    int width() {
        return width;
    }

    boolean has(Column c) {
        return index.containsKey(c);
    }

    /** The stripped value of the column in the row, or null when the column is absent or the value blank. */
    String get(String[] row, Column c) {
        Integer i = index.get(c);
        if (i == null || i >= row.length || row[i] == null) {
            return null;
        }
        String v = row[i].strip();
        return v.isEmpty() ? null : v;
    }

    private static String normal(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
