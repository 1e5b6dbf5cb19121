package org.trialkg.ingest.ctrdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Enrollment;
import org.trialkg.model.Intervention;
import org.trialkg.model.Registry;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Sponsor;
import org.trialkg.model.TrialRecord;

/**
 * Maps an EU CTIS record as ctrdata stores it; both shapes it has used are read: the authorised part I at the
 * top ({@code authorizedPartI}) or under {@code authorizedApplication}.
 */
final class CtisMapping {
    private static final Pattern ROMAN_PHASE = Pattern.compile("(?i)Phase (IV|III|II|I)\\b");

    private CtisMapping() {
    }

    static void map(JsonNode j, TrialRecord.Builder b) {
        String number = Json.text(j, "ctNumber");
        b.id(RegistryId.parse(Registry.CTIS, number).orElseThrow(() -> new IllegalArgumentException(
                "ctNumber '" + number + "' is not a CTIS number")));
        JsonNode part1 = Json.at(j, "authorizedPartI");
        if (part1 == null) {
            part1 = Json.at(j, "authorizedApplication.authorizedPartI");
        }
        JsonNode ids = part1 == null ? null : Json.at(part1, "trialDetails.clinicalTrialIdentifiers");
        b.title(ids == null ? null : Json.text(ids, "publicTitle"));
        String full = ids == null ? null : Json.text(ids, "fullTitle");
        b.officialTitle(full != null ? full : Json.text(j, "title"));
        String shortTitle = ids == null ? Json.text(j, "shortTitle") : Json.text(ids, "shortTitle");
        EuctrMapping.otherId(b, shortTitle, "Short title");
        if (ids != null) {
            EuctrMapping.otherId(b, Json.text(ids, "secondaryIdentifyingNumbers.nctNumber.number"), "US NCT number");
            EuctrMapping.otherId(b, Json.text(ids, "secondaryIdentifyingNumbers.isrctnNumber.number"), "ISRCTN");
            for (JsonNode other : Json.list(ids, "secondaryIdentifyingNumbers.additionalRegistries")) {
                EuctrMapping.otherId(b, Json.text(other, "number"), Json.text(other, "otherRegistryName"));
            }
        }
        EuctrMapping.otherId(b, Json.text(j, "eudraCtInfo.eudraCtCode"), "EudraCT number");
        String phase = Json.text(j, "trialPhase");
        if (phase != null) {
            Matcher m = ROMAN_PHASE.matcher(phase);
            while (m.find()) {
                b.phase("PHASE" + switch (m.group(1).toUpperCase(Locale.ROOT)) {
                    case "I" -> 1;
                    case "II" -> 2;
                    case "III" -> 3;
                    default -> 4;
                });
            }
        }
        b.studyType("INTERVENTIONAL");
        String status = Json.text(j, "ctStatus");
        if (status != null && status.toLowerCase(Locale.ROOT).contains("not started")) {
            b.status("NOT_YET_RECRUITING");
        } else if (status != null && status.equalsIgnoreCase("Ended")) {
            b.status("COMPLETED");
        }
        b.startDate(EuctrMapping.iso(Json.text(j, "startDateEU")));
        String enrolled = Json.text(j, "totalNumberEnrolled");
        if (enrolled != null && enrolled.matches("\\d{1,9}")) {
            b.enrollment(new Enrollment(Integer.parseInt(enrolled), null));
        }
        if (part1 != null) {
            part1(part1, b);
        }
        for (JsonNode msc : Json.list(j, "authorizedPartsII")) {
            b.country(Json.text(msc, "mscInfo.mscName"));
        }
        for (JsonNode msc : Json.list(j, "authorizedApplication.authorizedPartsII")) {
            b.country(Json.text(msc, "mscInfo.mscName"));
        }
    }

    private static void part1(JsonNode p, TrialRecord.Builder b) {
        for (JsonNode c : Json.list(p, "trialDetails.trialInformation.medicalCondition.partIMedicalConditions")) {
            b.condition(Json.text(c, "medicalCondition"));
        }
        for (JsonNode s : Json.list(p, "sponsors")) {
            String name = Json.text(s, "organisation.name");
            if (name != null) {
                boolean primary = s.path("primary").asBoolean(false) || s.path("isPrimary").asBoolean(false);
                b.sponsor(new Sponsor(name, primary ? Sponsor.LEAD : Sponsor.COLLABORATOR, null));
            }
        }
        for (JsonNode product : Json.list(p, "products")) {
            List<String> names = new ArrayList<>();
            add(names, Json.text(product, "productName"));
            add(names, Json.text(product, "productDictionaryInfo.prodName"));
            add(names, Json.text(product, "jsonActiveSubstanceNames"));
            add(names, Json.text(product, "productDictionaryInfo.activeSubstanceName"));
            add(names, Json.text(product, "sponsorProductCodeEdit"));
            if (!names.isEmpty()) {
                b.intervention(new Intervention("DRUG", names.get(0), null, names.subList(1, names.size()), List.of()));
            }
        }
        for (JsonNode c : Json.list(p, "rowCountriesInfo")) {
            b.country(Json.text(c, "name"));
        }
    }

    private static void add(List<String> names, String name) {
        if (name != null && !name.equalsIgnoreCase("n/a") && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            names.add(name);
        }
    }
}
