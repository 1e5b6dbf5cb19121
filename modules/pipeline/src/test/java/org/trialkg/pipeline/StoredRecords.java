package org.trialkg.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.trialkg.rdf.MappedRecord;
import org.trialkg.rdf.TrialView;
import org.trialkg.store.GraphWrite;
import org.trialkg.store.TrialStore;

/** Writes mapped records to a store as the ingest's writer does: the records, then each of their trials' view. */
public final class StoredRecords {
    private StoredRecords() {
    }

    public static void write(TrialStore store, List<MappedRecord> records) {
        try (TrialStore.Batch b = store.begin()) {
            Set<Node> trials = new LinkedHashSet<>();
            for (MappedRecord m : records) {
                b.replace(new GraphWrite(m.graphName(), m.graph()));
                trials.add(m.trial());
            }
            for (Node t : trials) {
                TrialView.derive(b.graphs(), t).ifPresent(v -> b.replace(new GraphWrite(TrialView.graphOf(t), v)));
            }
            b.commit();
        }
    }
}
