package org.trialkg.ingest.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Investigator;
import org.trialkg.model.OtherId;
import org.trialkg.model.Reference;
import org.trialkg.model.ResponsibleParty;
import org.trialkg.model.Site;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/**
 * The people, organisations, places and citations of a ClinicalTrials.gov mirror page: Sponsors, Responsible Party,
 * Principal Investigators, Central Contacts, Locations, Countries, References and Other Identifiers.
 */
final class CtgovParties {
    private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:?\\s*(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PMID = Pattern.compile("PMID:\\s*(\\d{1,9})");
    private static final Pattern AGENCY_CLASS = Pattern.compile("[A-Z][A-Z_]+");
    private static final Set<String> SITE_STATUSES = Set.of("RECRUITING", "NOT_YET_RECRUITING",
            "ACTIVE_NOT_RECRUITING", "COMPLETED", "WITHDRAWN", "TERMINATED", "ENROLLING_BY_INVITATION", "SUSPENDED",
            "AVAILABLE", "UNKNOWN");

    private final HeadedSections s;

    CtgovParties(HeadedSections s) {
        this.s = s;
    }

    void read(TrialRecord.Builder out) {
        sponsors(s.lines("Sponsors"), out);
        out.responsibleParty(responsibleParty(s.lines("Responsible Party")));
        people(s.lines("Principal Investigators"), null, true, out);
        people(s.lines("Central Contacts"), "CONTACT", false, out);
        sites(s.lines("Locations"), out);
        s.lines("Countries").forEach(out::country);
        references(s.lines("References"), out);
        otherIds(s.lines("Other Identifiers"), out);
    }

    private static void sponsors(List<String> lines, TrialRecord.Builder out) {
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Sponsor Role ") && i > start) {
                String role = line.substring("Sponsor Role ".length()).strip().toUpperCase(Locale.ROOT);
                String agency = i - start >= 2 && AGENCY_CLASS.matcher(lines.get(i - 1)).matches()
                        ? lines.get(i - 1) : null;
                if (role.equals(Sponsor.LEAD) || role.equals(Sponsor.COLLABORATOR)) {
                    out.sponsor(new Sponsor(lines.get(start), role, agency));
                }
                start = i + 1;
            }
        }
    }

    private static ResponsibleParty responsibleParty(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Responsibility Role ")) {
                String type = EnumText.code(lines.get(i).substring("Responsibility Role ".length()));
                String name = i >= 1 ? lines.get(0) : null;
                String title = i >= 2 ? String.join(", ", lines.subList(1, i)) : null;
                return new ResponsibleParty(type, name, title, null);
            }
        }
        return null;
    }

    /** Blocks of a name, {@code Role: X}, then affiliation lines (or, for contacts, phone and e-mail lines). */
    private static void people(List<String> lines, String fixedRole, boolean withAffiliation,
            TrialRecord.Builder out) {
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("Role:")) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && !(next + 1 < lines.size() && lines.get(next + 1).startsWith("Role:"))) {
                next++;
            }
            String affiliation = withAffiliation && next > i + 1 ? String.join(", ", lines.subList(i + 1, next))
                    : null;
            String role = fixedRole != null ? fixedRole : EnumText.code(lines.get(i).substring("Role:".length()));
            out.investigator(new Investigator(lines.get(i - 1), role, affiliation, null));
        }
    }

    /** Blocks of a facility line and a {@code City, Region, Country} line, each closed by {@code Site Status}. */
    private static void sites(List<String> lines, TrialRecord.Builder out) {
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean end = i == lines.size() || lines.get(i).equals("Site Status");
            if (!end) {
                continue;
            }
            String status = null;
            if (i + 1 < lines.size() && SITE_STATUSES.contains(lines.get(i + 1))) {
                status = lines.get(i + 1);
            }
            if (i > start) {
                List<String> block = lines.subList(start, i);
                String facility = block.size() >= 2 ? String.join(" ", block.subList(0, block.size() - 1)) : null;
                out.site(site(facility, block.get(block.size() - 1), status));
            }
            start = status == null ? i + 1 : i + 2;
            if (status != null) {
                i++;
            }
        }
    }

    /** A site from its facility and its place line: {@code City, Country}, {@code City, Region, Country}, ... */
    static Site site(String facility, String place, String status) {
        String[] parts = place.split("\\s*,\\s*");
        String city = parts[0];
        String country = parts.length >= 2 ? parts[parts.length - 1] : null;
        String region = null;
        String zip = null;
        for (int p = 1; p < parts.length - 1; p++) {
            if (parts[p].matches(".*\\d.*") && zip == null) {
                zip = parts[p];
            } else if (region == null) {
                region = parts[p];
            }
        }
        if (parts.length == 1) {
            // One name alone is a facility when there is none yet, otherwise the place the facility is in.
            return facility == null ? new Site(place, null, null, null, null, status, null, null)
                    : new Site(facility, place, null, null, null, status, null, null);
        }
        return new Site(facility, city, region, zip, country, status, null, null);
    }

    private static void references(List<String> lines, TrialRecord.Builder out) {
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("Reference Type ") || i <= start) {
                continue;
            }
            String citation = String.join(" ", lines.subList(start, i));
            String type = EnumText.code(lines.get(i).substring("Reference Type ".length()));
            String pmid = null;
            start = i + 1;
            if (i + 1 < lines.size()) {
                Matcher m = PMID.matcher(lines.get(i + 1));
                if (m.lookingAt()) {
                    pmid = m.group(1);
                    start = i + 2;
                }
            }
            out.reference(new Reference(pmid, doi(citation), citation, type));
        }
    }

    static String doi(String citation) {
        Matcher m = DOI.matcher(citation);
        if (!m.find()) {
            return null;
        }
        // The citation's full stop is not part of the DOI.
        return m.group(1).replaceAll("[.,;]+$", "");
    }

    /** Each identifier, with the type and source lines that may follow it (a page saved as text can lack them). */
    private static void otherIds(List<String> lines, TrialRecord.Builder out) {
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i);
            if (id.startsWith("Identifier ")) {
                continue;
            }
            String type = null;
            String source = null;
            for (int k = i + 1; k < lines.size() && lines.get(k).startsWith("Identifier "); k++) {
                if (lines.get(k).startsWith("Identifier Type:")) {
                    String t = lines.get(k).substring("Identifier Type:".length()).strip();
                    type = EnumText.code(t) == null ? null : t;
                } else if (lines.get(k).startsWith("Identifier Source:")) {
                    source = lines.get(k).substring("Identifier Source:".length()).strip();
                }
            }
            // The page gives "-" as the type of the sponsor's own number; its source (org_study_id) says what it is.
            out.otherId(new OtherId(id, type != null ? type : source, null));
        }
    }
}
