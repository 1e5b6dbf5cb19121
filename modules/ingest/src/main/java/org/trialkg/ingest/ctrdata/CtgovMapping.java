package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.trialkg.ingest.ictrp.IctrpValues;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/**
 * A minimal mapping of ClinicalTrials.gov records as ctrdata stores them: {@code CTGOV2} (API v2 study) and
 * {@code CTGOV} (the classic XML as JSON). IDs, titles, status, phases, study type, conditions, interventions,
 * sponsors, dates, enrollment, countries and secondary IDs only; the full API v2 mapping is the ctgov reader's.
 */
final class CtgovMapping {
    private CtgovMapping() {
    }

    static void mapV2(JsonNode j, TrialRecord.Builder b) {
        JsonNode p = j.path("protocolSection");
        id(b, Json.text(p, "identificationModule.nctId"));
        b.title(Json.text(p, "identificationModule.briefTitle"));
        b.officialTitle(Json.text(p, "identificationModule.officialTitle"));
        b.acronym(Json.text(p, "identificationModule.acronym"));
        b.status(Json.text(p, "statusModule.overallStatus"));
        b.studyType(Json.text(p, "designModule.studyType"));
        Json.texts(p, "designModule.phases").forEach(b::phase);
        Json.texts(p, "conditionsModule.conditions").forEach(b::condition);
        Json.texts(p, "conditionsModule.keywords").forEach(b::keyword);
        for (JsonNode i : Json.list(p, "armsInterventionsModule.interventions")) {
            String name = Json.text(i, "name");
            if (name != null) {
                b.intervention(new Intervention(Json.text(i, "type"), name, Json.text(i, "description"),
                        Json.texts(i, "otherNames"), Json.texts(i, "armGroupLabels")));
            }
        }
        String lead = Json.text(p, "sponsorCollaboratorsModule.leadSponsor.name");
        if (lead != null) {
            b.sponsor(new Sponsor(lead, Sponsor.LEAD, Json.text(p, "sponsorCollaboratorsModule.leadSponsor.class")));
        }
        for (JsonNode c : Json.list(p, "sponsorCollaboratorsModule.collaborators")) {
            String name = Json.text(c, "name");
            if (name != null) {
                b.sponsor(new Sponsor(name, Sponsor.COLLABORATOR, Json.text(c, "class")));
            }
        }
        b.startDate(EuctrMapping.iso(Json.text(p, "statusModule.startDateStruct.date")));
        b.completionDate(EuctrMapping.iso(Json.text(p, "statusModule.completionDateStruct.date")));
        b.lastUpdated(EuctrMapping.iso(Json.text(p, "statusModule.lastUpdatePostDateStruct.date")));
        String count = Json.text(p, "designModule.enrollmentInfo.count");
        if (count != null && count.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(count), Json.text(p, "designModule.enrollmentInfo.type")));
        }
        for (JsonNode l : Json.list(p, "contactsLocationsModule.locations")) {
            b.country(Json.text(l, "country"));
        }
        EuctrMapping.otherId(b, Json.text(p, "identificationModule.orgStudyIdInfo.id"), "org_study_id");
        for (JsonNode s : Json.list(p, "identificationModule.secondaryIdInfos")) {
            String v = Json.text(s, "id");
            if (v != null) {
                b.otherId(new OtherId(v, Json.text(s, "type"), Json.text(s, "domain")));
            }
        }
    }

    static void mapClassic(JsonNode j, TrialRecord.Builder b) {
        id(b, Json.text(j, "id_info.nct_id"));
        b.title(Json.text(j, "brief_title"));
        b.officialTitle(Json.text(j, "official_title"));
        b.acronym(Json.text(j, "acronym"));
        String status = Json.text(j, "overall_status");
        b.status(status == null ? null : status.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_"));
        b.studyType(IctrpValues.studyType(Json.text(j, "study_type")));
        IctrpValues.phases(Json.text(j, "phase")).forEach(b::phase);
        Json.texts(j, "condition").forEach(b::condition);
        Json.texts(j, "keyword").forEach(b::keyword);
        for (JsonNode i : Json.list(j, "intervention")) {
            String name = Json.text(i, "intervention_name");
            if (name != null) {
                String type = Json.text(i, "intervention_type");
                b.intervention(new Intervention(type == null ? null
                        : type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_"), name, Json.text(i, "description"),
                        Json.texts(i, "other_name"), Json.texts(i, "arm_group_label")));
            }
        }
        String lead = Json.text(j, "sponsors.lead_sponsor.agency");
        if (lead != null) {
            b.sponsor(new Sponsor(lead, Sponsor.LEAD, null));
        }
        for (JsonNode c : Json.list(j, "sponsors.collaborator")) {
            String name = Json.text(c, "agency");
            if (name != null) {
                b.sponsor(new Sponsor(name, Sponsor.COLLABORATOR, null));
            }
        }
        b.startDate(EuctrMapping.iso(Json.text(j, "start_date")));
        b.completionDate(EuctrMapping.iso(Json.text(j, "completion_date")));
        b.lastUpdated(EuctrMapping.iso(Json.text(j, "last_update_posted")));
        String count = Json.text(j, "enrollment");
        if (count != null && count.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(count), null));
        }
        Json.texts(j, "location_countries.country").forEach(b::country);
        EuctrMapping.otherId(b, Json.text(j, "id_info.org_study_id"), "org_study_id");
        for (String s : Json.texts(j, "id_info.secondary_id")) {
            b.otherId(new OtherId(s, "secondary_id", null));
        }
    }

    private static void id(TrialRecord.Builder b, String nct) {
        b.id(RegistryId.parse(Registry.NCT, nct).orElseThrow(() -> new IllegalArgumentException(
                "'" + nct + "' is not an NCT number")));
    }
}
