package org.trialkg.ingest.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialkg.model.Arm;
import org.trialkg.model.Dates;
import org.trialkg.model.Design;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Investigator;
import org.trialkg.model.MeshTerm;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.RegistryId;
import org.trialkg.model.ResponsibleParty;
import org.trialkg.model.Site;
import org.trialkg.model.Source;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/** Maps one legacy {@code <clinical_study>} element (AllPublicXML layout) to a {@link TrialRecord}. */
final class ClinicalStudyXmlMapper {

    /** Maps the study; the caller has checked that {@code id} is its valid NCT ID. */
    TrialRecord map(XmlElement s, RegistryId id, Source source) {
        TrialRecord.Builder b = TrialRecord.builder(source).id(id);
        XmlElement ids = s.child("id_info");
        String lead = s.text("sponsors", "lead_sponsor", "agency");
        if (ids != null) {
            ids.texts("org_study_id").forEach(v -> b.otherId(new OtherId(v, "ORG_STUDY_ID", lead)));
            ids.texts("secondary_id").forEach(v -> b.otherId(new OtherId(v, "SECONDARY_ID", null)));
            ids.texts("nct_alias").forEach(v -> b.otherId(new OtherId(v, "NCT_ALIAS", "ClinicalTrials.gov")));
        }
        b.title(s.text("brief_title")).officialTitle(s.text("official_title")).acronym(s.text("acronym"));
        sponsors(s, b);
        b.status(CtgovEnums.status(s.text("overall_status")));
        CtgovEnums.phases(s.text("phase")).forEach(b::phase);
        b.studyType(CtgovEnums.studyType(s.text("study_type")));
        XmlElement d = s.child("study_design_info");
        if (d != null) {
            b.design(new Design(CtgovEnums.allocation(d.text("allocation")),
                    CtgovEnums.interventionModel(d.text("intervention_model")),
                    CtgovEnums.purpose(d.text("primary_purpose")), CtgovEnums.masking(d.text("masking"))));
        }
        XmlElement enrollment = s.child("enrollment");
        Integer count = enrollment == null ? null : integer(enrollment.text());
        if (count != null) {
            b.enrollment(new Enrollment(count, CtgovEnums.enrollmentType(enrollment.attributes().get("type"))));
        }
        b.startDate(date(s.text("start_date")));
        String completion = date(s.text("completion_date"));
        b.completionDate(completion != null ? completion : date(s.text("primary_completion_date")));
        String updated = date(s.text("last_update_posted"));
        b.lastUpdated(updated != null ? updated : date(s.text("lastchanged_date")));
        b.briefSummary(Textblocks.collapse(s.text("brief_summary", "textblock")));
        b.detailedDescription(Textblocks.collapse(s.text("detailed_description", "textblock")));
        s.texts("condition").forEach(b::condition);
        s.texts("keyword").forEach(b::keyword);
        armsAndInterventions(s, b);
        outcomes(s, "primary_outcome", "PRIMARY", b);
        outcomes(s, "secondary_outcome", "SECONDARY", b);
        outcomes(s, "other_outcome", "OTHER", b);
        eligibility(s.child("eligibility"), b);
        people(s, b);
        sites(s, b);
        for (XmlElement r : s.all("reference")) {
            b.reference(References.of(r.text("PMID"), Textblocks.collapse(r.text("citation")), "BACKGROUND"));
        }
        for (XmlElement r : s.all("results_reference")) {
            b.reference(References.of(r.text("PMID"), Textblocks.collapse(r.text("citation")), "RESULT"));
        }
        mesh(s.child("condition_browse"), "CONDITION", b);
        mesh(s.child("intervention_browse"), "INTERVENTION", b);
        return b.build();
    }

    private static void sponsors(XmlElement s, TrialRecord.Builder b) {
        XmlElement sponsors = s.child("sponsors");
        if (sponsors == null) {
            return;
        }
        for (XmlElement l : sponsors.all("lead_sponsor")) {
            if (l.text("agency") != null) {
                b.sponsor(new Sponsor(l.text("agency"), Sponsor.LEAD, CtgovEnums.agencyClass(l.text("agency_class"))));
            }
        }
        for (XmlElement c : sponsors.all("collaborator")) {
            if (c.text("agency") != null) {
                b.sponsor(new Sponsor(c.text("agency"), Sponsor.COLLABORATOR,
                        CtgovEnums.agencyClass(c.text("agency_class"))));
            }
        }
        XmlElement rp = s.child("responsible_party");
        if (rp != null) {
            b.responsibleParty(new ResponsibleParty(CtgovEnums.responsiblePartyType(rp.text("responsible_party_type")),
                    rp.text("investigator_full_name") != null ? rp.text("investigator_full_name")
                            : rp.text("name_title"), rp.text("investigator_title"),
                    rp.text("investigator_affiliation") != null ? rp.text("investigator_affiliation")
                            : rp.text("organization")));
        }
    }

    private static void armsAndInterventions(XmlElement s, TrialRecord.Builder b) {
        List<XmlElement> interventions = s.all("intervention");
        for (XmlElement a : s.all("arm_group")) {
            String label = a.text("arm_group_label");
            if (label == null) {
                continue;
            }
            // The XML lists the arms on each intervention; the arm's own list is derived from them.
            List<String> names = new ArrayList<>();
            for (XmlElement i : interventions) {
                if (i.texts("arm_group_label").contains(label) && i.text("intervention_name") != null) {
                    names.add(i.text("intervention_name"));
                }
            }
            b.arm(new Arm(label, CtgovEnums.armType(a.text("arm_group_type")),
                    Textblocks.collapse(a.text("description")), names));
        }
        for (XmlElement i : interventions) {
            String name = i.text("intervention_name");
            if (name != null) {
                b.intervention(new Intervention(CtgovEnums.interventionType(i.text("intervention_type")), name,
                        Textblocks.collapse(i.text("description")), i.texts("other_name"),
                        i.texts("arm_group_label")));
            }
        }
    }

    private static void outcomes(XmlElement s, String element, String kind, TrialRecord.Builder b) {
        for (XmlElement o : s.all(element)) {
            if (o.text("measure") != null) {
                b.outcome(new Outcome(kind, o.text("measure"), Textblocks.collapse(o.text("description")),
                        o.text("time_frame")));
            }
        }
    }

    private static void eligibility(XmlElement e, TrialRecord.Builder b) {
        if (e == null) {
            return;
        }
        b.eligibility(new Eligibility(CtgovEnums.age(e.text("minimum_age")), CtgovEnums.age(e.text("maximum_age")),
                CtgovEnums.sex(e.text("gender")), CtgovEnums.yesNo(e.text("healthy_volunteers")),
                Textblocks.collapse(e.text("criteria", "textblock"))));
    }

    private static void people(XmlElement s, TrialRecord.Builder b) {
        for (XmlElement o : s.all("overall_official")) {
            if (o.text("last_name") != null) {
                b.investigator(new Investigator(o.text("last_name"), CtgovEnums.role(o.text("role")),
                        o.text("affiliation"), null));
            }
        }
        for (String contact : List.of("overall_contact", "overall_contact_backup")) {
            XmlElement c = s.child(contact);
            if (c != null && c.text("last_name") != null) {
                b.investigator(new Investigator(c.text("last_name"), "CONTACT", null, null));
            }
        }
    }

    private static void sites(XmlElement s, TrialRecord.Builder b) {
        for (XmlElement l : s.all("location")) {
            XmlElement f = l.child("facility");
            if (f == null) {
                continue;
            }
            String facility = f.text("name");
            String city = f.text("address", "city");
            String country = f.text("address", "country");
            if (facility == null && city == null && country == null) {
                continue;
            }
            b.site(new Site(facility, city, f.text("address", "state"), f.text("address", "zip"), country,
                    CtgovEnums.status(l.text("status")), null, null));
            b.country(country);
        }
        XmlElement countries = s.child("location_countries");
        if (countries != null) {
            countries.texts("country").forEach(b::country);
        }
    }

    private static void mesh(XmlElement browse, String of, TrialRecord.Builder b) {
        if (browse != null) {
            browse.texts("mesh_term").forEach(t -> b.meshTerm(new MeshTerm(null, t, of)));
        }
    }

    private static String date(String text) {
        return Dates.toIso(text).orElse(null);
    }

    private static Integer integer(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
