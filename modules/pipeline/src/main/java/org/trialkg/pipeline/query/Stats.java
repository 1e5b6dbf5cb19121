package org.trialkg.pipeline.query;

import org.trialkg.pipeline.Workspace;
import org.trialkg.search.TrialFields;
import org.trialkg.store.StoreCounts;
import org.trialkg.vocab.TK;

/**
 * Counts of what a store folder holds, read from statistics kept up to date by every write, never from a scan: the
 * store's own counts (records, sites, quads) and the search index's (trials, drugs, sponsors).
 *
 * <p>A trial is one search document: every record of it, in every registry, counts once (records linked by a shared
 * ID or by the linker are one trial). {@code trialkg stats}, {@code trials}, {@code verify}, the ingest summary and
 * the search total all count trials this way.
 *
 * @param trials trials (search documents)
 * @param records registry records (source records)
 * @param drugs distinct drug concepts used by trials
 * @param sponsors distinct sponsor and collaborator organisations (the sponsor facet's values, one per organisation)
 * @param sites sites
 * @param triples quads in all named graphs
 */
public record Stats(long trials, long records, long drugs, long sponsors, long sites, long triples) {

    /** Reads the counts of a store folder. */
    public static Stats of(Workspace ws) {
        StoreCounts c = ws.store().counts();
        return new Stats(ws.index().size(), c.instancesOf(TK.RegistryRecord.asNode()),
                ws.index().distinctValues(TrialFields.DRUG), ws.index().distinctValues(TrialFields.SPONSOR),
                c.instancesOf(TK.Site.asNode()), c.quads());
    }
}
