package org.trialkg.enrich;

import org.trialkg.model.TrialRecord;

/** Turns raw text of a record into entities and returns the enriched record; it never touches files, store or index. */
@FunctionalInterface
public interface Enricher {
    TrialRecord enrich(TrialRecord record);

    /** This enricher, then the next. */
    default Enricher andThen(Enricher next) {
        return r -> next.enrich(enrich(r));
    }
}
