package org.trialkg.pipeline.query;

import java.util.List;
import java.util.function.Consumer;
import org.trialkg.pipeline.Workspace;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;

/**
 * Every trial of a store folder as cards, one at a time: one per search document, the trials {@link Stats} counts,
 * so that {@code trialkg trials} lists exactly as many trials as {@code trialkg stats} reports.
 */
public final class TrialListing {
    private TrialListing() {
    }

    /** Hands each trial's card to {@code out}, in IRI order, holding one card at a time. */
    public static void forEach(Workspace ws, Consumer<TrialCard> out) {
        List<String> iris = ws.index().iris().stream().sorted().toList();
        ws.store().read(union -> {
            CardReader reader = new CardReader(union);
            for (String iri : iris) {
                // A document whose trial is gone from the store is what `trialkg verify` reports; it has no card.
                reader.read(iri).ifPresent(out);
            }
            return null;
        });
    }
}
