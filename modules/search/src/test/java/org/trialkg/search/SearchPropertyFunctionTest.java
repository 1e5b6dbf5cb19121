package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

class SearchPropertyFunctionTest {
    private static final String T1 = "https://w3id.org/trialkg/id/trial/nct/NCT07177794";
    private static final String T2 = "https://w3id.org/trialkg/id/trial/nct/NCT06190782";

    @Test
    void joinsSearchHitsWithGraphPatterns() {
        try (TrialIndex index = TrialIndex.inMemory()) {
            for (String[] t : new String[][] {{T1, "toripalimab esophageal", "PHASE3"}, {T2, "toripalimab lung", "PHASE2"}}) {
                index.update(TrialDocument.builder(t[0])
                        .title(t[1])
                        .phases(t[2] == null ? List.of() : List.of(t[2].split("\\|")))
                        .build());
            }
            index.commit();
            Model m = ModelFactory.createDefaultModel();
            m.add(m.createResource(T1), ResourceFactory.createProperty("urn:x:phase"), "PHASE3");
            m.add(m.createResource(T2), ResourceFactory.createProperty("urn:x:phase"), "PHASE2");
            Dataset ds = DatasetFactory.create(m);
            String q = "PREFIX tk: <https://w3id.org/trialkg/ns#> SELECT ?trial ?score ?snippet WHERE { "
                    + "(?trial ?score ?snippet) tk:search (\"toripalimab\" 10) . ?trial <urn:x:phase> \"PHASE3\" }";
            List<String> trials = new ArrayList<>();
            List<String> snippets = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                SearchPropertyFunction.register(qe.getContext(), index);
                qe.execSelect().forEachRemaining(s -> {
                    trials.add(s.getResource("trial").getURI());
                    snippets.add(s.getLiteral("snippet").getString());
                    assertTrue(s.getLiteral("score").getFloat() > 0);
                });
            }
            assertEquals(List.of(T1), trials);
            assertTrue(snippets.get(0).contains("<b>toripalimab</b>"), snippets.get(0));
        }
    }
}
