package org.trialkg.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What to fetch from ClinicalTrials.gov: the search of {@code trialkg fetch ctgov}, in the API v2 parameters of
 * {@code /studies} ({@code query.term}, {@code query.cond}, {@code query.intr}, {@code filter.overallStatus},
 * {@code filter.advanced}). A query with no filter fetches the whole registry, so it needs {@code all}.
 *
 * @param term free text ({@code query.term}, "Other terms")
 * @param condition {@code query.cond}
 * @param intervention {@code query.intr}
 * @param statuses {@code filter.overallStatus}; empty for any
 * @param since only studies whose last update was posted on or after this day; null for any
 * @param all true when the user asked for every study on purpose
 */
public record CtgovQuery(String term, String condition, String intervention, List<OverallStatus> statuses,
        LocalDate since, boolean all) {
    public CtgovQuery {
        term = blankToNull(term);
        condition = blankToNull(condition);
        intervention = blankToNull(intervention);
        statuses = statuses == null ? List.of() : List.copyOf(new LinkedHashSet<>(statuses));
        if (!all && term == null && condition == null && intervention == null && statuses.isEmpty() && since == null) {
            throw new IllegalArgumentException("no filter: give --query, --condition, --intervention, --status or "
                    + "--since, or --all to fetch every study of the registry (over 500,000, tens of GB)");
        }
    }

    /** The same search for studies updated since {@code day}. */
    public CtgovQuery since(LocalDate day) {
        return new CtgovQuery(term, condition, intervention, statuses, day, all);
    }

    /**
     * The search parameters, the same on every page (the specification requires it: only {@code countTotal},
     * {@code pageSize} and {@code pageToken} may change from page to page).
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("format", "json");
        put(p, "query.term", term);
        put(p, "query.cond", condition);
        put(p, "query.intr", intervention);
        if (!statuses.isEmpty()) {
            p.put("filter.overallStatus", statuses.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (since != null) {
            p.put("filter.advanced", "AREA[LastUpdatePostDate]RANGE[" + since + ",MAX]");
        }
        return p;
    }

    /** The search in words, for messages: {@code intervention "toripalimab", status RECRUITING}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (term != null) {
            parts.add("query \"" + term + "\"");
        }
        if (condition != null) {
            parts.add("condition \"" + condition + "\"");
        }
        if (intervention != null) {
            parts.add("intervention \"" + intervention + "\"");
        }
        if (!statuses.isEmpty()) {
            parts.add("status " + statuses.stream().map(Enum::name).collect(Collectors.joining("|")));
        }
        if (since != null) {
            parts.add("updated since " + since);
        }
        return parts.isEmpty() ? "every study" : String.join(", ", parts);
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
