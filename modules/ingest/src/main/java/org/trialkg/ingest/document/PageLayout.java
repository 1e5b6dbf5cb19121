package org.trialkg.ingest.document;

import org.trialkg.model.TrialRecord;

/**
 * One page layout a document's text can follow (a ClinicalTrials.gov mirror page, a MedPath page, ...): whether a
 * text follows it, and how its values are read into a record.
 */
interface PageLayout {
    /** Stable name, recorded as the source layout: {@code ctgov-page}. */
    String name();

    /** Whether the text follows this layout. */
    boolean recognises(PageText text);

    /** Reads every value the layout holds into the builder. */
    void extract(PageText text, TrialRecord.Builder out);
}
