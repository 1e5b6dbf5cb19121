package org.trialkg.ingest.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Hashes;
import org.trialkg.model.Design;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/**
 * Maps one ICTRP export row (from the XML, CSV or XLSX export, keyed by {@link #key(String) normalised column
 * names}) to a {@link TrialRecord}; the one place that knows what each ICTRP column means.
 *
 * <pre>{@code
 * TrialRecord r = new IctrpRecordMapper("ictrp-csv").map(row, "COVID19.csv");
 * }</pre>
 */
public final class IctrpRecordMapper {
    /** Type of the {@link OtherId} that keeps ICTRP's bridged type ({@code parent} or {@code child}). */
    public static final String BRIDGED = "ICTRP bridged";
    /** Type of the {@link OtherId} that keeps ICTRP's retrospective-registration flag ({@code Yes} or {@code No}). */
    public static final String RETROSPECTIVE = "ICTRP retrospective flag";
    /** Type of the {@link OtherId} that keeps the record's web address in its registry. */
    public static final String URL = "URL";
    /** Type of the {@link OtherId}s read from a secondary-ID column. */
    public static final String SECONDARY_ID = "Secondary ID";

    private static final String ICTRP = "WHO ICTRP";
    private static final Pattern TYPED = Pattern.compile("(?i)\\s*(drug|biological|device|procedure|radiation|"
            + "behavioral|genetic|dietary supplement|combination product|diagnostic test|other)\\s*:\\s*(.+)",
            Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("(?s)([^:]{1,120}):(.+)");
    // IRCT numbers its arms' texts ("Intervention 1: Intervention group: ... Intervention 2: Control group: ...",
    // some records "Control 1:" for the comparator), CTRI its products ("Intervention1: ... Control Intervention1: ...")
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)\\s*(?:Control\\s+)?(?:Intervention|Control)\\s*\\d+\\s*:\\s*");
    // the arm a numbered text names first: "Intervention group:", "Control group:", "Placebo arm:"
    private static final Pattern ARM_LABEL = Pattern.compile("(?is)([\\p{L} -]{1,40}?\\s(?:group|arm))\\s*:\\s*(.+)");
    // what registries write in a field that has no value
    private static final Pattern NO_VALUE = Pattern.compile(
            "(?i)none|nil|null|n/?a|not applicable|not available|no|-+|无");
    private static final Pattern EU_PRODUCT = Pattern.compile("(?i)(Product Name|Trade Name|INN or Proposed INN|"
            + "Product Code)\\s*:\\s*([^\\n]+)");
    private static final Pattern MEDDRA_TERM = Pattern.compile("(?i)\\bTerm:\\s*([^\\n]+)");
    // ClinicalTrials.gov's design line as the ICTRP copies it ("Allocation: Randomized. Masking: None (Open Label)."),
    // IRCT's ("Randomization: Randomized, Blinding: Not blinded, Assignment: Parallel, Purpose: Treatment"), CTRI's
    // ("Blinding and masking:Open Label") and the EU register's yes/no lines ("Randomised: no", "Open: yes")
    private static final Pattern DESIGN_PART = Pattern.compile("(?i)\\b(Allocation|Randomization|Randomised|"
            + "Intervention model|Assignment|Primary purpose|Purpose|Masking|Blinding(?: and masking)?|Open|"
            + "Single blind|Double blind)\\s*:\\s*([^.,;<\\n]+)");
    private static final java.util.Set<String> PURPOSES = java.util.Set.of("TREATMENT", "PREVENTION", "DIAGNOSTIC",
            "SUPPORTIVE_CARE", "SCREENING", "HEALTH_SERVICES_RESEARCH", "BASIC_SCIENCE", "DEVICE_FEASIBILITY", "ECT",
            "OTHER");

    private final String layout;

    public IctrpRecordMapper(String layout) {
        this.layout = layout;
    }

    /** The form column and element names are compared in: {@code Public title} and {@code Public_title} alike. */
    public static String key(String column) {
        return KEY_EDGES.matcher(KEY_GAPS.matcher(column.strip().toLowerCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
    }

    private static final Pattern KEY_GAPS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern KEY_EDGES = Pattern.compile("^_|_$");

    /**
     * The record of one row; the row's values in column order give its content hash.
     *
     * @throws IllegalArgumentException when the TrialID is missing or not a registry ID, or a value is invalid
     */
    public TrialRecord map(Map<String, String> row, String file) {
        String trialId = clean(row.get("trialid"));
        if (trialId == null) {
            throw new IllegalArgumentException("no TrialID");
        }
        // a registry that joined the ICTRP after this version keeps its record, under its ID as given
        RegistryId id = RegistryId.parseOrOther(trialId).orElseThrow(() -> new IllegalArgumentException(
                "TrialID '" + trialId + "' is not an identifier"));
        StringBuilder content = new StringBuilder();
        row.forEach((k, v) -> content.append(k).append('=').append(v == null ? "" : v).append('\u001f'));
        TrialRecord.Builder b = TrialRecord.builder(new Source(file, layout, Hashes.sha256(content.toString()),
                trialId));
        b.id(id);
        b.title(clean(row.get("public_title")));
        b.officialTitle(clean(row.get("scientific_title")));
        b.acronym(clean(row.get("acronym")));
        String lead = clean(row.get("primary_sponsor"));
        if (lead != null) {
            b.sponsor(new Sponsor(lead, Sponsor.LEAD, null));
        }
        for (String s : split(first(row, "secondary_sponsor", "secondary_sponsors"), ";")) {
            b.sponsor(new Sponsor(s, Sponsor.COLLABORATOR, null));
        }
        b.status(IctrpValues.status(row.get("recruitment_status")));
        b.studyType(IctrpValues.studyType(row.get("study_type")));
        IctrpValues.phases(row.get("phase")).forEach(b::phase);
        b.design(design(row.get("study_design")));
        Integer size = IctrpValues.targetSize(row.get("target_size"));
        if (size != null) {
            b.enrollment(new Enrollment(size, null));
        }
        IctrpValues.date(first(row, "date_enrollement", "date_enrolment", "date_enrollment")).ifPresent(b::startDate);
        IctrpValues.date(row.get("last_refreshed_on")).ifPresent(b::lastUpdated);
        for (String c : split(IctrpValues.plain(row.get("countries")), ";")) {
            b.country(c);
        }
        conditions(row.get("condition"), b);
        interventions(row.get("intervention"), id.registry() == Registry.CHICTR, b);
        for (String o : split(IctrpValues.plain(row.get("primary_outcome")), ";")) {
            b.outcome(new Outcome("PRIMARY", o, null, null));
        }
        for (String o : split(IctrpValues.plain(row.get("secondary_outcome")), ";")) {
            b.outcome(new Outcome("SECONDARY", o, null, null));
        }
        b.eligibility(eligibility(row));
        String contact = join(clean(row.get("contact_firstname")), clean(row.get("contact_lastname")));
        if (contact != null) {
            b.investigator(new Investigator(contact, "CONTACT", clean(row.get("contact_affiliation")), null));
        }
        for (String s : split(first(row, "secondary_id", "secondary_ids", "secondaryids"), ";")) {
            if (!NO_VALUE.matcher(s.strip()).matches()) {
                b.otherId(new OtherId(s, SECONDARY_ID, null));
            }
        }
        String url = clean(row.get("web_address"));
        if (url != null) {
            b.otherId(new OtherId(url, URL, clean(row.get("source_register"))));
        }
        String bridgedType = clean(row.get("bridged_type"));
        if (bridgedType != null && "true".equalsIgnoreCase(clean(row.get("bridging_flag_truefalse")))) {
            b.otherId(new OtherId(bridgedType, BRIDGED, ICTRP));
        }
        String retro = clean(row.get("retrospective_flag"));
        if (retro != null) {
            b.otherId(new OtherId(retro, RETROSPECTIVE, ICTRP));
        }
        return b.build();
    }

    private static void conditions(String text, TrialRecord.Builder b) {
        if (text == null) {
            return;
        }
        for (String part : text.split("(?i);|<br\\s*/?>")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "MedDRA version", 0, 14)) {
                // EU CTR appends a MedDRA block; its lowest-level term is the condition's coded name.
                Matcher m = MEDDRA_TERM.matcher(p);
                if (m.find()) {
                    b.condition(m.group(1).strip());
                }
            } else if (!p.regionMatches(true, 0, "Therapeutic area:", 0, 17)) {
                b.condition(p.replaceAll("\\s+", " "));
            }
        }
    }

    private static void interventions(String text, boolean groupPrefixed, TrialRecord.Builder b) {
        String t = IctrpValues.plain(text);
        if (t == null) {
            return;
        }
        if (EU_PRODUCT.matcher(t).find()) {
            // EU CTR lists products as labelled blocks separated by blank lines.
            for (String block : t.split("\\n\\s*\\n")) {
                String name = null;
                Matcher m = EU_PRODUCT.matcher(block);
                while (m.find() && name == null) {
                    name = clean(m.group(2));
                }
                if (name != null) {
                    b.intervention(new Intervention("DRUG", name, block.strip(), List.of(), List.of()));
                }
            }
            return;
        }
        boolean numbered = NUMBERED.matcher(t).find();
        String[] parts = numbered ? NUMBERED.split(t) : t.split(";");
        for (String part : parts) {
            String p = clean(part);
            if (p == null) {
                continue;
            }
            Matcher typed = TYPED.matcher(p);
            Matcher group = GROUP.matcher(p);
            Matcher arm = ARM_LABEL.matcher(p);
            if (typed.matches()) {
                String type = typed.group(1).toUpperCase(Locale.ROOT).replace(' ', '_');
                b.intervention(new Intervention(type, typed.group(2).strip(), null, List.of(), List.of()));
            } else if (groupPrefixed && group.matches()) {
                // ChiCTR writes "group name:intervention" per group; "none" marks a group without one.
                String name = group.group(2).strip();
                if (!NO_VALUE.matcher(name).matches()) {
                    b.intervention(new Intervention(null, name, null, List.of(), List.of(group.group(1).strip())));
                }
            } else if (arm.matches()) {
                b.intervention(new Intervention(null, arm.group(2).strip(), null, List.of(),
                        List.of(arm.group(1).strip())));
            } else {
                b.intervention(new Intervention(null, p, null, List.of(), List.of()));
            }
        }
    }

    private static Eligibility eligibility(Map<String, String> row) {
        String inc = IctrpValues.plain(row.get("inclusion_criteria"));
        String exc = IctrpValues.plain(row.get("exclusion_criteria"));
        String criteria = inc == null ? exc : exc == null ? inc : inc + "\n\n" + exc;
        Eligibility e = new Eligibility(IctrpValues.age(row.get("inclusion_agemin")),
                IctrpValues.age(row.get("inclusion_agemax")), IctrpValues.sex(row.get("inclusion_gender")), null,
                criteria);
        return e.isEmpty() ? null : e;
    }

    /** The design line, ClinicalTrials.gov's ({@code Allocation: Randomized. Masking: None ...}) or IRCT's; else empty. */
    static Design design(String text) {
        if (text == null) {
            return null;
        }
        String allocation = null;
        String model = null;
        String purpose = null;
        String masking = null;
        Matcher m = DESIGN_PART.matcher(text);
        while (m.find()) {
            String v = m.group(2).strip().toUpperCase(Locale.ROOT);
            boolean yes = v.startsWith("YES");
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "allocation", "randomization" -> allocation = v.startsWith("RANDOM") ? "RANDOMIZED"
                        : v.startsWith("NON") || v.startsWith("NOT RANDOM") ? "NON_RANDOMIZED"
                        : v.startsWith("N/A") ? "NA" : null;
                case "randomised" -> allocation = yes ? "RANDOMIZED" : v.startsWith("NO") ? "NON_RANDOMIZED" : null;
                case "intervention model", "assignment" -> model = v.startsWith("PARALLEL") ? "PARALLEL"
                        : v.startsWith("SINGLE") ? "SINGLE_GROUP" : v.startsWith("CROSSOVER") ? "CROSSOVER"
                        : v.startsWith("FACTORIAL") ? "FACTORIAL" : v.startsWith("SEQUENTIAL") ? "SEQUENTIAL" : null;
                case "primary purpose", "purpose" -> {
                    String p = v.replaceAll("[^A-Z]+", "_").replaceAll("^_|_$", "");
                    purpose = PURPOSES.contains(p) ? p : null;
                }
                case "open" -> masking = yes ? "NONE" : masking;
                case "single blind" -> masking = yes ? "SINGLE" : masking;
                case "double blind" -> masking = yes ? "DOUBLE" : masking;
                default -> masking = v.startsWith("NONE") || v.startsWith("NOT BLIND") || v.startsWith("OPEN")
                        ? "NONE" : v.startsWith("SINGLE") ? "SINGLE" : v.startsWith("DOUBLE") ? "DOUBLE"
                        : v.startsWith("TRIPLE") ? "TRIPLE" : v.startsWith("QUADRUPLE") ? "QUADRUPLE" : null;
            }
        }
        Design d = new Design(allocation, model, purpose, masking);
        return d.isEmpty() ? null : d;
    }

    private static String first(Map<String, String> row, String... keys) {
        for (String k : keys) {
            String v = clean(row.get(k));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String p : text.split(Pattern.quote(separator))) {
            String c = clean(p);
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    /** The value stripped of padding and {@code <br>} runs, or null when nothing is left. */
    static String clean(String v) {
        if (v == null) {
            return null;
        }
        String t = v.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
