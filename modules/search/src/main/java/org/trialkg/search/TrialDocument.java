package org.trialkg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The searchable text and facet values of one trial, all its records merged, in named parts. Built by the pipeline
 * from the graph, so that the index can always be rebuilt from the store.
 *
 * <pre>{@code
 * TrialDocument d = TrialDocument.builder(iri).ids(List.of("NCT07177794")).title("Toripalimab ...")
 *         .drugs(List.of("toripalimab")).phases(List.of("PHASE3")).build();
 * }</pre>
 *
 * @param iri the trial's IRI, the document key
 * @param ids the trial's identifiers
 * @param titles its titles
 * @param texts its free text
 * @param drugs the drugs it uses
 * @param parties who runs it and where
 * @param facets its enumerated values
 */
public record TrialDocument(String iri, Ids ids, Titles titles, Texts texts, Drugs drugs, Parties parties,
        Facets facets) {

    public TrialDocument {
        Objects.requireNonNull(iri, "trial document iri");
        Objects.requireNonNull(ids, "trial document ids");
        Objects.requireNonNull(titles, "trial document titles");
        Objects.requireNonNull(texts, "trial document texts");
        Objects.requireNonNull(drugs, "trial document drugs");
        Objects.requireNonNull(parties, "trial document parties");
        Objects.requireNonNull(facets, "trial document facets");
    }

    /**
     * @param registry every registry ID of the trial
     * @param secondary sponsor protocol numbers, grant numbers and other registries' IDs as listed, searched as IDs
     */
    public record Ids(List<String> registry, List<String> secondary) {
        public Ids {
            registry = List.copyOf(registry);
            secondary = List.copyOf(secondary);
        }
    }

    /**
     * @param title the brief title; may be null
     * @param other official title, titles in other languages
     * @param acronyms the trial's acronyms ({@code COPCOV}), searched in a field of their own
     */
    public record Titles(String title, List<String> other, List<String> acronyms) {
        public Titles {
            other = List.copyOf(other);
            acronyms = List.copyOf(acronyms);
        }
    }

    /**
     * @param summary brief summary and detailed description; may be null
     * @param conditions conditions, keywords and MeSH terms
     * @param interventions intervention names and descriptions, arm labels and descriptions
     * @param eligibility criteria text; may be null
     * @param outcomes outcome measures and time frames
     */
    public record Texts(String summary, List<String> conditions, List<String> interventions, String eligibility,
            List<String> outcomes) {
        public Texts {
            conditions = List.copyOf(conditions);
            interventions = List.copyOf(interventions);
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * @param names canonical names of the drugs used
     * @param synonyms every other name of those drugs (research codes, brands), so that any name finds the trial
     * @param classes classes of those drugs
     */
    public record Drugs(List<String> names, List<String> synonyms, List<String> classes) {
        public Drugs {
            names = List.copyOf(names);
            synonyms = List.copyOf(synonyms);
            classes = List.copyOf(classes);
        }
    }

    /**
     * @param sponsors the sponsors' and collaborators' organisations by the name their spellings share
     *     ({@code OrganisationNames.display}): searched and faceted, so that the facet counts one organisation
     *     however its records spell it
     * @param sponsorSpellings the names as the records write them, searched only ("SUN YAT-SEN UNIV.")
     * @param sites facility, city and region of each site
     * @param countries ISO 3166-1 alpha-2 codes
     */
    public record Parties(List<String> sponsors, List<String> sponsorSpellings, List<String> sites,
            List<String> countries) {
        public Parties {
            sponsors = List.copyOf(sponsors);
            sponsorSpellings = List.copyOf(sponsorSpellings);
            sites = List.copyOf(sites);
            countries = List.copyOf(countries);
        }
    }

    /**
     * @param phases ClinicalTrials.gov phase values ({@code PHASE2}, {@code PHASE3}), one each
     * @param status overall status; may be null
     * @param studyType study type; may be null
     * @param startYear year of the start date; may be null
     */
    public record Facets(List<String> phases, String status, String studyType, Integer startYear) {
        public Facets {
            phases = List.copyOf(phases);
        }
    }

    /** A document to build part by part; every part not given is empty. */
    public static Builder builder(String iri) {
        return new Builder(iri);
    }

    /** Builds a {@link TrialDocument}; lists default to empty, single values to null. */
    public static final class Builder {
        private final String iri;
        private List<String> ids = List.of();
        private List<String> secondaryIds = List.of();
        private String title;
        private List<String> otherTitles = List.of();
        private List<String> acronyms = List.of();
        private String summary;
        private List<String> conditions = List.of();
        private List<String> interventions = List.of();
        private String eligibility;
        private List<String> outcomes = List.of();
        private List<String> drugs = List.of();
        private List<String> drugSynonyms = List.of();
        private List<String> drugClasses = List.of();
        private List<String> sponsors = List.of();
        private List<String> sponsorSpellings = List.of();
        private List<String> sites = List.of();
        private List<String> countries = List.of();
        private List<String> phases = new ArrayList<>();
        private String status;
        private String studyType;
        private Integer startYear;

        private Builder(String iri) {
            this.iri = iri;
        }

        public Builder ids(List<String> v) {
            ids = v;
            return this;
        }

        public Builder secondaryIds(List<String> v) {
            secondaryIds = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder otherTitles(List<String> v) {
            otherTitles = v;
            return this;
        }

        public Builder acronyms(List<String> v) {
            acronyms = v;
            return this;
        }

        public Builder summary(String v) {
            summary = v;
            return this;
        }

        public Builder conditions(List<String> v) {
            conditions = v;
            return this;
        }

        public Builder interventions(List<String> v) {
            interventions = v;
            return this;
        }

        public Builder eligibility(String v) {
            eligibility = v;
            return this;
        }

        public Builder outcomes(List<String> v) {
            outcomes = v;
            return this;
        }

        public Builder drugs(List<String> v) {
            drugs = v;
            return this;
        }

        public Builder drugSynonyms(List<String> v) {
            drugSynonyms = v;
            return this;
        }

        public Builder drugClasses(List<String> v) {
            drugClasses = v;
            return this;
        }

        public Builder sponsors(List<String> v) {
            sponsors = v;
            return this;
        }

        public Builder sponsorSpellings(List<String> v) {
            sponsorSpellings = v;
            return this;
        }

        public Builder sites(List<String> v) {
            sites = v;
            return this;
        }

        public Builder countries(List<String> v) {
            countries = v;
            return this;
        }

        public Builder phases(List<String> v) {
            phases = v;
            return this;
        }

        public Builder status(String v) {
            status = v;
            return this;
        }

        public Builder studyType(String v) {
            studyType = v;
            return this;
        }

        public Builder startYear(Integer v) {
            startYear = v;
            return this;
        }

        public TrialDocument build() {
            return new TrialDocument(iri, new Ids(ids, secondaryIds), new Titles(title, otherTitles, acronyms),
                    new Texts(summary, conditions, interventions, eligibility, outcomes),
                    new Drugs(drugs, drugSynonyms, drugClasses), new Parties(sponsors, sponsorSpellings, sites, countries),
                    new Facets(phases, status, studyType, startYear));
        }
    }
}
