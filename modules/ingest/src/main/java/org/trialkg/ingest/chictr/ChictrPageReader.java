package org.trialkg.ingest.chictr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialkg.model.Hashes;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.ingest.ictrp.IctrpValues;
import org.trialkg.model.Arm;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

/**
 * Reads a trial page saved from the ChiCTR web site (the bilingual {@code showproj} page): English values are read
 * by their labels; Chinese values are skipped, since the model has no place for a second-language title. A saved
 * ChiCTR search-results page is reported as not a trial record.
 */
public final class ChictrPageReader implements SourceReader {
    public static final String FORMAT = "chictr-page";
    static final String SEARCH_PAGE = "a ChiCTR search-results page, not a trial record";
    private static final int MAX_BYTES = 20_000_000;

    /** The rows of one institution in the "Secondary sponsor" block, in English. */
    private static final java.util.Set<String> SECONDARY_SPONSOR_ROWS = java.util.Set.of("Country", "Province",
            "City", "hospital", "Address");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String head = input.headText();
        String lower = head.toLowerCase(Locale.ROOT);
        boolean html = lower.contains("<html") || lower.contains("<!doctype html");
        return html && (head.contains("中国临床试验注册中心") || lower.contains("chictr.org.cn")) ? Claim.REGISTRY_MARK : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.READ, "a ChiCTR page larger than " + MAX_BYTES
                    + " bytes; saved trial pages are well under 1 MB"));
            return;
        }
        PageLines page = new PageLines(new String(bytes, StandardCharsets.UTF_8));
        String number = page.value("Registration number");
        RegistryId id = RegistryId.parse(Registry.CHICTR, number).orElse(null);
        if (id == null) {
            boolean search = page.lines().contains("检索试验") || page.lines().contains("搜索");
            sink.problem(new Problem(input.name(), "", Problem.Stage.EXTRACT, search ? SEARCH_PAGE
                    : "no ChiCTR registration number found on the page"));
            return;
        }
        TrialRecord.Builder b = TrialRecord.builder(new Source(input.name(), FORMAT, Hashes.sha256(bytes),
                id.value()));
        b.id(id);
        try {
            map(page, b);
            sink.record(b.build());
        } catch (IllegalArgumentException e) {
            sink.problem(new Problem(input.name(), id.value(), Problem.Stage.EXTRACT, e.getMessage()));
        }
    }

    private static void map(PageLines page, TrialRecord.Builder b) {
        b.title(page.value("Public title"));
        b.officialTitle(page.value("Scientific title"));
        IctrpValues.date(date(page.value("Date of Last Refreshed on"))).ifPresent(b::lastUpdated);
        String partner = page.value("register");
        if (partner != null && !PageLines.hasCjk(partner)) {
            for (String s : partner.split("[;；,]")) {
                if (!s.isBlank()) {
                    b.otherId(new OtherId(s.strip(), "Partner registry or other number", null));
                }
            }
        }
        String lead = page.value("Primary sponsor");
        if (lead != null) {
            b.sponsor(new Sponsor(lead, Sponsor.LEAD, null));
        }
        secondarySponsors(page, b, lead);
        b.condition(page.value("Target disease"));
        b.studyType(IctrpValues.studyType(page.value("Study type")));
        IctrpValues.phases(page.value("Study phase")).forEach(b::phase);
        List<String> execute = page.valueAt(page.find("Study execute time", 0));
        b.startDate(after(execute, "From"));
        b.completionDate(after(execute, "To"));
        groups(page, b);
        sites(page, b);
        outcomes(page, b);
        List<String> status = page.valueAt(page.find("Recruiting status", 0));
        b.status(IctrpValues.status(String.join(" ", status.stream().filter(s -> !PageLines.hasCjk(s)).toList())));
        List<String> age = page.valueAt(page.find("Participant age", 0));
        String inc = englishBlock(page, "Inclusion criteria");
        String exc = englishBlock(page, "Exclusion criteria");
        String criteria = inc == null ? exc : exc == null ? inc : "Inclusion criteria:\n" + inc
                + "\n\nExclusion criteria:\n" + exc;
        b.eligibility(new Eligibility(age(age, "Min age"), age(age, "Max age"), IctrpValues.sex(page.value("Gender")),
                null, criteria));
    }

    /** Per group: its sample size (under the Chinese label), its English name and intervention. */
    private static void groups(PageLines page, TrialRecord.Builder b) {
        List<String> lines = page.lines();
        int total = 0;
        boolean allSized = true;
        int start = page.find("Interventions", 0);
        int end = page.find("Countries of recruitment and research settings", start);
        for (int i = start; i >= 0 && i < (end < 0 ? lines.size() : end); i++) {
            if (!PageLines.isLabel(lines.get(i)) || !lines.get(i).startsWith("Group")) {
                continue;
            }
            String group = first(page.valueAt(i));
            int size = page.find("样本量", i - 4);
            String sizeText = size >= 0 && size < i ? first(page.valueAt(size)) : null;
            if (sizeText != null && sizeText.matches("\\d{1,9}")) {
                total += Integer.parseInt(sizeText);
            } else {
                allSized = false;
            }
            int iv = page.find("Intervention", i);
            String intervention = iv >= 0 ? first(page.valueAt(iv)) : null;
            if (group != null) {
                b.arm(new Arm(group, null, null, intervention == null ? List.of() : List.of(intervention)));
            }
            if (intervention != null) {
                b.intervention(new Intervention(null, intervention, null, List.of(),
                        group == null ? List.of() : List.of(group)));
            }
        }
        if (allSized && total > 0) {
            b.enrollment(new Enrollment(total, null));
        }
    }

    /**
     * The institutions of the "Secondary sponsor" block (each with its country, province, city and address rows,
     * the same rows a recruitment site has), up to the funding or the next section.
     */
    private static void secondarySponsors(PageLines page, TrialRecord.Builder b, String lead) {
        int start = page.find("Secondary sponsor", 0);
        List<String> lines = page.lines();
        for (int i = start + 1; start >= 0 && i < lines.size(); i++) {
            String line = lines.get(i);
            if (!PageLines.isLabel(line) || PageLines.hasCjk(line)) {
                continue; // a value, or the Chinese label beside the English one
            }
            String label = line.replaceAll("[：:]$", "");
            if (!SECONDARY_SPONSOR_ROWS.contains(label)) {
                return; // the next section
            }
            String name = label.equals("hospital") ? first(page.valueAt(i)) : null;
            // many pages name the primary sponsor here again
            if (name != null && !PageLines.hasCjk(name) && !name.equalsIgnoreCase(lead)) {
                b.sponsor(new Sponsor(name, Sponsor.COLLABORATOR, null));
            }
        }
    }

    private static void sites(PageLines page, TrialRecord.Builder b) {
        int start = page.find("Countries of recruitment and research settings", 0);
        int end = page.find("Outcomes", start);
        List<String> lines = page.lines();
        for (int i = start; i >= 0 && i < (end < 0 ? lines.size() : end); i++) {
            if (!lines.get(i).equals("Country：") && !lines.get(i).equals("Country:")) {
                continue;
            }
            String country = first(page.valueAt(i));
            String province = first(page.valueAt(page.find("Province", i)));
            String city = first(page.valueAt(page.find("City", i)));
            int h = page.find("hospital", i);
            String hospital = h >= 0 && (end < 0 || h < end) ? first(page.valueAt(h)) : null;
            b.country(country);
            if (hospital != null || city != null || country != null) {
                b.site(new Site(hospital, city, province, null, country, null, null, null));
            }
        }
    }

    private static void outcomes(PageLines page, TrialRecord.Builder b) {
        int start = page.find("Outcomes", 0);
        List<String> lines = page.lines();
        for (int i = start; i >= 0 && i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("Collecting sample") || l.startsWith("Recruiting status")) {
                break;
            }
            if (!l.equals("Outcome：") && !l.equals("Outcome:")) {
                continue;
            }
            String measure = first(page.valueAt(i));
            String type = first(page.valueAt(page.find("Type", i)));
            String time = first(page.valueAt(page.find("Measure time point of outcome", i)));
            String method = first(page.valueAt(page.find("Measure method", i)));
            if (measure != null) {
                String kind = type == null ? "OTHER" : type.toLowerCase(Locale.ROOT).startsWith("primary") ? "PRIMARY"
                        : type.toLowerCase(Locale.ROOT).startsWith("secondary") ? "SECONDARY" : "OTHER";
                b.outcome(new Outcome(kind, measure, method, time));
            }
        }
    }

    /** The English lines of a criteria block: after its label, without the Chinese ones, up to the next label. */
    private static String englishBlock(PageLines page, String label) {
        int i = -1;
        List<String> lines = page.lines();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).replaceAll("[：:]$", "").equalsIgnoreCase(label)) {
                i = k;
                break;
            }
        }
        if (i < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = i + 1; k < lines.size() && !PageLines.isLabel(lines.get(k)); k++) {
            if (!PageLines.hasCjk(lines.get(k))) {
                out.add(lines.get(k));
            }
        }
        return out.isEmpty() ? null : String.join("\n", out);
    }

    private static String age(List<String> lines, String label) {
        int i = lines.indexOf(label);
        if (i < 0 || i + 1 >= lines.size() || !lines.get(i + 1).matches("\\d{1,3}")) {
            return null;
        }
        return lines.get(i + 1) + " Years";
    }

    private static String after(List<String> lines, String word) {
        int i = lines.indexOf(word);
        return i < 0 || i + 1 >= lines.size() ? null : IctrpValues.date(date(lines.get(i + 1))).orElse(null);
    }

    /** {@code 2024-05-28 00:00:00} to its date part. */
    private static String date(String text) {
        return text == null ? null : text.strip().split("\\s+")[0];
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
