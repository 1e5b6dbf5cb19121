package org.trialkg.search;

import java.util.List;
import java.util.Objects;

/**
 * The searchable text and facet values of one trial, all its records merged. Built by the pipeline from the graph,
 * so that the index can always be rebuilt from the store.
 *
 * @param iri the trial's IRI, the document key
 * @param ids every registry ID of the trial
 * @param title the brief title; may be null
 * @param otherTitles official title, acronym, titles in other languages
 * @param summary brief summary and detailed description
 * @param conditions conditions, keywords and MeSH terms
 * @param interventions intervention names and descriptions, arm labels and descriptions
 * @param drugs canonical names of the drugs used
 * @param drugSynonyms every other name of those drugs (research codes, brands), so that any name finds the trial
 * @param drugClasses classes of those drugs
 * @param sponsors sponsor and collaborator names
 * @param sites facility, city and region of each site
 * @param countries ISO 3166-1 alpha-2 codes
 * @param eligibility criteria text
 * @param outcomes outcome measures and time frames
 * @param phase ClinicalTrials.gov phase value (several joined by {@code |}); may be null
 * @param status overall status; may be null
 * @param studyType study type; may be null
 * @param startYear year of the start date; may be null
 * @param acronyms the trial's acronyms ({@code COPCOV}), searched in a field of their own
 * @param secondaryIds sponsor protocol numbers, grant numbers and other registries' IDs as listed, searched as IDs
 */
public record TrialDocument(String iri, List<String> ids, String title, List<String> otherTitles, String summary,
        List<String> conditions, List<String> interventions, List<String> drugs, List<String> drugSynonyms,
        List<String> drugClasses, List<String> sponsors, List<String> sites, List<String> countries,
        String eligibility, List<String> outcomes, String phase, String status, String studyType, Integer startYear,
        List<String> acronyms, List<String> secondaryIds) {

    public TrialDocument {
        Objects.requireNonNull(iri, "trial document iri");
        ids = List.copyOf(ids);
        otherTitles = List.copyOf(otherTitles);
        conditions = List.copyOf(conditions);
        interventions = List.copyOf(interventions);
        drugs = List.copyOf(drugs);
        drugSynonyms = List.copyOf(drugSynonyms);
        drugClasses = List.copyOf(drugClasses);
        sponsors = List.copyOf(sponsors);
        sites = List.copyOf(sites);
        countries = List.copyOf(countries);
        outcomes = List.copyOf(outcomes);
        acronyms = List.copyOf(acronyms);
        secondaryIds = List.copyOf(secondaryIds);
    }

    /** A document without acronyms or secondary IDs. */
    public TrialDocument(String iri, List<String> ids, String title, List<String> otherTitles, String summary,
            List<String> conditions, List<String> interventions, List<String> drugs, List<String> drugSynonyms,
            List<String> drugClasses, List<String> sponsors, List<String> sites, List<String> countries,
            String eligibility, List<String> outcomes, String phase, String status, String studyType, Integer startYear) {
        this(iri, ids, title, otherTitles, summary, conditions, interventions, drugs, drugSynonyms, drugClasses, sponsors,
                sites, countries, eligibility, outcomes, phase, status, studyType, startYear, List.of(), List.of());
    }
}
