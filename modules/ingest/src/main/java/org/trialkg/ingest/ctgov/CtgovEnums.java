package org.trialkg.ingest.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ClinicalTrials.gov values in the API v2 enumeration names ({@code PHASE3}, {@code RECRUITING},
 * {@code PARALLEL}), read from the API v2 names themselves or from the words the classic site, the classic CSV
 * export and the legacy XML write ({@code Phase 3}, {@code Recruiting}, {@code Parallel Assignment}).
 */
final class CtgovEnums {
    private static final Pattern PHASE = Pattern.compile("(?i)(early[\\s_]*)?phase[\\s_]*([1-4]|iv|iii|ii|i)\\b");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)\\s*(n/?a|not applicable)\\s*");

    // Classic words whose upper-cased form is not the API v2 name.
    private static final Map<String, String> STATUS = Map.of("UNKNOWN_STATUS", "UNKNOWN");
    private static final Map<String, String> MODEL = Map.of(
            "PARALLEL_ASSIGNMENT", "PARALLEL",
            "SINGLE_GROUP_ASSIGNMENT", "SINGLE_GROUP",
            "CROSSOVER_ASSIGNMENT", "CROSSOVER",
            "FACTORIAL_ASSIGNMENT", "FACTORIAL",
            "SEQUENTIAL_ASSIGNMENT", "SEQUENTIAL");
    private static final Map<String, String> PURPOSE = Map.of(
            "EDUCATIONAL_COUNSELING_TRAINING", "ECT");
    private static final Map<String, String> INTERVENTION_TYPE = Map.of(
            "PROCEDURE_SURGERY", "PROCEDURE",
            "GENE_TRANSFER", "GENETIC");
    private static final Map<String, String> AGENCY_CLASS = Map.of(
            "U_S_FED", "FED",
            "OTHER_U_S_FEDERAL_AGENCY", "FED",
            "US_FED", "FED");
    private static final Map<String, String> STUDY_TYPE = Map.of(
            "OBSERVATIONAL_PATIENT_REGISTRY", "OBSERVATIONAL");

    private static final Set<String> INTERVENTION_TYPES = Set.of("DRUG", "BIOLOGICAL", "DEVICE",
            "PROCEDURE", "PROCEDURE_SURGERY", "RADIATION", "BEHAVIORAL", "GENETIC", "DIETARY_SUPPLEMENT",
            "COMBINATION_PRODUCT", "DIAGNOSTIC_TEST", "OTHER");
    private static final Pattern TYPED_NAME = Pattern.compile("^\\s*([A-Za-z][A-Za-z_ /]*?)\\s*:\\s*(.+)$", Pattern.DOTALL);

    /** An intervention name with the type it was written with ({@code Drug: Docetaxel}); the type may be null. */
    record TypedName(String type, String name) {
    }

    private CtgovEnums() {
    }

    /**
     * Splits {@code Drug: Docetaxel} or {@code DRUG: Docetaxel} into type {@code DRUG} and name {@code Docetaxel};
     * a text without a known type prefix is all name ({@code Ratio: 1:1} stays whole).
     */
    static TypedName typedName(String text) {
        String t = text.strip();
        Matcher m = TYPED_NAME.matcher(t);
        if (m.matches()) {
            String c = code(m.group(1));
            if (c != null && INTERVENTION_TYPES.contains(c)) {
                return new TypedName(interventionType(c), m.group(2).strip());
            }
        }
        return new TypedName(null, t);
    }

    private static final Pattern CODE_GAPS = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern CODE_EDGES = Pattern.compile("^_+|_+$");

    /** {@code Active, not recruiting} becomes {@code ACTIVE_NOT_RECRUITING}; null or blank gives null. */
    static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String c = CODE_EDGES.matcher(CODE_GAPS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        return c.isEmpty() ? null : c;
    }

    /** Overall or site recruitment status: {@code RECRUITING}, {@code COMPLETED}, {@code UNKNOWN}, ... */
    static String status(String text) {
        String c = code(text);
        return c == null ? null : STATUS.getOrDefault(c, c);
    }

    /**
     * Phases from {@code PHASE2|PHASE3}, {@code Phase 2/Phase 3}, {@code Phase 2|Phase 3}, {@code Early Phase 1} or
     * {@code N/A}; empty when the text names none.
     */
    static List<String> phases(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            out.add("NA");
            return out;
        }
        for (String part : text.split("[|,/]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String phase = null;
            Matcher m = PHASE.matcher(p);
            if (m.find()) {
                int n = number(m.group(2));
                phase = m.group(1) != null && n == 1 ? "EARLY_PHASE1" : "PHASE" + n;
            } else if (NOT_APPLICABLE.matcher(p).matches() || "NA".equals(code(p))) {
                phase = "NA";
            }
            if (phase != null && !out.contains(phase)) {
                out.add(phase);
            }
        }
        return out;
    }

    /** {@code INTERVENTIONAL}, {@code OBSERVATIONAL} or {@code EXPANDED_ACCESS}; {@code N/A} gives null. */
    static String studyType(String text) {
        if (text == null || NOT_APPLICABLE.matcher(text).matches()) {
            return null;
        }
        String c = code(text);
        return c == null ? null : STUDY_TYPE.getOrDefault(c, c);
    }

    /** {@code RANDOMIZED}, {@code NON_RANDOMIZED} or {@code NA}. */
    static String allocation(String text) {
        return naOr(text);
    }

    /** {@code PARALLEL}, {@code SINGLE_GROUP}, {@code CROSSOVER}, {@code FACTORIAL}, {@code SEQUENTIAL}. */
    static String interventionModel(String text) {
        String c = code(text);
        return c == null ? null : MODEL.getOrDefault(c, c);
    }

    /** {@code TREATMENT}, {@code PREVENTION}, {@code SUPPORTIVE_CARE}, {@code ECT}, ... */
    static String purpose(String text) {
        String c = code(text);
        return c == null ? null : PURPOSE.getOrDefault(c, c);
    }

    /**
     * {@code NONE}, {@code SINGLE}, {@code DOUBLE}, {@code TRIPLE} or {@code QUADRUPLE}, from {@code None (Open
     * Label)}, {@code Double (Participant, Investigator)}, the older {@code Double Blind (Subject, ...)} or
     * {@code DOUBLE}.
     */
    static String masking(String text) {
        String c = code(text);
        if (c == null) {
            return null;
        }
        if (c.contains("OPEN_LABEL") || c.startsWith("NONE")) {
            return "NONE";
        }
        for (String level : List.of("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")) {
            if (c.startsWith(level)) {
                return level;
            }
        }
        return c;
    }

    /** {@code EXPERIMENTAL}, {@code ACTIVE_COMPARATOR}, {@code PLACEBO_COMPARATOR}, {@code NO_INTERVENTION}, ... */
    static String armType(String text) {
        return code(text);
    }

    /** {@code DRUG}, {@code BIOLOGICAL}, {@code RADIATION}, {@code PROCEDURE}, {@code DIETARY_SUPPLEMENT}, ... */
    static String interventionType(String text) {
        String c = code(text);
        return c == null ? null : INTERVENTION_TYPE.getOrDefault(c, c);
    }

    /** {@code ALL}, {@code FEMALE} or {@code MALE}; the classic "Both" counts as all. */
    static String sex(String text) {
        String c = code(text);
        return c == null ? null : c.equals("BOTH") ? "ALL" : c;
    }

    /** {@code INDUSTRY}, {@code NIH}, {@code FED}, {@code OTHER_GOV}, {@code NETWORK}, {@code INDIV}, {@code OTHER}. */
    static String agencyClass(String text) {
        String c = code(text);
        return c == null ? null : AGENCY_CLASS.getOrDefault(c, c);
    }

    /** {@code ACTUAL} or {@code ESTIMATED}; the classic "Anticipated" is an estimate. */
    static String enrollmentType(String text) {
        String c = code(text);
        return c == null ? null : c.equals("ANTICIPATED") ? "ESTIMATED" : c;
    }

    /** {@code PRINCIPAL_INVESTIGATOR}, {@code STUDY_CHAIR}, {@code STUDY_DIRECTOR}, {@code SUB_INVESTIGATOR}, ... */
    static String role(String text) {
        return code(text);
    }

    /** {@code SPONSOR}, {@code PRINCIPAL_INVESTIGATOR} or {@code SPONSOR_INVESTIGATOR}. */
    static String responsiblePartyType(String text) {
        return code(text);
    }

    /** True for yes, accepts or true; false for no or false; null for anything else. */
    static Boolean yesNo(String text) {
        String c = code(text);
        if (c == null) {
            return null;
        }
        if (c.equals("YES") || c.equals("TRUE") || c.startsWith("ACCEPTS")) {
            return Boolean.TRUE;
        }
        return c.equals("NO") || c.equals("FALSE") ? Boolean.FALSE : null;
    }

    /** An age such as {@code 18 Years}; {@code N/A} and blanks give null. */
    static String age(String text) {
        if (text == null || text.isBlank() || NOT_APPLICABLE.matcher(text).matches()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String naOr(String text) {
        if (text != null && NOT_APPLICABLE.matcher(text).matches()) {
            return "NA";
        }
        return code(text);
    }

    private static int number(String n) {
        return switch (n.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
