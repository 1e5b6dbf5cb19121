package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.rdf.CardReader;
import org.trialkg.rdf.TrialCard;
import org.trialkg.search.SearchRequest;

/** The registry's MeSH headings are searched with the conditions (and interventions) they were derived for. */
class MeshSearchTest {
    @TempDir
    Path tmp;

    private static List<String> ids(Workspace ws, String query) {
        return ws.index().search(SearchRequest.of(query, 100)).hits().stream().flatMap(h -> h.ids().stream())
                .toList();
    }

    private static TrialCard card(Workspace ws, String id) {
        return Txn.calculateRead(ws.store().dataset(), () -> {
            CardReader r = new CardReader(ws.store().dataset().asDatasetGraph().getUnionGraph());
            return r.resolve(id).flatMap(r::read).orElseThrow();
        });
    }

    private Workspace ingestFixture() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in")).resolve("two-studies.json");
        try (InputStream s = getClass().getResourceAsStream("/ctgov/two-studies.json")) {
            Files.copy(s, in);
        }
        Workspace ws = Workspace.inMemory();
        new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(in));
        return ws;
    }

    @Test
    void theCardCarriesTheRegistrysMeshTerms() throws IOException {
        try (Workspace ws = ingestFixture()) {
            TrialCard c = card(ws, "NCT09900001");
            assertEquals(List.of("NSCLC"), c.conditions());
            assertEquals(List.of("Lung Neoplasms"), c.conditionMeshTerms());
            assertEquals(List.of("Osimertinib"), c.interventionMeshTerms());
            assertEquals("D008175", c.meshTerms().get(0).id());
            assertEquals(List.of(), card(ws, "NCT09900002").meshTerms());
        }
    }

    @Test
    void aMeshHeadingFindsATrialWhoseConditionTextLacksIt() throws IOException {
        try (Workspace ws = ingestFixture()) {
            assertEquals(List.of("NCT09900001"), ids(ws, "condition:\"Lung Neoplasms\""));
            assertEquals(List.of("NCT09900001"), ids(ws, "\"lung neoplasms\""));
            assertEquals(List.of("NCT09900001"), ids(ws, "neoplasms"));
            assertEquals(List.of("NCT09900001"), ids(ws, "intervention:osimertinib"));
            assertEquals(List.of(), ids(ws, "condition:osimertinib"), "intervention headings stay with interventions");
        }
    }

    @Test
    void lungNeoplasmsFindsNsclcTrialsOfTheRealExport() {
        Path file = Shared.dir("data/ctgov-json").resolve("nsclc-phase3-100.json");
        try (Workspace ws = Workspace.inMemory()) {
            new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(file));
            // NCT00831909 lists only "NSCLC" as its condition; the registry derived "Lung Neoplasms" for it
            assertEquals(List.of("NSCLC"), card(ws, "NCT00831909").conditions());
            List<String> found = ids(ws, "condition:\"Lung Neoplasms\"");
            assertTrue(found.contains("NCT00831909"), found.toString());
            assertTrue(ids(ws, "condition:\"non-small-cell lung\"").contains("NCT06610240"), "from its MeSH heading");
        }
    }
}
