package org.trialkg.ingest.document;

import java.util.List;
import java.util.Set;
import org.trialkg.model.Dates;
import org.trialkg.model.Design;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

/**
 * A ClinicalTrials.gov mirror page saved as text: a title line, {@code NCT ID: ...}, then one heading per value
 * (Recruitment Status, Clinical Phase, Study Groups, Sponsors, ...), each followed by a sentence of boilerplate.
 */
final class CtgovPageLayout implements PageLayout {
    static final String NAME = "ctgov-page";

    static final Set<String> HEADINGS = Set.of("Study Results", "Basic Information", "Recruitment Status",
            "Clinical Phase", "Total Enrollment", "Study Classification", "Study Start Date",
            "Primary Completion Date", "Study Completion Date", "Brief Summary", "Detailed Description",
            "Conditions", "Keywords", "Study Design", "Allocation Method", "Intervention Model",
            "Primary Study Purpose", "Blinding Strategy", "Study Groups", "Interventions", "Other Intervention Names",
            "Eligibility Criteria", "Inclusion Criteria", "Exclusion Criteria", "Minimum Eligible Age",
            "Maximum Eligible Age", "Eligible Sex", "Accepts Healthy Volunteers", "Sponsors", "Responsible Party",
            "Principal Investigators", "Locations", "Countries", "Central Contacts", "Facility Contacts",
            "References", "Other Identifiers", "More Related Trials");

    // The sentence the mirror puts under each heading; it says nothing about the trial.
    static final Set<String> BOILERPLATE = Set.of(
            "Results pending",
            "The study team has not published outcome measurements, participant flow, or safety data for this trial "
                    + "yet. Check back later for updates.",
            "Get a concise snapshot of the trial, including recruitment status, study phase, enrollment targets, and "
                    + "key timeline milestones.",
            "Review the sponsor-provided synopsis that highlights what the study is about and why it is being "
                    + "conducted.",
            "Dive into the extended narrative that explains the scientific background, objectives, and procedures in "
                    + "greater depth.",
            "See the medical conditions and disease areas that this research is targeting or investigating.",
            "Understand how the trial is structured, including allocation methods, masking strategies, primary "
                    + "purpose, and other design elements.",
            "Review each arm or cohort in the study, along with the interventions and objectives associated with "
                    + "them.",
            "Learn about the drugs, procedures, or behavioral strategies being tested and how they are applied within "
                    + "this trial.",
            "Discover alternative or legacy names that may be used to describe the listed interventions across "
                    + "different sources.",
            "Check the participation requirements, including inclusion and exclusion rules, age limits, and whether "
                    + "healthy volunteers are accepted.",
            "Meet the organizations funding or collaborating on the study and learn about their roles.",
            "Identify the individual or organization who holds primary responsibility for the study information "
                    + "submitted to regulators.",
            "Learn about the lead researchers overseeing the trial and their institutional affiliations.",
            "Explore where the study is taking place and check the recruitment status at each participating site.",
            "Review the countries where the study has at least one active or historical site.",
            "Reach out to these primary contacts for questions about participation or study logistics.",
            "Find local site contact details for specific facilities participating in the trial.",
            "Explore related publications, articles, or registry entries linked to this study.",
            "Review additional registry numbers or institutional identifiers associated with this trial.",
            "Additional clinical trials that may be relevant based on similarity analysis.");

    private static final Set<String> SIGNATURE = Set.of("Recruitment Status", "Clinical Phase", "Study Groups",
            "Eligibility Criteria", "Brief Summary", "Study Classification", "Sponsors");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        boolean hasId = text.lines().stream().limit(20).anyMatch(l -> l.startsWith("NCT ID:"));
        return hasId && sections(text).count(SIGNATURE) >= 3;
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        HeadedSections s = sections(text);
        readPreamble(s.preamble(), out);
        out.status(EnumText.code(s.first("Recruitment Status")));
        String phase = s.first("Clinical Phase");
        if (phase != null) {
            PhaseText.fromEnums(phase).forEach(out::phase);
        }
        Integer count = EnumText.firstInteger(s.first("Total Enrollment"));
        out.enrollment(count == null ? null : new Enrollment(count, null));
        out.studyType(EnumText.code(s.first("Study Classification")));
        out.startDate(date(s.first("Study Start Date")));
        out.completionDate(date(s.first("Study Completion Date")));
        out.briefSummary(s.text("Brief Summary"));
        out.detailedDescription(s.text("Detailed Description"));
        s.lines("Conditions").forEach(out::condition);
        s.lines("Keywords").forEach(out::keyword);
        // The model description the page prints under Intervention Model has no field in the record; it repeats
        // what the arm descriptions say, so only the enumeration value is kept.
        out.design(new Design(EnumText.code(s.first("Allocation Method")), EnumText.code(s.first("Intervention Model")),
                EnumText.code(s.first("Primary Study Purpose")), EnumText.code(s.first("Blinding Strategy"))));
        new CtgovGroups(s.lines("Study Groups"), s.lines("Interventions"), s.lines("Other Intervention Names"))
                .read(out);
        out.eligibility(eligibility(s));
        CtgovParties parties = new CtgovParties(s);
        parties.read(out);
        for (RegistryId related : RegistryId.findAll(s.text("More Related Trials") == null ? ""
                : s.text("More Related Trials"))) {
            out.related(related);
        }
    }

    static HeadedSections sections(PageText text) {
        return HeadedSections.parse(text.rawLines(), HEADINGS, BOILERPLATE);
    }

    private static void readPreamble(List<String> preamble, TrialRecord.Builder out) {
        for (String line : preamble) {
            if (line.startsWith("NCT ID:")) {
                RegistryId.parse(line.substring("NCT ID:".length())).ifPresent(out::id);
            } else if (line.startsWith("Last Updated:")) {
                out.lastUpdated(date(line.substring("Last Updated:".length())));
            } else if (out.title() == null) {
                out.title(line);
            }
        }
    }

    private static Eligibility eligibility(HeadedSections s) {
        String inclusion = s.text("Inclusion Criteria");
        String exclusion = s.text("Exclusion Criteria");
        String criteria = null;
        if (inclusion != null || exclusion != null) {
            criteria = (inclusion == null ? "" : "Inclusion Criteria:\n\n" + inclusion)
                    + (inclusion != null && exclusion != null ? "\n\n" : "")
                    + (exclusion == null ? "" : "Exclusion Criteria:\n\n" + exclusion);
        }
        return new Eligibility(s.first("Minimum Eligible Age"), s.first("Maximum Eligible Age"),
                EnumText.sex(s.first("Eligible Sex")), EnumText.yesNo(s.first("Accepts Healthy Volunteers")),
                criteria);
    }

    static String date(String text) {
        return text == null ? null : Dates.toIso(text).orElse(null);
    }
}
