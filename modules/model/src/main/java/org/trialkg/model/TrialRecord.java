package org.trialkg.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One trial record from one source, in a source-neutral form. Readers produce it, enrichers add drug mentions and
 * regimens to it, the RDF mapper turns it into quads. Enumerated values use the ClinicalTrials.gov API v2 names
 * ({@code PHASE3}, {@code RECRUITING}, {@code INTERVENTIONAL}); countries are ISO 3166-1 alpha-2 codes.
 *
 * <pre>{@code
 * TrialRecord r = TrialRecord.builder(source)
 *         .id(RegistryId.parse("NCT07177794").orElseThrow())
 *         .title("Consolidation of Toripalimab and Capecitabine After Chemoradiotherapy in ESCC")
 *         .phase("PHASE3")
 *         .build();
 * }</pre>
 */
public record TrialRecord(
        Source source,
        List<RegistryId> ids,
        List<OtherId> otherIds,
        String title,
        String officialTitle,
        String acronym,
        String status,
        List<String> phases,
        String studyType,
        Design design,
        Enrollment enrollment,
        String startDate,
        String completionDate,
        String lastUpdated,
        String briefSummary,
        String detailedDescription,
        List<String> conditions,
        List<String> keywords,
        List<MeshTerm> meshTerms,
        List<Arm> arms,
        List<Intervention> interventions,
        List<Outcome> outcomes,
        Eligibility eligibility,
        List<Sponsor> sponsors,
        ResponsibleParty responsibleParty,
        List<Investigator> investigators,
        List<Site> sites,
        List<String> countries,
        List<Reference> references,
        List<RegistryId> related,
        List<DrugMention> drugMentions,
        List<RegimenComponent> regimens,
        List<ValueSource> valueSources) {

    public TrialRecord {
        Objects.requireNonNull(source, "record source");
        ids = List.copyOf(ids);
        otherIds = List.copyOf(otherIds);
        phases = List.copyOf(phases);
        design = design == null ? Design.EMPTY : design;
        conditions = List.copyOf(conditions);
        keywords = List.copyOf(keywords);
        meshTerms = List.copyOf(meshTerms);
        arms = List.copyOf(arms);
        interventions = List.copyOf(interventions);
        outcomes = List.copyOf(outcomes);
        eligibility = eligibility == null ? Eligibility.EMPTY : eligibility;
        sponsors = List.copyOf(sponsors);
        investigators = List.copyOf(investigators);
        sites = List.copyOf(sites);
        countries = List.copyOf(countries);
        references = List.copyOf(references);
        related = List.copyOf(related);
        drugMentions = List.copyOf(drugMentions);
        regimens = List.copyOf(regimens);
        valueSources = List.copyOf(valueSources);
        for (RegistryId r : related) {
            if (ids.contains(r)) {
                throw new IllegalArgumentException("record " + source.file() + ": " + r
                        + " is both the record's own ID and a related trial");
            }
        }
        if (startDate != null && !Dates.isIsoPartial(startDate)) {
            throw new IllegalArgumentException("record " + source.file() + ": startDate must be YYYY, YYYY-MM or "
                    + "YYYY-MM-DD, was '" + startDate + "'");
        }
        if (completionDate != null && !Dates.isIsoPartial(completionDate)) {
            throw new IllegalArgumentException("record " + source.file() + ": completionDate must be YYYY, YYYY-MM "
                    + "or YYYY-MM-DD, was '" + completionDate + "'");
        }
    }

    /** The record's main registry ID, if it has one. */
    public java.util.Optional<RegistryId> primaryId() {
        return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(0));
    }

    /** Registry IDs of the same trial in other registries, read from the other identifiers. */
    public List<RegistryId> secondaryRegistryIds() {
        List<RegistryId> out = new ArrayList<>();
        for (OtherId o : otherIds) {
            o.registryId().filter(id -> !ids.contains(id) && !out.contains(id)).ifPresent(out::add);
        }
        return out;
    }

    public static Builder builder(Source source) {
        return new Builder(source);
    }

    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.ids.addAll(ids);
        b.otherIds.addAll(otherIds);
        b.title = title;
        b.officialTitle = officialTitle;
        b.acronym = acronym;
        b.status = status;
        b.phases.addAll(phases);
        b.studyType = studyType;
        b.design = design;
        b.enrollment = enrollment;
        b.startDate = startDate;
        b.completionDate = completionDate;
        b.lastUpdated = lastUpdated;
        b.briefSummary = briefSummary;
        b.detailedDescription = detailedDescription;
        b.conditions.addAll(conditions);
        b.keywords.addAll(keywords);
        b.meshTerms.addAll(meshTerms);
        b.arms.addAll(arms);
        b.interventions.addAll(interventions);
        b.outcomes.addAll(outcomes);
        b.eligibility = eligibility;
        b.sponsors.addAll(sponsors);
        b.responsibleParty = responsibleParty;
        b.investigators.addAll(investigators);
        b.sites.addAll(sites);
        b.countries.addAll(countries);
        b.references.addAll(references);
        b.related.addAll(related);
        b.drugMentions.addAll(drugMentions);
        b.regimens.addAll(regimens);
        b.valueSources.addAll(valueSources);
        return b;
    }

    /** Collects a record's values in any order; {@link #build()} checks them. */
    public static final class Builder {
        private Source source;
        private final List<RegistryId> ids = new ArrayList<>();
        private final List<OtherId> otherIds = new ArrayList<>();
        private String title;
        private String officialTitle;
        private String acronym;
        private String status;
        private final List<String> phases = new ArrayList<>();
        private String studyType;
        private Design design;
        private Enrollment enrollment;
        private String startDate;
        private String completionDate;
        private String lastUpdated;
        private String briefSummary;
        private String detailedDescription;
        private final List<String> conditions = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<MeshTerm> meshTerms = new ArrayList<>();
        private final List<Arm> arms = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private Eligibility eligibility;
        private final List<Sponsor> sponsors = new ArrayList<>();
        private ResponsibleParty responsibleParty;
        // sets, not lists: a trial may list thousands of sites, and a list's contains() made adding them quadratic
        private final Set<Investigator> investigators = new LinkedHashSet<>();
        private final Set<Site> sites = new LinkedHashSet<>();
        private final List<String> countries = new ArrayList<>();
        private final Set<Reference> references = new LinkedHashSet<>();
        private final List<RegistryId> related = new ArrayList<>();
        private final List<DrugMention> drugMentions = new ArrayList<>();
        private final List<RegimenComponent> regimens = new ArrayList<>();
        private final Set<ValueSource> valueSources = new LinkedHashSet<>();

        private Builder(Source source) {
            this.source = source;
        }

        public Builder source(Source s) { this.source = s; return this; }
        /** Adds one of the record's own IDs; a repeat is ignored. */
        public Builder id(RegistryId id) { if (id != null && !ids.contains(id)) ids.add(id); return this; }
        public Builder otherId(OtherId id) { if (id != null && !otherIds.contains(id)) otherIds.add(id); return this; }
        public Builder title(String v) { this.title = blankToNull(v); return this; }
        public Builder officialTitle(String v) { this.officialTitle = blankToNull(v); return this; }
        public Builder acronym(String v) { this.acronym = blankToNull(v); return this; }
        public Builder status(String v) { this.status = blankToNull(v); return this; }
        public Builder phase(String v) { if (blankToNull(v) != null && !phases.contains(v)) phases.add(v); return this; }
        public Builder studyType(String v) { this.studyType = blankToNull(v); return this; }
        public Builder design(Design v) { this.design = v; return this; }
        public Builder enrollment(Enrollment v) { this.enrollment = v; return this; }
        public Builder startDate(String v) { this.startDate = blankToNull(v); return this; }
        public Builder completionDate(String v) { this.completionDate = blankToNull(v); return this; }
        public Builder lastUpdated(String v) { this.lastUpdated = blankToNull(v); return this; }
        public Builder briefSummary(String v) { this.briefSummary = blankToNull(v); return this; }
        public Builder detailedDescription(String v) { this.detailedDescription = blankToNull(v); return this; }
        public Builder condition(String v) { addText(conditions, v); return this; }
        public Builder keyword(String v) { addText(keywords, v); return this; }
        public Builder meshTerm(MeshTerm v) { if (v != null && !meshTerms.contains(v)) meshTerms.add(v); return this; }
        public Builder arm(Arm v) { if (v != null) arms.add(v); return this; }
        public Builder intervention(Intervention v) { if (v != null) interventions.add(v); return this; }
        public Builder outcome(Outcome v) { if (v != null) outcomes.add(v); return this; }
        public Builder eligibility(Eligibility v) { this.eligibility = v; return this; }
        public Builder sponsor(Sponsor v) { if (v != null && !sponsors.contains(v)) sponsors.add(v); return this; }
        public Builder responsibleParty(ResponsibleParty v) { this.responsibleParty = v; return this; }
        public Builder investigator(Investigator v) { if (v != null) investigators.add(v); return this; }
        public Builder site(Site v) { if (v != null) sites.add(v); return this; }
        public Builder country(String v) { addText(countries, v); return this; }
        public Builder reference(Reference v) { if (v != null) references.add(v); return this; }
        public Builder related(RegistryId v) { if (v != null && !related.contains(v)) related.add(v); return this; }
        public Builder drugMentions(List<DrugMention> v) { drugMentions.clear(); drugMentions.addAll(v); return this; }
        public Builder regimens(List<RegimenComponent> v) { regimens.clear(); regimens.addAll(v); return this; }
        /** Adds where a value was read in the record's document (a document reader's values only). */
        public Builder valueSource(ValueSource v) { if (v != null) valueSources.add(v); return this; }
        /** Replaces the value sources (an enricher that drops values it found not to be what they seemed). */
        public Builder valueSources(List<ValueSource> v) { valueSources.clear(); v.forEach(this::valueSource); return this; }
        /** Replaces the sites (an enricher that normalises them). */
        public Builder sites(List<Site> v) { sites.clear(); v.forEach(this::site); return this; }
        /** Replaces the countries (an enricher that normalises them). */
        public Builder countries(List<String> v) { countries.clear(); v.forEach(this::country); return this; }

        public List<RegistryId> ids() { return ids; }
        public String title() { return title; }

        /** Checks the collected values and returns the record; a related ID that is also the record's own is dropped. */
        public TrialRecord build() {
            related.removeAll(ids);
            return new TrialRecord(source, ids, otherIds, title, officialTitle, acronym, status, phases, studyType,
                    design, enrollment, startDate, completionDate, lastUpdated, briefSummary, detailedDescription,
                    conditions, keywords, meshTerms, arms, interventions, outcomes, eligibility, sponsors,
                    responsibleParty, List.copyOf(investigators), List.copyOf(sites), countries,
                    List.copyOf(references), related, drugMentions, regimens, List.copyOf(valueSources));
        }

        private static void addText(List<String> list, String v) {
            String t = blankToNull(v);
            if (t != null && !list.contains(t)) {
                list.add(t);
            }
        }

        private static String blankToNull(String v) {
            if (v == null) {
                return null;
            }
            String t = v.strip();
            return t.isEmpty() ? null : t;
        }
    }
}
