package org.trialkg.rdf;

import java.util.List;

/**
 * Everything the graph knows of one trial, merged over all its records, in the shape of the {@code trialkg trial
 * --json} output. Enumerations use ClinicalTrials.gov values; countries are ISO 3166-1 alpha-2 codes. Absent values
 * are null or empty lists. {@code meshTerms} came later: a card built without them has an empty list.
 */
public record TrialCard(
        String iri,
        List<String> ids,
        List<OtherIdCard> otherIds,
        String title,
        String officialTitle,
        String acronym,
        String status,
        String phase,
        String studyType,
        DesignCard design,
        Integer enrollment,
        String startDate,
        String completionDate,
        List<String> conditions,
        List<String> keywords,
        List<MeshCard> meshTerms,
        String briefSummary,
        String detailedDescription,
        List<ArmCard> arms,
        List<InterventionCard> interventions,
        List<DrugCard> drugs,
        List<RegimenCard> regimens,
        List<SponsorCard> sponsors,
        ResponsiblePartyCard responsibleParty,
        List<InvestigatorCard> investigators,
        List<SiteCard> sites,
        List<String> countries,
        EligibilityCard eligibility,
        List<OutcomeCard> outcomes,
        List<ReferenceCard> references,
        List<String> related,
        List<String> sameAs,
        List<SourceCard> sources,
        List<LinkCard> links) {

    public TrialCard {
        meshTerms = meshTerms == null ? List.of() : meshTerms;
    }

    /** The MeSH headings the registry derived for the trial's conditions. */
    public List<String> conditionMeshTerms() {
        return meshTerms.stream().filter(m -> MeshCard.CONDITION.equals(m.of())).map(MeshCard::term).toList();
    }

    /** The MeSH headings the registry derived for the trial's interventions. */
    public List<String> interventionMeshTerms() {
        return meshTerms.stream().filter(m -> MeshCard.INTERVENTION.equals(m.of())).map(MeshCard::term).toList();
    }

    /** {@code phase} joins several phases with {@code |}, as {@code PHASE2|PHASE3}. */
    public record OtherIdCard(String id, String type, String domain) {}

    public record DesignCard(String allocation, String model, String purpose, String masking) {}

    public record ArmCard(String label, String type, String description, List<String> interventions) {}

    public record InterventionCard(String type, String name, String description, List<String> otherNames) {}

    /** A drug concept the trial uses, its classes, and each name the records used for it. */
    public record DrugCard(String iri, String name, List<String> classes, List<String> mentions) {}

    public record DoseCard(Double value, Double min, Double max) {}

    /**
     * One regimen component: {@code drug} is the concept's name (its INN where the drug vocabulary gives one), and
     * {@code drugAsWritten} the name the record used ("Tuoyi", "JS001"); both are the written name when the mention
     * resolved to no concept.
     */
    public record RegimenCard(String arm, String kind, String drug, String drugAsWritten, String drugIri, DoseCard dose,
            String unit,
            String route, String days, String interval, Integer timesPerDay, DoseCard cycles, String maxDuration,
            String treatmentPhase, List<String> alternativeTo, DoseCard totalDose, DoseCard fractions,
            Double dosePerFraction, String duration, String technique, String text) {}

    /**
     * A sponsor or collaborator: {@code name} as this trial's records write it, {@code organisation} the organisation
     * node every record naming it shares, and {@code organisationName} its preferred name among all spellings.
     */
    public record SponsorCard(String name, String role, String agencyClass, String organisation,
            String organisationName) {}

    public record ResponsiblePartyCard(String type, String name, String title, String affiliation) {}

    public record InvestigatorCard(String name, String role, String affiliation, String title) {}

    public record SiteCard(String facility, String city, String region, String zip, String country, String status) {}

    public record EligibilityCard(String minAge, String maxAge, String sex, Boolean healthyVolunteers,
            String criteria) {}

    public record OutcomeCard(String kind, String measure, String description, String timeFrame) {}

    /**
     * A MeSH heading the registry derived (ClinicalTrials.gov's condition and intervention browse modules).
     *
     * @param id descriptor ID such as {@code D002289}; may be null (the legacy XML gives none)
     * @param of {@code CONDITION} or {@code INTERVENTION}
     */
    public record MeshCard(String term, String id, String of) {
        public static final String CONDITION = "CONDITION";
        public static final String INTERVENTION = "INTERVENTION";
    }

    public record ReferenceCard(String pmid, String doi, String citation, String type) {}

    /**
     * One stored record of the trial: where it was read from, what kind of source it is, the registry's last-update
     * date it carries, when it was stored, and which of the card's single values it gives (the trial takes each from
     * the first record by rank: see {@code TrialView}).
     */
    public record SourceCard(String file, String layout, String kind, String record, String contentHash,
            String graph, String trial, String lastUpdated, String ingestedAt, List<String> gives) {
        public SourceCard {
            gives = gives == null ? List.of() : List.copyOf(gives);
        }
    }

    /**
     * Why two IRIs of the trial are one trial: {@code shared-id} when a record of one lists the other's ID,
     * {@code identity} when the linker found them alike, with its score and the evidence of each feature.
     */
    public record LinkCard(String a, String b, String kind, Double score, List<String> evidence) {}
}
