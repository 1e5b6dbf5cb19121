package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Trial phases as texts write them ({@code Phase 3}, {@code phase III}, {@code Phase 2/3}, {@code PHASE3}). */
final class PhaseText {
    private static final String NUM = "(?:IV|III|II|I|[1-4])";
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)(?<![A-Za-z])(early\\s+)?phase[\\s_-]*(" + NUM + ")[ab]?(?:\\s*(?:/|-|and|or)\\s*(?:phase\\s*)?(" + NUM
                    + ")[ab]?)?(?![A-Za-z0-9])");
    /** Chinese registries and news write a phase as "III期" or "二期". */
    private static final Pattern CHINESE = Pattern.compile("(IV|III|II|I|[1-4一二三四])\\s*[ab]?\\s*期");
    private static final Pattern ENUM = Pattern.compile("EARLY_PHASE1|PHASE[1-4]|NA");
    // A sentence that says which phase this study is: not a previous or another trial's phase.
    private static final Pattern OWN_STUDY = Pattern.compile(
            "(?i)\\b(this|the present|the current|we designed|we conducted|we will conduct)\\b");
    private static final Pattern OTHER_STUDY = Pattern.compile("(?i)\\b(previous|prior|earlier|former)\\b");

    private PhaseText() {
    }

    /** Phases in the ClinicalTrials.gov form from enumeration values such as {@code PHASE2, PHASE3}. */
    static List<String> fromEnums(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toUpperCase(Locale.ROOT).split("[\\s,|/]+")) {
            if (ENUM.matcher(t).matches() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out.isEmpty() ? fromWords(text) : out;
    }

    /** Phases of the first phase phrase in the text ({@code Phase 2/3} gives PHASE2 and PHASE3). */
    static List<String> fromWords(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (m.find()) {
            return phases(m);
        }
        Matcher cn = CHINESE.matcher(text);
        return cn.find() ? List.of("PHASE" + number(cn.group(1))) : List.of();
    }

    /** Phases from the first sentence that states this study's own phase ("This study is a ... phase III trial"). */
    static List<String> fromProse(String text) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (OWN_STUDY.matcher(sentence).find() && !OTHER_STUDY.matcher(sentence).find()) {
                Matcher m = WRITTEN.matcher(sentence);
                if (m.find()) {
                    return phases(m);
                }
            }
        }
        return List.of();
    }

    private static List<String> phases(Matcher m) {
        List<String> out = new ArrayList<>();
        String first = "PHASE" + number(m.group(2));
        out.add(m.group(1) != null && first.equals("PHASE1") ? "EARLY_PHASE1" : first);
        if (m.group(3) != null) {
            String second = "PHASE" + number(m.group(3));
            if (!out.contains(second)) {
                out.add(second);
            }
        }
        return out;
    }

    private static int number(String n) {
        return switch (n.toUpperCase(Locale.ROOT)) {
            case "I", "1", "一" -> 1;
            case "II", "2", "二" -> 2;
            case "III", "3", "三" -> 3;
            default -> 4;
        };
    }
}
