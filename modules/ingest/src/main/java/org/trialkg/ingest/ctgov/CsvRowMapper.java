package org.trialkg.ingest.ctgov;

import static org.trialkg.ingest.ctgov.CsvLayout.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Dates;
import org.trialkg.model.Design;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Site;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/** Maps one row of a ClinicalTrials.gov CSV export to a {@link TrialRecord}. */
final class CsvRowMapper {
    private static final String AGE = "(\\d+\\s+(?:Year|Month|Week|Day|Hour|Minute)s?)";
    private static final Pattern AGE_RANGE = Pattern.compile("(?i)^\\s*" + AGE + "\\s+to\\s+" + AGE);
    private static final Pattern AGE_MIN = Pattern.compile("(?i)^\\s*" + AGE + "\\s+and\\s+older");
    private static final Pattern AGE_MAX = Pattern.compile("(?i)^\\s*up\\s+to\\s+" + AGE);
    private static final Pattern POSTCODE = Pattern.compile(".*\\d.*");

    /** Maps the row; {@code id} is its valid NCT ID, or null when the export has no NCT column. */
    TrialRecord map(CsvLayout l, String[] row, RegistryId id, Source source) {
        TrialRecord.Builder b = TrialRecord.builder(source).id(id);
        b.title(l.get(row, Column.TITLE)).acronym(l.get(row, Column.ACRONYM));
        b.status(CtgovEnums.status(l.get(row, Column.STATUS)));
        b.briefSummary(l.get(row, Column.SUMMARY));
        split(l.get(row, Column.CONDITIONS)).forEach(b::condition);
        for (String i : split(l.get(row, Column.INTERVENTIONS))) {
            CtgovEnums.TypedName t = CtgovEnums.typedName(i);
            b.intervention(new Intervention(t.type(), t.name(), null, List.of(), List.of()));
        }
        outcomes(l.get(row, Column.PRIMARY_OUTCOMES), "PRIMARY", b);
        outcomes(l.get(row, Column.SECONDARY_OUTCOMES), "SECONDARY", b);
        outcomes(l.get(row, Column.OTHER_OUTCOMES), "OTHER", b);
        // The classic export runs primary and secondary measures together without saying which is which.
        split(l.get(row, Column.OUTCOMES)).forEach(m -> b.outcome(new Outcome("OTHER", m, null, null)));
        sponsors(l, row, b);
        eligibility(l.get(row, Column.SEX), l.get(row, Column.AGE), b);
        CtgovEnums.phases(l.get(row, Column.PHASES)).forEach(b::phase);
        String enrollment = l.get(row, Column.ENROLLMENT);
        if (enrollment != null && enrollment.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(enrollment), null));
        }
        b.studyType(CtgovEnums.studyType(l.get(row, Column.STUDY_TYPE)));
        b.design(design(l.get(row, Column.DESIGN)));
        split(l.get(row, Column.OTHER_IDS)).forEach(v -> b.otherId(new OtherId(v, "OTHER_ID", null)));
        b.startDate(date(l.get(row, Column.START)));
        String completion = date(l.get(row, Column.COMPLETION));
        b.completionDate(completion != null ? completion : date(l.get(row, Column.PRIMARY_COMPLETION)));
        b.lastUpdated(date(l.get(row, Column.LAST_UPDATE)));
        for (String location : split(l.get(row, Column.LOCATIONS))) {
            Site s = site(location);
            if (s != null) {
                b.site(s);
                b.country(s.country());
            }
        }
        return b.build();
    }

    private static void sponsors(CsvLayout l, String[] row, TrialRecord.Builder b) {
        List<String> names = new ArrayList<>();
        List<String> collaborators = split(l.get(row, Column.COLLABORATORS));
        if (l.get(row, Column.SPONSOR) != null) {
            names.add(l.get(row, Column.SPONSOR));
        } else {
            // classic: "Lead|Collaborator|Collaborator"
            List<String> all = split(l.get(row, Column.SPONSOR_COLLABORATORS));
            if (!all.isEmpty()) {
                names.add(all.get(0));
                collaborators = all.subList(1, all.size());
            }
        }
        List<String> funders = split(l.get(row, Column.FUNDER_TYPE));
        // The current export gives the lead sponsor's class; the classic one lists the classes of all funders,
        // which tells the lead's only when there is one funder.
        String leadClass = funders.size() == 1 && (!l.classic() || collaborators.isEmpty())
                ? CtgovEnums.agencyClass(funders.get(0)) : null;
        if (!names.isEmpty()) {
            b.sponsor(new Sponsor(names.get(0), Sponsor.LEAD, leadClass));
        }
        collaborators.forEach(c -> b.sponsor(new Sponsor(c, Sponsor.COLLABORATOR, null)));
    }

    private static void eligibility(String sex, String age, TrialRecord.Builder b) {
        String min = null;
        String max = null;
        if (age != null) {
            Matcher m;
            if ((m = AGE_RANGE.matcher(age)).find()) {
                min = m.group(1);
                max = m.group(2);
            } else if ((m = AGE_MIN.matcher(age)).find()) {
                min = m.group(1);
            } else if ((m = AGE_MAX.matcher(age)).find()) {
                max = m.group(1);
            }
        }
        b.eligibility(new Eligibility(CtgovEnums.age(min), CtgovEnums.age(max), CtgovEnums.sex(sex), null, null));
    }

    /** {@code Allocation: RANDOMIZED|Intervention Model: PARALLEL|Masking: DOUBLE (...)|Primary Purpose: ...}. */
    static Design design(String text) {
        String allocation = null;
        String model = null;
        String purpose = null;
        String masking = null;
        for (String part : split(text)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = CtgovEnums.code(part.substring(0, colon));
            String value = part.substring(colon + 1).strip();
            switch (key == null ? "" : key) {
                case "ALLOCATION" -> allocation = CtgovEnums.allocation(value);
                case "INTERVENTION_MODEL" -> model = CtgovEnums.interventionModel(value);
                case "PRIMARY_PURPOSE" -> purpose = CtgovEnums.purpose(value);
                case "MASKING" -> masking = CtgovEnums.masking(value);
                default -> {
                    // observational model and time perspective have no place in the design yet
                }
            }
        }
        return new Design(allocation, model, purpose, masking);
    }

    /**
     * {@code measure, description, time frame}: the measure runs to the first comma and the time frame is the
     * last part, since neither a measure's name nor a time frame usually has a comma and a description often does.
     */
    private static void outcomes(String text, String kind, TrialRecord.Builder b) {
        for (String o : split(text)) {
            String[] parts = o.split(",\\s+");
            if (parts.length >= 3) {
                int cut = o.indexOf(", ");
                int last = o.lastIndexOf(", ");
                b.outcome(new Outcome(kind, o.substring(0, cut).strip(), o.substring(cut + 2, last).strip(),
                        o.substring(last + 2).strip()));
            } else if (parts.length == 2) {
                b.outcome(new Outcome(kind, parts[0].strip(), null, parts[1].strip()));
            } else {
                b.outcome(new Outcome(kind, o, null, null));
            }
        }
    }

    /**
     * {@code Facility, City, State, Zip, Country}, parts left out when unknown: read from the right, the last part
     * is the country, a part with a digit before it the postal code, and of the rest the last two are city and state
     * when there are three or more (facility names have commas too).
     */
    static Site site(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : text.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String country = parts.remove(parts.size() - 1);
        String zip = null;
        if (parts.size() >= 2 && POSTCODE.matcher(parts.get(parts.size() - 1)).matches()) {
            zip = parts.remove(parts.size() - 1);
        }
        String facility = null;
        String city = null;
        String state = null;
        if (parts.size() == 1) {
            city = parts.get(0);
        } else if (parts.size() == 2) {
            facility = parts.get(0);
            city = parts.get(1);
        } else if (parts.size() >= 3) {
            state = parts.remove(parts.size() - 1);
            city = parts.remove(parts.size() - 1);
            facility = String.join(", ", parts);
        }
        return new Site(facility, city, state, zip, country, null, null, null);
    }

    private static String date(String text) {
        return Dates.toIso(text).orElse(null);
    }

    /** Values joined by {@code |}, stripped, blanks left out. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String v : text.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
