package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.trialkg.ingest.ictrp.IctrpValues;
import org.trialkg.model.Eligibility;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.OtherId;
import org.trialkg.model.Outcome;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/** Maps an EU CTR record as ctrdata stores it (protocol fields {@code a2_eudract_number}, {@code dimp}, ...). */
final class EuctrMapping {
    private static final String[] PHASE_FIELDS = {"e71_human_pharmacology_phase_i",
        "e72_therapeutic_exploratory_phase_ii", "e73_therapeutic_confirmatory_phase_iii",
        "e74_therapeutic_use_phase_iv"};

    private EuctrMapping() {
    }

    static void map(JsonNode j, TrialRecord.Builder b) {
        String number = Json.text(j, "a2_eudract_number");
        b.id(RegistryId.parse(Registry.EUCTR, number).orElseThrow(() -> new IllegalArgumentException(
                "a2_eudract_number '" + number + "' is not a EudraCT number")));
        b.title(Json.text(j, "a31_title_of_the_trial_for_lay_people_in_easily_understood_ie_nontechnical_language"));
        b.officialTitle(Json.text(j, "a3_full_title_of_the_trial"));
        String shortName = Json.text(j, "a32_name_or_abbreviated_title_of_the_trial_where_available");
        if (shortName != null && shortName.length() <= 40) {
            b.acronym(shortName);
        }
        b.status(IctrpValues.status(Json.text(j, "x5_trial_status")));
        b.studyType("INTERVENTIONAL");
        for (int i = 0; i < PHASE_FIELDS.length; i++) {
            if ("Yes".equalsIgnoreCase(Json.text(j, PHASE_FIELDS[i]))) {
                b.phase("PHASE" + (i + 1));
            }
        }
        List<JsonNode> sponsors = Json.list(j, "b1_sponsor");
        for (int i = 0; i < sponsors.size(); i++) {
            String name = Json.text(sponsors.get(i), "b11_name_of_sponsor");
            if (name != null) {
                b.sponsor(new Sponsor(name, i == 0 ? Sponsor.LEAD : Sponsor.COLLABORATOR,
                        "Commercial".equalsIgnoreCase(Json.text(sponsors.get(i), "b31_and_b32_status_of_the_sponsor"))
                                ? "INDUSTRY" : null));
            }
        }
        b.condition(Json.text(j, "e11_medical_conditions_being_investigated"));
        for (JsonNode imp : Json.list(j, "dimp")) {
            intervention(imp, b);
        }
        String state = Json.text(j, "a1_member_state_concerned");
        if (state != null) {
            // "Germany - PEI": the member state, then its competent authority.
            b.country(state.replaceAll("\\s+-\\s+.*$", ""));
        }
        b.startDate(iso(Json.text(j, "trialInformation.recruitmentStartDate")));
        b.completionDate(iso(Json.text(j, "p_date_of_the_global_end_of_the_trial")));
        String size = Json.text(j, "f422_in_the_whole_clinical_trial");
        if (size == null) {
            size = Json.text(j, "f421_in_the_eea");
        }
        if (size != null && size.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(size), null));
        }
        otherId(b, Json.text(j, "a41_sponsors_protocol_code_number"), "Sponsor protocol code");
        otherId(b, Json.text(j, "a52_us_nct_clinicaltrialsgov_registry_number"), "US NCT number");
        otherId(b, Json.text(j, "trialInformation.usctnIdentifier"), "US NCT number");
        otherId(b, Json.text(j, "a51_isrctn_international_standard_randomised_controlled_trial_number"), "ISRCTN");
        otherId(b, Json.text(j, "a53_who_universal_trial_reference_number_utrn"), "WHO UTRN");
        otherId(b, Json.text(j, "a54_other_identifiers"), "Other identifier");
        String inc = Json.text(j, "e3_principal_inclusion_criteria");
        String exc = Json.text(j, "e4_principal_exclusion_criteria");
        String criteria = inc == null ? exc : exc == null ? inc : "Inclusion criteria: " + inc
                + "\n\nExclusion criteria: " + exc;
        boolean female = "Yes".equalsIgnoreCase(Json.text(j, "f21_female"));
        boolean male = "Yes".equalsIgnoreCase(Json.text(j, "f22_male"));
        String healthy = Json.text(j, "f31_healthy_volunteers");
        b.eligibility(new Eligibility(null, null, female && male ? "ALL" : female ? "FEMALE" : male ? "MALE" : null,
                healthy == null ? null : "Yes".equalsIgnoreCase(healthy), criteria));
        String primary = Json.text(j, "e51_primary_end_points");
        if (primary != null) {
            b.outcome(new Outcome("PRIMARY", primary, null, Json.text(j, "e511_timepoints_of_evaluation_of_this_end_point")));
        }
        String secondary = Json.text(j, "e52_secondary_end_points");
        if (secondary != null) {
            b.outcome(new Outcome("SECONDARY", secondary, null,
                    Json.text(j, "e521_timepoints_of_evaluation_of_this_end_point")));
        }
    }

    private static void intervention(JsonNode imp, TrialRecord.Builder b) {
        List<String> names = new ArrayList<>();
        add(names, Json.text(imp, "d31_product_name"));
        add(names, Json.text(imp, "d2111_trade_name"));
        for (JsonNode id : Json.list(imp, "d38_imp_identification_details")) {
            add(names, Json.text(id, "d38_inn__proposed_inn"));
        }
        add(names, Json.text(imp, "d32_product_code"));
        if (names.isEmpty()) {
            return;
        }
        String role = Json.text(imp, "d12_and_d13_imp_role");
        b.intervention(new Intervention("DRUG", names.get(0), role == null ? null : "IMP role: " + role,
                names.subList(1, names.size()), List.of()));
    }

    private static void add(List<String> names, String name) {
        if (name != null && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            names.add(name);
        }
    }

    static void otherId(TrialRecord.Builder b, String value, String type) {
        if (value != null && !value.isBlank()) {
            b.otherId(new OtherId(value, type, null));
        }
    }

    static String iso(String date) {
        return IctrpValues.date(date).orElse(null);
    }
}
