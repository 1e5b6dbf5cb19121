package org.trialkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.trialkg.store.TrialStore;

/**
 * Counts of what the store holds: trials, records, drugs, sponsors, sites, triples.
 *
 * @param trials distinct trials
 * @param records registry records (source records)
 * @param drugs distinct drug concepts used by trials
 * @param sponsors distinct sponsor organisations
 * @param sites sites
 * @param triples quads in all named graphs
 */
public record Stats(long trials, long records, long drugs, long sponsors, long sites, long triples) {

    private static final String QUERY = """
            PREFIX tk: <https://w3id.org/trialkg/ns#>
            SELECT
              (COUNT(DISTINCT ?t) AS ?trials) (COUNT(DISTINCT ?r) AS ?records) (COUNT(DISTINCT ?d) AS ?drugs)
              (COUNT(DISTINCT ?o) AS ?sponsors) (COUNT(DISTINCT ?s) AS ?sites)
            WHERE {
              { ?t a tk:Trial } UNION { ?r a tk:RegistryRecord } UNION { ?x tk:usesDrug ?d }
              UNION { ?x tk:sponsorship/tk:organization/<http://www.w3.org/2000/01/rdf-schema#label> ?o } UNION { ?s a tk:Site }
            }""";

    /** Reads the counts from a store. */
    public static Stats of(TrialStore store) {
        QuerySolution s = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QUERY).build()) {
                return qe.execSelect().next();
            }
        });
        return new Stats(s.getLiteral("trials").getLong(), s.getLiteral("records").getLong(),
                s.getLiteral("drugs").getLong(), s.getLiteral("sponsors").getLong(), s.getLiteral("sites").getLong(),
                store.counts().quads());
    }
}
