package org.trialkg.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Maps one ClinicalTrials.gov API v2 study object to a {@link TrialRecord}, module by module. */
final class StudyJsonMapper {

    /** Maps the study; the caller has checked that {@code id} is its valid NCT ID. */
    TrialRecord map(JsonNode study, RegistryId id, Source source) {
        JsonNode p = study.path("protocolSection");
        TrialRecord.Builder b = TrialRecord.builder(source).id(id);
        identification(p.path("identificationModule"), b);
        status(p.path("statusModule"), b);
        sponsors(p.path("sponsorCollaboratorsModule"), b);
        JsonNode description = p.path("descriptionModule");
        b.briefSummary(text(description, "briefSummary"));
        b.detailedDescription(text(description, "detailedDescription"));
        each(p.path("conditionsModule").path("conditions"), c -> b.condition(c.asText()));
        each(p.path("conditionsModule").path("keywords"), k -> b.keyword(k.asText()));
        design(p.path("designModule"), b);
        armsAndInterventions(p.path("armsInterventionsModule"), b);
        outcomes(p.path("outcomesModule"), b);
        eligibility(p.path("eligibilityModule"), b);
        contactsAndLocations(p.path("contactsLocationsModule"), b);
        each(p.path("referencesModule").path("references"), r -> b.reference(References.of(
                text(r, "pmid"), text(r, "citation"), CtgovEnums.code(text(r, "type")))));
        JsonNode derived = study.path("derivedSection");
        meshes(derived.path("conditionBrowseModule").path("meshes"), "CONDITION", b);
        meshes(derived.path("interventionBrowseModule").path("meshes"), "INTERVENTION", b);
        return b.build();
    }

    private static void identification(JsonNode m, TrialRecord.Builder b) {
        b.title(text(m, "briefTitle"));
        b.officialTitle(text(m, "officialTitle"));
        b.acronym(text(m, "acronym"));
        String org = text(m.path("organization"), "fullName");
        String orgStudyId = text(m.path("orgStudyIdInfo"), "id");
        if (orgStudyId != null) {
            b.otherId(new OtherId(orgStudyId, "ORG_STUDY_ID", org));
        }
        each(m.path("secondaryIdInfos"), s -> {
            String v = text(s, "id");
            if (v != null) {
                b.otherId(new OtherId(v, text(s, "type"), text(s, "domain")));
            }
        });
        each(m.path("nctIdAliases"), a -> {
            if (!a.asText().isBlank()) {
                b.otherId(new OtherId(a.asText(), "NCT_ALIAS", "ClinicalTrials.gov"));
            }
        });
    }

    private static void status(JsonNode m, TrialRecord.Builder b) {
        b.status(CtgovEnums.status(text(m, "overallStatus")));
        b.startDate(date(text(m.path("startDateStruct"), "date")));
        String completion = date(text(m.path("completionDateStruct"), "date"));
        b.completionDate(completion != null ? completion : date(text(m.path("primaryCompletionDateStruct"), "date")));
        b.lastUpdated(date(text(m.path("lastUpdatePostDateStruct"), "date")));
    }

    private static void sponsors(JsonNode m, TrialRecord.Builder b) {
        JsonNode lead = m.path("leadSponsor");
        if (text(lead, "name") != null) {
            b.sponsor(new Sponsor(text(lead, "name"), Sponsor.LEAD, CtgovEnums.agencyClass(text(lead, "class"))));
        }
        each(m.path("collaborators"), c -> {
            if (text(c, "name") != null) {
                b.sponsor(new Sponsor(text(c, "name"), Sponsor.COLLABORATOR,
                        CtgovEnums.agencyClass(text(c, "class"))));
            }
        });
        JsonNode rp = m.path("responsibleParty");
        if (!rp.isMissingNode() && !rp.isEmpty()) {
            String name = text(rp, "investigatorFullName");
            b.responsibleParty(new ResponsibleParty(CtgovEnums.responsiblePartyType(text(rp, "type")),
                    name != null ? name : text(rp, "oldNameTitle"), text(rp, "investigatorTitle"),
                    first(text(rp, "investigatorAffiliation"), text(rp, "oldOrganization"))));
        }
    }

    private static void design(JsonNode m, TrialRecord.Builder b) {
        b.studyType(CtgovEnums.studyType(text(m, "studyType")));
        each(m.path("phases"), ph -> CtgovEnums.phases(ph.asText()).forEach(b::phase));
        JsonNode info = m.path("designInfo");
        Design d = new Design(CtgovEnums.allocation(text(info, "allocation")),
                CtgovEnums.interventionModel(text(info, "interventionModel")),
                CtgovEnums.purpose(text(info, "primaryPurpose")),
                CtgovEnums.masking(text(info.path("maskingInfo"), "masking")));
        b.design(d);
        JsonNode enrollment = m.path("enrollmentInfo");
        JsonNode count = enrollment.path("count");
        if (count.isIntegralNumber() && count.canConvertToInt() && count.asInt() >= 0) {
            b.enrollment(new Enrollment(count.asInt(),
                    CtgovEnums.enrollmentType(text(enrollment, "type"))));
        }
    }

    private static void armsAndInterventions(JsonNode m, TrialRecord.Builder b) {
        each(m.path("armGroups"), a -> {
            String label = text(a, "label");
            if (label == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            each(a.path("interventionNames"), n -> names.add(CtgovEnums.typedName(n.asText()).name()));
            b.arm(new Arm(label, CtgovEnums.armType(text(a, "type")), text(a, "description"), names));
        });
        each(m.path("interventions"), i -> {
            String name = text(i, "name");
            if (name == null) {
                return;
            }
            b.intervention(new Intervention(CtgovEnums.interventionType(text(i, "type")), name,
                    text(i, "description"), texts(i.path("otherNames")), texts(i.path("armGroupLabels"))));
        });
    }

    private static void outcomes(JsonNode m, TrialRecord.Builder b) {
        outcomes(m.path("primaryOutcomes"), "PRIMARY", b);
        outcomes(m.path("secondaryOutcomes"), "SECONDARY", b);
        outcomes(m.path("otherOutcomes"), "OTHER", b);
    }

    private static void outcomes(JsonNode list, String kind, TrialRecord.Builder b) {
        each(list, o -> {
            String measure = text(o, "measure");
            if (measure != null) {
                b.outcome(new Outcome(kind, measure, text(o, "description"), text(o, "timeFrame")));
            }
        });
    }

    private static void eligibility(JsonNode m, TrialRecord.Builder b) {
        JsonNode hv = m.path("healthyVolunteers");
        Boolean healthy = hv.isBoolean() ? Boolean.valueOf(hv.booleanValue()) : CtgovEnums.yesNo(text(m,
                "healthyVolunteers"));
        Eligibility e = new Eligibility(CtgovEnums.age(text(m, "minimumAge")), CtgovEnums.age(text(m, "maximumAge")),
                CtgovEnums.sex(text(m, "sex")), healthy, text(m, "eligibilityCriteria"));
        b.eligibility(e);
    }

    private static void contactsAndLocations(JsonNode m, TrialRecord.Builder b) {
        each(m.path("overallOfficials"), o -> {
            if (text(o, "name") != null) {
                b.investigator(new Investigator(text(o, "name"), CtgovEnums.role(text(o, "role")),
                        text(o, "affiliation"), null));
            }
        });
        each(m.path("centralContacts"), c -> {
            if (text(c, "name") != null) {
                String role = CtgovEnums.role(text(c, "role"));
                b.investigator(new Investigator(text(c, "name"), role != null ? role : "CONTACT", null, null));
            }
        });
        each(m.path("locations"), l -> {
            String facility = text(l, "facility");
            String city = text(l, "city");
            String country = text(l, "country");
            if (facility == null && city == null && country == null) {
                return;
            }
            JsonNode geo = l.path("geoPoint");
            b.site(new Site(facility, city, text(l, "state"), text(l, "zip"), country,
                    CtgovEnums.status(text(l, "status")), geo.path("lat").isNumber() ? geo.path("lat").asDouble() : null,
                    geo.path("lon").isNumber() ? geo.path("lon").asDouble() : null));
            b.country(country);
        });
    }

    private static void meshes(JsonNode list, String of, TrialRecord.Builder b) {
        each(list, mesh -> {
            String term = text(mesh, "term");
            if (term != null) {
                b.meshTerm(new MeshTerm(text(mesh, "id"), term, of));
            }
        });
    }

    private static String date(String text) {
        return Dates.toIso(text).orElse(null);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** The field as text, or null when it is missing, null, a container or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isValueNode() || v.isNull()) {
            return null;
        }
        String t = v.asText().strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        each(array, v -> {
            if (v.isValueNode() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
        });
        return out;
    }

    private static void each(JsonNode array, java.util.function.Consumer<JsonNode> f) {
        if (array.isArray()) {
            array.forEach(f);
        }
    }
}
