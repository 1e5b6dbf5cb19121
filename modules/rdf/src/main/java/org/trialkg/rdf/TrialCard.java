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

    /** A builder that names each part of the card; the lists it is not given are empty. */
    public static Builder builder(String iri) {
        return new Builder(iri);
    }

    /**
     * Collects the card's parts by name, as the graph gives them, so that no caller lines up 34 positional values.
     * {@link #build()} returns the immutable card.
     */
    public static final class Builder {
        private final String iri;
        private List<String> ids = List.of();
        private List<OtherIdCard> otherIds = List.of();
        private String title;
        private String officialTitle;
        private String acronym;
        private String status;
        private String phase;
        private String studyType;
        private DesignCard design;
        private Integer enrollment;
        private String startDate;
        private String completionDate;
        private List<String> conditions = List.of();
        private List<String> keywords = List.of();
        private List<MeshCard> meshTerms = List.of();
        private String briefSummary;
        private String detailedDescription;
        private List<ArmCard> arms = List.of();
        private List<InterventionCard> interventions = List.of();
        private List<DrugCard> drugs = List.of();
        private List<RegimenCard> regimens = List.of();
        private List<SponsorCard> sponsors = List.of();
        private ResponsiblePartyCard responsibleParty;
        private List<InvestigatorCard> investigators = List.of();
        private List<SiteCard> sites = List.of();
        private List<String> countries = List.of();
        private EligibilityCard eligibility;
        private List<OutcomeCard> outcomes = List.of();
        private List<ReferenceCard> references = List.of();
        private List<String> related = List.of();
        private List<String> sameAs = List.of();
        private List<SourceCard> sources = List.of();
        private List<LinkCard> links = List.of();

        private Builder(String iri) {
            this.iri = iri;
        }

        public Builder ids(List<String> value) { ids = value; return this; }
        public Builder otherIds(List<OtherIdCard> value) { otherIds = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder officialTitle(String value) { officialTitle = value; return this; }
        public Builder acronym(String value) { acronym = value; return this; }
        public Builder status(String value) { status = value; return this; }
        public Builder phase(String value) { phase = value; return this; }
        public Builder studyType(String value) { studyType = value; return this; }
        public Builder design(DesignCard value) { design = value; return this; }
        public Builder enrollment(Integer value) { enrollment = value; return this; }
        public Builder startDate(String value) { startDate = value; return this; }
        public Builder completionDate(String value) { completionDate = value; return this; }
        public Builder conditions(List<String> value) { conditions = value; return this; }
        public Builder keywords(List<String> value) { keywords = value; return this; }
        public Builder meshTerms(List<MeshCard> value) { meshTerms = value; return this; }
        public Builder briefSummary(String value) { briefSummary = value; return this; }
        public Builder detailedDescription(String value) { detailedDescription = value; return this; }
        public Builder arms(List<ArmCard> value) { arms = value; return this; }
        public Builder interventions(List<InterventionCard> value) { interventions = value; return this; }
        public Builder drugs(List<DrugCard> value) { drugs = value; return this; }
        public Builder regimens(List<RegimenCard> value) { regimens = value; return this; }
        public Builder sponsors(List<SponsorCard> value) { sponsors = value; return this; }
        public Builder responsibleParty(ResponsiblePartyCard value) { responsibleParty = value; return this; }
        public Builder investigators(List<InvestigatorCard> value) { investigators = value; return this; }
        public Builder sites(List<SiteCard> value) { sites = value; return this; }
        public Builder countries(List<String> value) { countries = value; return this; }
        public Builder eligibility(EligibilityCard value) { eligibility = value; return this; }
        public Builder outcomes(List<OutcomeCard> value) { outcomes = value; return this; }
        public Builder references(List<ReferenceCard> value) { references = value; return this; }
        public Builder related(List<String> value) { related = value; return this; }
        public Builder sameAs(List<String> value) { sameAs = value; return this; }
        public Builder sources(List<SourceCard> value) { sources = value; return this; }
        public Builder links(List<LinkCard> value) { links = value; return this; }

        public TrialCard build() {
            return new TrialCard(
                    iri, ids, otherIds, title, officialTitle, acronym, status, phase, studyType, design, enrollment,
                    startDate, completionDate, conditions, keywords, meshTerms, briefSummary, detailedDescription,
                    arms, interventions, drugs, regimens, sponsors, responsibleParty, investigators, sites,
                    countries, eligibility, outcomes, references, related, sameAs, sources, links);
        }
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
     * resolved to no concept. {@code doseParts} holds a fixed combination's doses, one per drug ("400/100"), in
     * {@code unit}, where {@code dose} is null.
     */
    public record RegimenCard(String arm, String kind, String drug, String drugAsWritten, String drugIri, DoseCard dose,
            String doseParts, String unit, String route, String days, String interval, Integer timesPerDay,
            DoseCard cycles, String maxDuration, String treatmentPhase, List<String> alternativeTo, DoseCard totalDose, DoseCard fractions,
            Double dosePerFraction, String duration, String technique, String text) {
        /** A builder that names each part; {@code alternativeTo} is empty unless given. */
        public static Builder builder() {
            return new Builder();
        }

        /** Collects a component's parts by name, so that no caller lines up 21 positional values. */
        public static final class Builder {
            private String arm;
            private String kind;
            private String drug;
            private String drugAsWritten;
            private String drugIri;
            private DoseCard dose;
            private String doseParts;
            private String unit;
            private String route;
            private String days;
            private String interval;
            private Integer timesPerDay;
            private DoseCard cycles;
            private String maxDuration;
            private String treatmentPhase;
            private List<String> alternativeTo = List.of();
            private DoseCard totalDose;
            private DoseCard fractions;
            private Double dosePerFraction;
            private String duration;
            private String technique;
            private String text;

            public Builder arm(String value) { arm = value; return this; }
            public Builder kind(String value) { kind = value; return this; }
            public Builder drug(String value) { drug = value; return this; }
            public Builder drugAsWritten(String value) { drugAsWritten = value; return this; }
            public Builder drugIri(String value) { drugIri = value; return this; }
            public Builder dose(DoseCard value) { dose = value; return this; }
            public Builder doseParts(String value) { doseParts = value; return this; }
            public Builder unit(String value) { unit = value; return this; }
            public Builder route(String value) { route = value; return this; }
            public Builder days(String value) { days = value; return this; }
            public Builder interval(String value) { interval = value; return this; }
            public Builder timesPerDay(Integer value) { timesPerDay = value; return this; }
            public Builder cycles(DoseCard value) { cycles = value; return this; }
            public Builder maxDuration(String value) { maxDuration = value; return this; }
            public Builder treatmentPhase(String value) { treatmentPhase = value; return this; }
            public Builder alternativeTo(List<String> value) { alternativeTo = value; return this; }
            public Builder totalDose(DoseCard value) { totalDose = value; return this; }
            public Builder fractions(DoseCard value) { fractions = value; return this; }
            public Builder dosePerFraction(Double value) { dosePerFraction = value; return this; }
            public Builder duration(String value) { duration = value; return this; }
            public Builder technique(String value) { technique = value; return this; }
            public Builder text(String value) { text = value; return this; }

            public RegimenCard build() {
                return new RegimenCard(
                        arm, kind, drug, drugAsWritten, drugIri, dose, doseParts, unit, route, days, interval, timesPerDay,
                        cycles, maxDuration, treatmentPhase, alternativeTo, totalDose, fractions, dosePerFraction,
                        duration, technique, text);
            }
        }
    }

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
            String graph, String trial, String lastUpdated, String ingestedAt, List<String> gives,
            List<ValueSourceCard> readAt) {
        public SourceCard {
            gives = gives == null ? List.of() : List.copyOf(gives);
            readAt = readAt == null ? List.of() : List.copyOf(readAt);
        }
    }

    /**
     * Where a value of a record read from a document was read in it: the record field ({@code title},
     * {@code sponsor}, {@code intervention[0]}), the value, the heading of its section as the document writes it,
     * and its character span in the document's text.
     */
    public record ValueSourceCard(String field, String value, String section, int start, int end) {}

    /**
     * Why two IRIs of the trial are one trial: {@code shared-id} when a record of one lists the other's ID,
     * {@code identity} when the linker found them alike, with its score and the evidence of each feature.
     */
    public record LinkCard(String a, String b, String kind, Double score, List<String> evidence) {}
}
