package org.trialkg.ingest.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Dates;

/**
 * Reads the free-text values registries write into ICTRP fields (phases, statuses, target sizes, ages, genders,
 * study types, dates) into the model's enumerations; a value whose meaning is not clear gives nothing.
 */
public final class IctrpValues {
    private static final Pattern EU_PHASE = Pattern.compile("(?i)\\(Phase (IV|III|II|I)\\)\\s*:\\s*yes");
    private static final Pattern PHASE_TOKEN = Pattern.compile("(?i)(?:phase\\s*)?(IV|III|II|I|[1-4])");
    private static final Pattern GROUP_SIZE = Pattern.compile("(?s)(?:.*:)?\\s*(\\d{1,9})(?:\\.0+)?\\s*");
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern AGE = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(years?|months?|weeks?|days?|hours?)?");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private IctrpValues() {
    }

    /**
     * Phases in the ClinicalTrials.gov names: {@code Phase 2/Phase 3}, {@code 2-3}, {@code Phase II}, the EU CTR
     * yes/no list, {@code Not Applicable}; empty for {@code 0}, {@code Retrospective study} and other unclear text.
     */
    public static List<String> phases(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = text.strip();
        Matcher eu = EU_PHASE.matcher(t);
        boolean euList = t.toLowerCase(Locale.ROOT).contains("(phase i)");
        while (eu.find()) {
            add(out, "PHASE" + arabic(eu.group(1)));
        }
        if (euList) {
            return out;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("n/a") || lower.startsWith("not applicable") || lower.equals("na")) {
            out.add("NA");
            return out;
        }
        if (lower.matches("early phase (1|i)") || lower.equals("phase 0")) {
            out.add("EARLY_PHASE1");
            return out;
        }
        // Every part must be a phase number, or the text is something else ("Retrospective study", "0").
        String[] parts = t.split("\\s*(?:/|-|,|&|\\+|\\band\\b)\\s*");
        for (String p : parts) {
            Matcher m = PHASE_TOKEN.matcher(p.strip());
            if (!m.matches()) {
                out.clear();
                return out;
            }
            add(out, "PHASE" + arabic(m.group(1)));
        }
        return out;
    }

    /** The recruitment status where the registry's word has one clear meaning; else null. */
    public static String status(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (t) {
            case "recruiting", "open", "recruiting: open" -> "RECRUITING";
            case "active, not recruiting" -> "ACTIVE_NOT_RECRUITING";
            case "not yet recruiting", "pending" -> "NOT_YET_RECRUITING";
            case "completed", "complete" -> "COMPLETED";
            case "suspended" -> "SUSPENDED";
            case "terminated", "stopped", "stopped early", "prematurely ended" -> "TERMINATED";
            case "withdrawn" -> "WITHDRAWN";
            case "enrolling by invitation" -> "ENROLLING_BY_INVITATION";
            // ICTRP's "Not recruiting" covers not yet, active, completed and stopped trials alike; EU CTR's
            // "Authorised" says nothing of recruitment: both stay unmapped.
            default -> null;
        };
    }

    /** INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS where the text says so plainly; else null. */
    public static String studyType(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("interventional") || t.equals("treatment study")) {
            return "INTERVENTIONAL";
        }
        if (t.startsWith("observational") || t.startsWith("epidemilogical") || t.startsWith("epidemiological")) {
            return "OBSERVATIONAL";
        }
        if (t.startsWith("expanded access")) {
            return "EXPANDED_ACCESS";
        }
        return null;
    }

    /**
     * The number of participants: a plain integer ({@code 500}, {@code 100;}) or the sum of per-group sizes
     * ({@code Group 1:50;Group 2:50;}); null when any part is not a clean number, rather than a wrong total.
     */
    public static Integer targetSize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long sum = 0;
        int parts = 0;
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = GROUP_SIZE.matcher(part);
            if (!m.matches()) {
                return null;
            }
            sum += Long.parseLong(m.group(1));
            parts++;
        }
        return parts == 0 || sum > Integer.MAX_VALUE ? null : (int) sum;
    }

    /** An age in {@code 18 Years} form (a bare number is years, as ICTRP registries write it); null for N/A. */
    public static String age(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("no limit") || t.equals("-")) {
            return null;
        }
        Matcher m = AGE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String unit = m.group(2) == null ? "years" : m.group(2).toLowerCase(Locale.ROOT);
        if (!unit.endsWith("s")) {
            unit = unit + "s";
        }
        String number = m.group(1).replaceAll("\\.0+$", "");
        return number + " " + Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
    }

    /** ALL, MALE or FEMALE from {@code Both}, {@code All}, {@code Male}, EU CTR's {@code Female: yes Male: no}. */
    public static String sex(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = BR.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.contains("female: yes") || t.contains("male: yes")) {
            boolean f = t.contains("female: yes");
            boolean m = t.matches(".*(?<!fe)male: yes.*");
            return f && m ? "ALL" : f ? "FEMALE" : "MALE";
        }
        if (t.startsWith("both") || t.equals("all") || t.equals("male and female") || t.equals("female and male")
                || t.equals("male, female") || t.equals("female, male") || t.equals("男女均可")) {
            return "ALL";
        }
        if (t.equals("male") || t.equals("males")) {
            return "MALE";
        }
        if (t.equals("female") || t.equals("females")) {
            return "FEMALE";
        }
        return null;
    }

    /** An ISO partial date from the forms ICTRP exports use, including {@code 20200318}. */
    public static Optional<String> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher basic = BASIC_DATE.matcher(t);
        if (basic.matches()) {
            return Dates.toIso(basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3));
        }
        return Dates.toIso(t);
    }

    /** Text with {@code <br>} tags turned into line breaks and blank runs trimmed. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String t = BR.matcher(text).replaceAll("\n").replace("\r", "");
        t = t.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return t.isEmpty() ? null : t;
    }

    private static void add(List<String> out, String phase) {
        if (!out.contains(phase)) {
            out.add(phase);
        }
    }

    private static int arabic(String token) {
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
