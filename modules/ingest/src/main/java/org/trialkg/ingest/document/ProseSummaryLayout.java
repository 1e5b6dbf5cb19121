package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Arm;
import org.trialkg.model.Design;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Outcome;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

/**
 * A prose study summary without a registry ID, followed by {@code Key} / {@code VALUE} lines (Study Type,
 * Allocation, Purpose, Masking, Enrollment), an intervention line and outcome blocks closed by
 * {@code Time frame: ...}. Phase, conditions and arms are read from the prose where it states them plainly; a title
 * or ID is never made up. Arms given a drug take the prose's dosage passage as their description.
 */
final class ProseSummaryLayout implements PageLayout {
    static final String NAME = "prose-summary";

    private static final Map<String, String> KEYS = Map.of("Study Type", "studyType", "Allocation", "allocation",
            "Purpose", "purpose", "Masking", "masking", "Enrollment", "enrollment", "Intervention Model", "model",
            "Phase", "phase");
    private static final String TIME_FRAME = "Time frame:";
    private static final Pattern DOSE = Pattern.compile(
            "(?i)\\b\\d+(?:\\.\\d+)?\\s*(?:mg|g|mcg|µg|ug|iu|units?|ml)(?:/(?:m2|m²|kg|day))?\\b");
    private static final Pattern ARM = Pattern.compile("([A-Z][A-Za-z0-9 +/-]*? group) \\((Group [A-Z0-9]+)\\)");
    /** "The medication dosage is as follows:" opens the prose's statement of the regimen. */
    private static final Pattern DOSAGE_START = Pattern.compile(
            "(?i)\\bthe\\s+(?:medication\\s+|drug\\s+)?dos(?:age|ing)(?:\\s+regimen)?\\s+(?:is|are)\\s+as\\s+follows\\b");
    /** The sentence that closes the statement: "The maximum duration of medication is 1 year." */
    private static final Pattern DOSAGE_END = Pattern.compile(
            "(?i)\\bmaximum\\s+(?:treatment\\s+)?duration\\b[^\\n]*?\\.(?=\\s|$)");
    private static final Pattern NO_TREATMENT = Pattern.compile(
            "(?i)\\b(observation|no intervention|no treatment|watchful|best supportive care)\\b");
    private static final Pattern POPULATION = Pattern.compile(
            "(?i)(?:participants|subjects|population)\\s+(?:are|is|will be|include)\\s+patients\\s+with\\s+"
                    + "([^.,;()]+?)(?=\\s+(?:who|that|after|and|in)\\b|[.,;(])");
    private static final Pattern QUALIFIERS = Pattern.compile(
            "(?i)^(?:(?:unresectable|resectable|locally|advanced|metastatic|recurrent|relapsed|refractory|newly|"
                    + "diagnosed|untreated|previously|treated|early[- ]stage|late[- ]stage|stage\\s+[IV]+[A-C]?)\\s+)+");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        List<String> l = text.lines();
        boolean hasKeys = l.contains("Study Type") && (l.contains("Allocation") || l.contains("Enrollment"));
        boolean hasOutcomes = l.stream().anyMatch(x -> x.startsWith(TIME_FRAME));
        return hasKeys && hasOutcomes && l.stream().noneMatch(x -> x.startsWith("NCT ID:"));
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        List<String> l = text.lines();
        int kv = l.indexOf("Study Type");
        String prose = String.join("\n", l.subList(0, kv));
        out.briefSummary(prose);
        String[] design = new String[4];
        int i = kv;
        while (i + 1 < l.size() && KEYS.containsKey(l.get(i))) {
            String value = l.get(i + 1);
            switch (KEYS.get(l.get(i))) {
                case "studyType" -> out.studyType(EnumText.code(value));
                case "allocation" -> design[0] = EnumText.code(value);
                case "model" -> design[1] = EnumText.code(value);
                case "purpose" -> design[2] = EnumText.code(value);
                case "masking" -> design[3] = EnumText.code(value);
                case "enrollment" -> {
                    Integer n = EnumText.firstInteger(value);
                    out.enrollment(n == null ? null : new Enrollment(n, null));
                }
                default -> PhaseText.fromEnums(value).forEach(out::phase);
            }
            i += 2;
        }
        out.design(new Design(design[0], design[1], design[2], design[3]));
        PhaseText.fromProse(prose).forEach(out::phase);
        condition(prose).ifPresent(out::condition);
        List<String> interventionLines = new ArrayList<>();
        while (i < l.size() && DOSE.matcher(l.get(i)).find() && !l.get(i).startsWith(TIME_FRAME)) {
            interventionLines.add(l.get(i));
            i++;
        }
        List<Arm> arms = arms(prose, interventionLines);
        arms.forEach(out::arm);
        for (String line : interventionLines) {
            String name = interventionName(line);
            List<String> labels = arms.stream().filter(a -> a.interventions().contains(name)).map(Arm::label)
                    .toList();
            // A dose in milligrams or units says the intervention is a drug.
            out.intervention(new Intervention("DRUG", name, line, List.of(), labels));
        }
        outcomes(l, i, out);
        for (RegistryId related : RegistryId.findAll(text.text())) {
            out.related(related);
        }
    }

    private static java.util.Optional<String> condition(String prose) {
        Matcher m = POPULATION.matcher(prose);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String c = QUALIFIERS.matcher(m.group(1).strip()).replaceFirst("");
        return c.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(c);
    }

    private static List<Arm> arms(String prose, List<String> interventionLines) {
        List<String> names = interventionLines.stream().map(ProseSummaryLayout::interventionName).toList();
        List<Arm> arms = new ArrayList<>();
        Matcher m = ARM.matcher(prose);
        while (m.find()) {
            String label = m.group(1) + " (" + m.group(2) + ")";
            boolean none = NO_TREATMENT.matcher(m.group(1)).find();
            List<String> given = none ? List.of() : names.stream()
                    .filter(n -> m.group(1).toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))).toList();
            String description = none ? null : dosage(prose, given);
            arms.add(new Arm(label, none ? "NO_INTERVENTION" : "EXPERIMENTAL", description, given));
        }
        return arms;
    }

    /**
     * The prose's dosage passage, from "The medication dosage is as follows" to the end of its "maximum duration"
     * sentence, for an arm whose interventions it names: the intervention line often gives less (no route, cycles
     * or maximum duration). Null when the prose has no such passage or it names none of the arm's interventions.
     */
    static String dosage(String prose, List<String> interventions) {
        Matcher start = DOSAGE_START.matcher(prose);
        if (!start.find()) {
            return null;
        }
        Matcher end = DOSAGE_END.matcher(prose);
        if (!end.find(start.end())) {
            return null;
        }
        String passage = prose.substring(start.start(), end.end()).strip();
        String lower = passage.toLowerCase(Locale.ROOT);
        boolean names = interventions.stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
        return names ? passage : null;
    }

    /** The words before the dose: {@code Toripalimab 240 mg, ...} names Toripalimab. */
    static String interventionName(String line) {
        Matcher d = DOSE.matcher(line);
        String name = d.find() ? line.substring(0, d.start()) : line;
        name = name.replaceAll("[\\s,:;-]+$", "").strip();
        return name.isEmpty() ? line : name;
    }

    /**
     * Blocks of a measure line, description lines and {@code Time frame: X}. The summary does not say which
     * outcomes are primary, so every one is of kind OTHER rather than a guess. Lines after the last block (a
     * site's disclaimer) are not outcomes.
     */
    private static void outcomes(List<String> l, int from, TrialRecord.Builder out) {
        int start = from;
        for (int i = from; i < l.size(); i++) {
            if (!l.get(i).startsWith(TIME_FRAME)) {
                continue;
            }
            if (i > start) {
                String description = i > start + 1 ? String.join("\n", l.subList(start + 1, i)) : null;
                String timeFrame = l.get(i).substring(TIME_FRAME.length()).strip();
                out.outcome(new Outcome("OTHER", l.get(start), description, timeFrame.isEmpty() ? null : timeFrame));
            }
            start = i + 1;
        }
    }
}
