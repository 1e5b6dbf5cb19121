package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.search.SearchRequest;

/**
 * A drug that only the generated names know (sofosbuvir, brand Sovaldi, from DrugBank and Drugs@FDA) is found by
 * SPARQL under every name, like a curated one: the store keeps its names in one graph, written with the first record
 * that uses it and never again, through the bulk load and through transactions alike; the search documents stay as
 * they were without those graphs.
 */
class GeneratedDrugNamesTest {
    private static final String SOFOSBUVIR = "https://w3id.org/trialkg/id/drug/sofosbuvir";

    @TempDir
    Path tmp;

    private Path page(String id, String as) throws IOException {
        return ExamplePages.page(tmp, id, as);
    }

    private static List<String> trialsOf(Workspace ws, String name) throws Exception {
        return ExamplePages.trialsOf(ws, name);
    }

    private static long quadsOfConceptGraph(Workspace ws) {
        Node g = ConceptLabels.graphOf(SOFOSBUVIR);
        return Txn.calculateRead(ws.store().dataset(), () -> {
            long[] n = {0, 0};
            ws.store().dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(g)) {
                    n[0]++;
                }
            });
            return n[0];
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aGeneratedDrugIsFoundByItsBrandInSparql(boolean bulk) throws Exception {
        Node concept = NodeFactory.createURI(SOFOSBUVIR);
        assertFalse(SkosDrugLexicon.curatedModel().getGraph().contains(concept, SKOS.prefLabel.asNode(), Node.ANY),
                "sofosbuvir is not curated: the test needs a drug only the generated names know");
        long generated = SkosDrugLexicon.generatedModel().getGraph().find(concept, Node.ANY, Node.ANY).toList().size();
        IngestOptions options = new IngestOptions(false, false, IngestOptions.DEFAULT_BATCH, 1, bulk);
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            new Ingest(ws, options, s -> { }).run(List.of(page("NCT09000011", "sofosbuvir")));
            new Ingest(ws, options, s -> { }).run(List.of(page("NCT09000012", "Sovaldi")));

            assertEquals(List.of("NCT09000011", "NCT09000012"), trialsOf(ws, "sovaldi"));
            assertEquals(List.of("NCT09000011", "NCT09000012"), trialsOf(ws, "sofosbuvir"));
            assertEquals(generated, quadsOfConceptGraph(ws), "the concept's generated names, once");
            // the search documents name drugs from the shipped lexicon and loaded vocabularies only, whether built
            // from a record in memory or read back from the store with its concept graphs
            SearchRequest inn = new SearchRequest("sofosbuvir", Map.of(), 10, false);
            SearchRequest brand = new SearchRequest("sovaldi", Map.of(), 10, false);
            assertEquals(2, ws.index().search(inn).total());
            long byBrand = ws.index().search(brand).total();
            ws.indexSync().reindex();
            assertEquals(2, ws.index().search(inn).total());
            assertEquals(byBrand, ws.index().search(brand).total(), "the documents read back are the ones ingested");
        }
        try (Workspace ws = Workspace.open(tmp.resolve("store"), true)) {
            new Ingest(ws, options, s -> { }).run(List.of(page("NCT09000013", "sofosbuvir")));
            assertEquals(generated, quadsOfConceptGraph(ws), "a store opened again knows the concept is named");
        }
    }
}
