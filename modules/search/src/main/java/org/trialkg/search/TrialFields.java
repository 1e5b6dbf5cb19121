package org.trialkg.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field names of the trial index. Those a user may name in a query ({@code drug:toripalimab}) are the keys of
 * {@link #QUERY_FIELDS}; the weights rank a match in the title, drug or condition above one deep in the criteria.
 */
public final class TrialFields {
    public static final String IRI = "iri";
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String OTHER_TITLE = "othertitle";
    public static final String ACRONYM = "acronym";
    /** Sponsor protocol numbers, grant numbers and other registries' IDs, matched like IDs. */
    public static final String OTHER_ID = "otherid";
    public static final String SUMMARY = "summary";
    public static final String CONDITION = "condition";
    public static final String INTERVENTION = "intervention";
    public static final String DRUG = "drug";
    public static final String DRUG_CLASS = "class";
    public static final String SPONSOR = "sponsor";
    public static final String SITE = "site";
    public static final String COUNTRY = "country";
    public static final String ELIGIBILITY = "eligibility";
    public static final String OUTCOME = "outcome";
    public static final String PHASE = "phase";
    public static final String STATUS = "status";
    public static final String TYPE = "type";
    public static final String YEAR = "year";

    /** Fields searched when a query names none, with their weights. */
    public static final Map<String, Float> DEFAULT_FIELDS;

    static {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(ID, 10f);
        // A word that is a trial's protocol or grant number names that trial nearly as surely as its registry ID.
        m.put(OTHER_ID, 8f);
        m.put(TITLE, 5f);
        // An acronym is the name a trial goes by: as strong as a title word, held apart so that it is not diluted by
        // the official title it used to share a field with.
        m.put(ACRONYM, 5f);
        m.put(DRUG, 4f);
        m.put(CONDITION, 4f);
        m.put(OTHER_TITLE, 3f);
        m.put(DRUG_CLASS, 2f);
        m.put(INTERVENTION, 2f);
        m.put(SPONSOR, 1.5f);
        m.put(SUMMARY, 1f);
        m.put(OUTCOME, 0.7f);
        m.put(SITE, 0.7f);
        m.put(COUNTRY, 0.7f);
        m.put(ELIGIBILITY, 0.3f);
        DEFAULT_FIELDS = java.util.Collections.unmodifiableMap(m);
    }

    /** Facet dimensions, in the order they are shown. */
    public static final java.util.List<String> FACETS =
            java.util.List.of(PHASE, STATUS, TYPE, COUNTRY, DRUG, DRUG_CLASS, SPONSOR, YEAR);

    /** Fields shown as snippets, in order of preference. */
    static final String[] SNIPPET_FIELDS = {TITLE, DRUG, INTERVENTION, CONDITION, SUMMARY, OUTCOME, ELIGIBILITY, SPONSOR, SITE};

    /** The acronyms as written, letters and digits only, for a query word in capitals ({@code COPCOV}). */
    static final String ACRONYM_EXACT = "acronym_cs";

    /** An acronym as the exact field holds it: as written, letters and digits only ({@code Cov-CONTACT}: {@code CovCONTACT}). */
    static String acronymKey(String acronym) {
        return acronym.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String facetField(String dim) {
        return "f_" + dim;
    }

    private TrialFields() {
    }
}
