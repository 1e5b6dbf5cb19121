package org.trialkg.model;

/**
 * A publication the record cites.
 *
 * @param pmid PubMed ID, digits only; may be null
 * @param doi DOI without the {@code doi:} prefix; may be null
 * @param citation the citation text; may be null
 * @param type {@code BACKGROUND}, {@code RESULT}, {@code DERIVED}; may be null
 */
public record Reference(String pmid, String doi, String citation, String type) {
    public Reference {
        if (pmid != null && !pmid.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("reference: PMID must be digits, was '" + pmid + "'");
        }
        if (pmid == null && doi == null && (citation == null || citation.isBlank())) {
            throw new IllegalArgumentException("reference: needs a PMID, a DOI or a citation");
        }
    }
}
