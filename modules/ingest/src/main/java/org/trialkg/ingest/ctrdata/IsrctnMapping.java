package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.trialkg.ingest.ictrp.IctrpValues;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Site;
import org.trialkg.model.TrialRecord;

/** Maps an ISRCTN record as ctrdata stores it ({@code isrctn}, {@code trialDescription}, {@code externalRefs}, ...). */
final class IsrctnMapping {
    private IsrctnMapping() {
    }

    static void map(JsonNode j, TrialRecord.Builder b) {
        String number = Json.text(j, "isrctn");
        String id = number == null ? null : number.toUpperCase(Locale.ROOT).startsWith("ISRCTN") ? number
                : "ISRCTN" + number;
        b.id(RegistryId.parse(Registry.ISRCTN, id).orElseThrow(() -> new IllegalArgumentException(
                "isrctn '" + number + "' is not an ISRCTN number")));
        b.title(Json.text(j, "trialDescription.title"));
        b.officialTitle(Json.text(j, "trialDescription.scientificTitle"));
        b.acronym(Json.text(j, "trialDescription.acronym"));
        String summary = Json.text(j, "trialDescription.plainEnglishSummary");
        if (summary != null && !summary.startsWith("Not provided")) {
            b.briefSummary(summary);
        }
        String design = Json.text(j, "trialDesign.primaryStudyDesign");
        b.studyType(IctrpValues.studyType(design));
        for (JsonNode c : Json.list(j, "conditions.condition")) {
            b.condition(Json.text(c, "description"));
        }
        for (JsonNode i : Json.list(j, "interventions.intervention")) {
            String drugs = Json.text(i, "drugNames");
            String description = Json.text(i, "description");
            String name = drugs != null ? drugs : description;
            if (name != null) {
                b.intervention(new Intervention(type(Json.text(i, "interventionType")), name,
                        drugs != null ? description : null, List.of(), List.of()));
            }
            IctrpValues.phases(Json.text(i, "phase")).forEach(b::phase);
        }
        for (String country : Json.texts(j, "participants.recruitmentCountries.country")) {
            b.country(country);
        }
        for (JsonNode c : Json.list(j, "participants.trialCentres.trialCentre")) {
            String facility = Json.text(c, "name");
            String city = Json.text(c, "city");
            String country = Json.text(c, "country");
            if (facility != null || city != null || country != null) {
                b.site(new Site(facility, city, Json.text(c, "state"), zip(Json.text(c, "zip")), country, null, null,
                        null));
            }
        }
        b.startDate(EuctrMapping.iso(Json.text(j, "participants.recruitmentStart")));
        b.completionDate(EuctrMapping.iso(Json.text(j, "trialDesign.overallEndDate")));
        String target = Json.text(j, "participants.targetEnrolment");
        if (target != null && target.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(target), "ESTIMATED"));
        }
        String inc = Json.text(j, "participants.inclusion");
        String exc = Json.text(j, "participants.exclusion");
        String criteria = inc == null ? exc : exc == null ? inc : "Inclusion criteria:\n" + inc
                + "\n\nExclusion criteria:\n" + exc;
        b.eligibility(new Eligibility(null, null, IctrpValues.sex(Json.text(j, "participants.gender")), null,
                criteria));
        String primary = Json.text(j, "trialDescription.primaryOutcome");
        if (primary != null) {
            b.outcome(new Outcome("PRIMARY", primary, null, null));
        }
        String secondary = Json.text(j, "trialDescription.secondaryOutcome");
        if (secondary != null) {
            b.outcome(new Outcome("SECONDARY", secondary, null, null));
        }
        EuctrMapping.otherId(b, Json.text(j, "externalRefs.eudraCTNumber"), "EudraCT number");
        EuctrMapping.otherId(b, Json.text(j, "externalRefs.clinicalTrialsGovNumber"), "ClinicalTrials.gov number");
        EuctrMapping.otherId(b, Json.text(j, "externalRefs.irasNumber"), "IRAS number");
        EuctrMapping.otherId(b, Json.text(j, "externalRefs.protocolSerialNumber"), "Protocol serial number");
        EuctrMapping.otherId(b, Json.text(j, "externalRefs.doi"), "DOI");
    }

    private static String zip(String zip) {
        return zip == null || zip.equals("-") ? null : zip;
    }

    private static String type(String isrctnType) {
        if (isrctnType == null) {
            return null;
        }
        return switch (isrctnType.toLowerCase(Locale.ROOT)) {
            case "drug" -> "DRUG";
            case "biological/vaccine" -> "BIOLOGICAL";
            case "device" -> "DEVICE";
            case "procedure/surgery" -> "PROCEDURE";
            case "behavioural" -> "BEHAVIORAL";
            case "supplement" -> "DIETARY_SUPPLEMENT";
            case "genetic" -> "GENETIC";
            default -> "OTHER";
        };
    }
}
