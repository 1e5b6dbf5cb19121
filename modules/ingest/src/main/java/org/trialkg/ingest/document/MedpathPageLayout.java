package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trialkg.model.Arm;
import org.trialkg.model.Design;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Outcome;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/**
 * A MedPath trial page saved as text: title, phase and status lines, then headed sections; its tables (arms,
 * outcomes) come out with the cells of a row run together, and are split using the interventions listed above them.
 */
final class MedpathPageLayout implements PageLayout {
    static final String NAME = "medpath-page";

    private static final Set<String> HEADINGS = Set.of("Conditions", "Interventions", "Registration Number",
            "Lead Sponsor", "Brief Summary", "Detailed Description", "Recruitment & Eligibility", "Status", "Sex",
            "Target Recruitment", "Inclusion Criteria", "Exclusion Criteria", "Study & Design", "Study Type",
            "Study Design", "Arm && Interventions", "Primary Outcome Measures", "Secondary Outcome Measures",
            "Trial Locations");
    private static final Set<String> BOILERPLATE = Set.of("MedPath", "GroupInterventionDescription",
            "NameTimeMethod");
    private static final Set<String> MODELS = Set.of("PARALLEL", "SINGLE_GROUP", "CROSSOVER", "FACTORIAL",
            "SEQUENTIAL");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        List<String> l = text.lines();
        boolean branded = !l.isEmpty() && l.get(0).equals("MedPath");
        return (branded && l.contains("Registration Number"))
                || (l.contains("Registration Number") && l.contains("Arm && Interventions"));
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        HeadedSections s = HeadedSections.parse(text.rawLines(), HEADINGS, BOILERPLATE);
        for (String line : s.preamble()) {
            List<String> phases = PhaseText.fromWords(line);
            if (out.title() == null) {
                out.title(line);
            } else if (!phases.isEmpty() && line.toLowerCase(java.util.Locale.ROOT).startsWith("phase")) {
                phases.forEach(out::phase);
            } else {
                out.status(EnumText.code(line));
            }
        }
        s.lines("Conditions").forEach(out::condition);
        RegistryId.parse(s.first("Registration Number")).ifPresent(out::id);
        String lead = s.first("Lead Sponsor");
        if (lead != null) {
            out.sponsor(new Sponsor(lead, Sponsor.LEAD, null));
        }
        out.briefSummary(s.text("Brief Summary"));
        out.detailedDescription(s.text("Detailed Description"));
        if (s.first("Status") != null) {
            out.status(EnumText.code(s.first("Status")));
        }
        Integer target = EnumText.firstInteger(s.first("Target Recruitment"));
        out.enrollment(target == null ? null : new Enrollment(target, null));
        out.studyType(EnumText.code(s.first("Study Type")));
        String model = EnumText.code(s.first("Study Design"));
        out.design(new Design(null, MODELS.contains(model) ? model : null, null, null));
        out.eligibility(new Eligibility(null, null, EnumText.sex(s.first("Sex")), null, criteria(s)));
        armsAndInterventions(s, out);
        outcomes("PRIMARY", s.lines("Primary Outcome Measures"), out);
        outcomes("SECONDARY", s.lines("Secondary Outcome Measures"), out);
        sites(s.lines("Trial Locations"), out);
    }

    private static String criteria(HeadedSections s) {
        String inclusion = s.text("Inclusion Criteria");
        String exclusion = s.text("Exclusion Criteria");
        if (inclusion == null && exclusion == null) {
            return null;
        }
        return (inclusion == null ? "" : "Inclusion Criteria:\n\n" + inclusion)
                + (inclusion != null && exclusion != null ? "\n\n" : "")
                + (exclusion == null ? "" : "Exclusion Criteria:\n\n" + exclusion);
    }

    /** Interventions are {@code Type: name} lines; each arm row is the group label, an intervention name, and text. */
    private static void armsAndInterventions(HeadedSections s, TrialRecord.Builder out) {
        List<String[]> listed = new ArrayList<>();
        for (String line : s.lines("Interventions")) {
            int colon = line.indexOf(": ");
            listed.add(colon > 0 ? new String[] {EnumText.code(line.substring(0, colon)), line.substring(colon + 2)}
                    : new String[] {null, line});
        }
        List<String> names = listed.stream().map(l -> l[1]).sorted(Comparator.comparingInt(String::length)
                .reversed()).toList();
        List<Arm> arms = new ArrayList<>();
        for (String row : s.lines("Arm && Interventions")) {
            arms.add(arm(row, names));
        }
        arms.forEach(out::arm);
        for (String[] l : listed) {
            List<String> labels = arms.stream().filter(a -> a.interventions().contains(l[1])).map(Arm::label)
                    .toList();
            out.intervention(new Intervention(l[0], l[1], null, List.of(), labels));
        }
    }

    private static Arm arm(String row, List<String> names) {
        for (String name : names) {
            // The label comes first, so the intervention is looked for after its first character.
            int at = row.indexOf(name, 1);
            if (at > 0) {
                String description = row.substring(at + name.length()).strip();
                return new Arm(row.substring(0, at).strip(), null, description.isEmpty() ? null : description,
                        List.of(name));
            }
        }
        return new Arm(row, null, null, List.of());
    }

    /** Rows of a measure run together with its time frame, each followed by a line that describes the method. */
    private static void outcomes(String kind, List<String> lines, TrialRecord.Builder out) {
        int i = 0;
        while (i < lines.size()) {
            OutcomeText.MeasureTime mt = OutcomeText.split(lines.get(i));
            String description = null;
            if (i + 1 < lines.size() && OutcomeText.split(lines.get(i + 1)).timeFrame() == null) {
                description = lines.get(i + 1);
                i++;
            }
            out.outcome(new Outcome(kind, mt.measure(), description, mt.timeFrame()));
            i++;
        }
    }

    /** A facility line, a flag line, a {@code City, Country} line; the page's count and copyright lines are not. */
    private static void sites(List<String> lines, TrialRecord.Builder out) {
        List<String> kept = lines.stream()
                .filter(l -> l.codePoints().anyMatch(Character::isLetter))
                .filter(l -> !l.matches("Locations \\(\\d+\\)") && !l.startsWith("©") && !l.contains("Rights Reserved"))
                .toList();
        for (int i = 0; i + 1 < kept.size(); i += 2) {
            Site site = CtgovParties.site(kept.get(i), kept.get(i + 1), null);
            out.site(site);
            if (site.country() != null) {
                out.country(site.country());
            }
        }
    }
}
