package org.trialkg.ingest.document;

import java.util.List;
import java.util.regex.Pattern;
import org.trialkg.model.Intervention;
import org.trialkg.model.Outcome;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

/**
 * One row of a ClinicalTrials.gov CSV export saved with one field per line: title, brief summary, conditions,
 * interventions ({@code DRUG: X|DRUG: Y}), primary and secondary outcomes ({@code measure, description, time frame}
 * joined by {@code |}), detailed description. Fields are found around the interventions line, which has a shape of
 * its own.
 */
final class CtgovCsvRowLayout implements PageLayout {
    static final String NAME = "ctgov-csv-row";

    private static final Pattern INTERVENTIONS = Pattern.compile(
            "(?:(?:DRUG|BIOLOGICAL|DEVICE|PROCEDURE|RADIATION|BEHAVIORAL|GENETIC|DIETARY_SUPPLEMENT|COMBINATION_PRODUCT"
                    + "|DIAGNOSTIC_TEST|OTHER): [^|]+)(?:\\|(?:[A-Z_]+): [^|]+)*");
    private static final Pattern TIME = Pattern.compile("(?i)\\d|day|week|month|year|hour|cycle|baseline|end of");
    private static final int MAX_FIELDS = 20;
    private static final int MAX_TIME_FRAME = 120;
    private static final List<String> KINDS = List.of("PRIMARY", "SECONDARY", "OTHER");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        List<String> l = text.lines();
        return l.size() <= MAX_FIELDS && interventionsLine(l) >= 1;
    }

    private static int interventionsLine(List<String> lines) {
        for (int i = 1; i < Math.min(lines.size(), 8); i++) {
            if (INTERVENTIONS.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        List<String> l = text.lines();
        int k = interventionsLine(l);
        int first = 0;
        // An export with the NCT Number column has the ID on a line of its own.
        if (RegistryId.parse(l.get(0)).isPresent()) {
            RegistryId.parse(l.get(0)).ifPresent(out::id);
            first = 1;
        }
        out.title(l.get(first));
        if (k - first >= 3) {
            out.briefSummary(String.join("\n", l.subList(first + 1, k - 1)));
            for (String c : l.get(k - 1).split("\\|")) {
                out.condition(c);
            }
        } else if (k - first == 2) {
            out.briefSummary(l.get(first + 1));
        }
        for (String item : l.get(k).split("\\|")) {
            int colon = item.indexOf(": ");
            out.intervention(new Intervention(EnumText.code(item.substring(0, colon)), item.substring(colon + 2).strip(), null,
                    List.of(), List.of()));
        }
        int i = k + 1;
        for (int kind = 0; kind < KINDS.size() && i < l.size() && isOutcomeList(l.get(i)); kind++, i++) {
            for (String item : l.get(i).split("\\|")) {
                out.outcome(outcome(KINDS.get(kind), item));
            }
        }
        if (i < l.size()) {
            out.detailedDescription(String.join("\n", l.subList(i, l.size())));
        }
        String prose = String.join("\n", l.subList(first, l.size()));
        PhaseText.fromProse(prose).forEach(out::phase);
    }

    // Every item ends in ", <time frame>": a short text that names a time.
    private static boolean isOutcomeList(String line) {
        for (String item : line.split("\\|")) {
            int cut = item.lastIndexOf(", ");
            if (cut < 0 || item.length() - cut > MAX_TIME_FRAME || !TIME.matcher(item.substring(cut)).find()) {
                return false;
            }
        }
        return true;
    }

    /** {@code measure, description, time frame}; the description may itself hold commas. */
    private static Outcome outcome(String kind, String item) {
        int firstCut = item.indexOf(", ");
        int lastCut = item.lastIndexOf(", ");
        String measure = item.substring(0, firstCut).strip();
        String timeFrame = item.substring(lastCut + 2).strip();
        String description = lastCut > firstCut ? item.substring(firstCut + 2, lastCut).strip() : null;
        return new Outcome(kind, measure, description, timeFrame);
    }
}
