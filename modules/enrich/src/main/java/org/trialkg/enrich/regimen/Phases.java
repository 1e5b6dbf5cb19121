package org.trialkg.enrich.regimen;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialkg.enrich.regimen.Found.Attr;

/** Gives components the treatment phase of their clause, or of their arm's label; the rules are in {@link RegimenParser}. */
final class Phases {
    private static final java.util.regex.Pattern WORDS_BETWEEN = java.util.regex.Pattern.compile(
            "(?:\\s+[\\p{L}-]+){0,3}\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static final java.util.regex.Pattern AS_IN_BEFORE = java.util.regex.Pattern.compile(
            "\\bas\\s+(?:in|during|for)\\s+(?:the\\s+)?$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A phase heading: the phase word, then "phase", "therapy" ... and a colon, at a sentence's or line's start. */
    private static final java.util.regex.Pattern HEADING_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:phase|therapy|treatment|period|regimen)?\\s*[:：]", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern HEADING_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[.;!?]\\s*|<br\\s*/?>\\s*|\\n\\s*)$", java.util.regex.Pattern.CASE_INSENSITIVE);
    // A phase over: "after (completion of) induction", "following concurrent chemoradiotherapy", "Once adjuvant
    // therapy is completed" ("once daily during induction" is no phase over).
    private static final java.util.regex.Pattern AFTER_A_PHASE = java.util.regex.Pattern.compile(
            "\\b(?:after|following|upon)\\s+(?:the\\s+)?(?:(?:completion|end)\\s+of\\s+(?:the\\s+)?)?"
            + "(?:[\\w-]+\\s+){0,2}?(neo-?adjuvant|adjuvant|induction|consolidation|concurrent)\\b"
            + "|\\b(neo-?adjuvant|adjuvant|induction|consolidation)(?:[\\s-]+[\\w/-]+){0,2}\\s+(?:is|are|has\\s+been"
            + "|have\\s+been)\\s+(?:completed|finished|over)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    // The order of the phases of a treatment, for a phase over against an arm label's.
    private static final Map<String, Integer> ORDER = Map.of("neoadjuvant", 0, "induction", 0, "concurrent", 1,
            "adjuvant", 2, "consolidation", 2, "maintenance", 3);

    private final AttributeScanner scanner;
    private final Layout layout;

    Phases(AttributeScanner scanner, Layout layout) {
        this.scanner = scanner;
        this.layout = layout;
    }

    void apply(List<Draft> drafts, List<Found> finds, String arm) {
        Map<Integer, Set<String>> byClause = new HashMap<>();
        for (Found f : finds) {
            if (f.attr() == Attr.PHASE) {
                byClause.computeIfAbsent(layout.clause(f.start()), k -> new LinkedHashSet<>()).add(f.value(String.class));
            }
        }
        String armPhase = arm == null ? null : single(phases(arm));
        // where each clause's induction begins: at its first drug that the next clause goes on with in maintenance
        Map<Integer, Set<String>> drugsByClause = new HashMap<>();
        for (Draft d : drafts) {
            drugsByClause.computeIfAbsent(d.clause, k -> new java.util.HashSet<>()).add(drugOf(d));
        }
        // (a class there, "maintenance with a PD-1 inhibitor", goes on with any drug before it)
        Set<Integer> classGoesOn = new java.util.HashSet<>();
        for (Draft d : drafts) {
            if (d.anchor.classLevel()) {
                classGoesOn.add(d.clause - 1);
            }
        }
        Map<Integer, Integer> inductionStart = new HashMap<>();
        for (Draft d : drafts) {
            Set<String> next = drugsByClause.getOrDefault(d.clause + 1, Set.of());
            // a dose of no named drug, before or in the maintenance clause, may be of any drug
            boolean goesOn = next.contains(drugOf(d)) || next.contains("") || drugOf(d).isEmpty();
            if (goesOn || classGoesOn.contains(d.clause)) {
                inductionStart.merge(d.clause, d.anchor.start(), Math::min);
            }
        }
        for (Draft d : drafts) {
            // a step of a dose escalation is not in the phase its clause names for the dose it leads to
            d.phase = d.escalationStep ? null : single(byClause.getOrDefault(d.clause, Set.of()));
            String before = d.anchor.radiotherapy() ? null : phaseJustBefore(d, finds);
            if (before != null) {
                d.phase = before;
            }
            if (d.phase == null && !d.anchor.radiotherapy() && byClause.getOrDefault(d.clause, Set.of()).isEmpty()
                    && "maintenance".equals(single(byClause.getOrDefault(d.clause + 1, Set.of())))
                    && layout.sentence(layout.clauseStart(d.clause + 1)) == d.sentence
                    && inInduction(d, inductionStart.get(d.clause))) {
                d.phase = "induction";
            }
            if (d.phase == null && !d.escalationStep && !d.anchor.radiotherapy()) {
                d.phase = headingBefore(d.anchor.start(), finds);
            }
            if (d.phase == null && !d.escalationStep && !afterAPhase(d, armPhase)) {
                d.phase = armPhase;
            }
        }
    }

    /**
     * "Once adjuvant therapy is completed, all patients will receive erlotinib 150 mg daily" under the arm label
     * "erlotinib with neoadjuvant chemotherapy": a drug its sentence places after a phase is over, a phase as late as
     * its arm label's or later, is in a later course than the one the label names. ("Following neoadjuvant
     * chemotherapy and surgery, patients receive capecitabine" under "adjuvant capecitabine" is in the label's.)
     */
    private boolean afterAPhase(Draft d, String armPhase) {
        Integer armOrder = armPhase == null ? null : ORDER.get(armPhase);
        if (armOrder == null) {
            return false;
        }
        String before = layout.text().substring(layout.sentenceStart(d.anchor.start()), d.anchor.start());
        java.util.regex.Matcher m = AFTER_A_PHASE.matcher(before);
        while (m.find()) {
            String over = AttributeScanner.phase(m.group(1) != null ? m.group(1) : m.group(2));
            if (ORDER.getOrDefault(over, -1) >= armOrder) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a draft of a clause before a maintenance clause is in the induction that begins at {@code start} (its
     * first drug the maintenance goes on with): from there on ("alflutinib ..., carboplatin ... and pemetrexed ... for
     * four cycles, followed by maintenance on alflutinib and pemetrexed"), and before it unless a bracket it is in
     * closes first ("gemcitabine ... plus carboplatin ... plus sorafenib x 6 cycles then maintenance sorafenib", but
     * not "(... ribavirin 1200 mg BID) Remdesivir 200 mg IV once, followed by 100 mg once-daily maintenance doses").
     */
    private boolean inInduction(Draft d, Integer start) {
        if (start == null) {
            return false;
        }
        if (d.anchor.start() >= start) {
            return true;
        }
        int depth = 0;
        String between = layout.text().substring(Math.min(d.anchor.end(), start), start);
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "INDUCTION PHASE: ... CONSOLIDATION PHASE: Patients receive vincristine, carmustine, and melphalan as in the
     * induction phase, ...": the phase of the last heading before {@code pos} (a phase word that opens a sentence or
     * line and ends in a colon), for a component whose clause names none or several.
     */
    private String headingBefore(int pos, List<Found> finds) {
        String text = layout.text();
        String heading = null;
        for (Found f : finds) {
            if (f.start() >= pos) {
                break;
            }
            if (f.attr() == Attr.PHASE && HEADING_AFTER.matcher(text.substring(f.end(), Math.min(text.length(),
                    f.end() + 20))).find() && HEADING_BEFORE.matcher(text.substring(Math.max(0, f.start() - 8),
                    f.start())).find()) {
                heading = f.value(String.class);
            }
        }
        return heading;
    }

    /** The drug a draft is of, as its concept where known, else as written ("" for a dose of no named drug). */
    private static String drugOf(Draft d) {
        return d.anchor.conceptIri() != null ? d.anchor.conceptIri()
                : java.util.Objects.requireNonNullElse(d.anchor.drug(), "");
    }

    /**
     * "induction immunotherapy with atezolizumab ..., and adjuvant atezolizumab": a phase word at most three words
     * before the drug's name, in its clause, is that drug's phase whatever else the clause says.
     */
    private String phaseJustBefore(Draft d, List<Found> finds) {
        Found last = null;
        for (Found f : finds) {
            if (f.attr() == Attr.PHASE && f.end() <= d.anchor.start() && layout.clause(f.start()) == d.clause) {
                last = f;
            }
        }
        if (last == null) {
            return null;
        }
        String text = layout.text();
        String between = text.substring(last.end(), d.anchor.start());
        // "cisplatin as in the induction phase and etoposide ...": a phase referred to, not this drug's
        if (AS_IN_BEFORE.matcher(text.substring(Math.max(0, last.start() - 16), last.start())).find()) {
            return null;
        }
        return WORDS_BETWEEN.matcher(between).matches() ? last.value(String.class) : null;
    }

    private Set<String> phases(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : scanner.scan(text)) {
            if (f.attr() == Attr.PHASE) {
                out.add(f.value(String.class));
            }
        }
        return out;
    }

    private static String single(Set<String> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }
}
