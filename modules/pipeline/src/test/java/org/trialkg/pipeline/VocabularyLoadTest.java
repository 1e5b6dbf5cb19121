package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.drug.vocab.VocabularyFile;

class VocabularyLoadTest {
    private static Path vocab(String file) {
        String prop = System.getProperty("trialkg.shared");
        Path p = (prop != null ? Path.of(prop) : Path.of("../../../shared")).resolve("data/vocab").resolve(file);
        assumeTrue(Files.isRegularFile(p), "real data not found at " + p.toAbsolutePath());
        return p;
    }

    @Test
    void aBrandOnlyDrugsAtFdaKnowsResolvesOutOfTheBoxAndAfterLoading() throws Exception {
        Path products = vocab("drugsatfda-products.txt");
        try (Stream<String> lines = Files.lines(products)) {
            assertTrue(lines.anyMatch(l -> l.contains("\tONIVYDE\tIRINOTECAN HYDROCHLORIDE\t")), "brand in the file");
        }
        assertTrue(SkosDrugLexicon.builder().add(SkosDrugLexicon.curatedModel()).build().lookup("Onivyde").isEmpty(),
                "the curated lexicon does not know it");
        try (Workspace ws = Workspace.inMemory()) {
            assertEquals("https://w3id.org/trialkg/id/drug/irinotecan",
                    ws.lexicon().lookup("ONIVYDE").orElseThrow().conceptIri(), "the generated names know it unloaded");
            VocabularyLoad.Result r = new VocabularyLoad(ws).load(products, "drugsatfda");
            assertEquals(VocabularyFile.Format.DRUGS_AT_FDA, r.format());
            assertEquals(Workspace.VOCAB_GRAPH_PREFIX + "drugsatfda", r.graph());
            assertTrue(r.concepts() > 1000 && r.newConcepts() < r.concepts(), r.toString());
            assertEquals("https://w3id.org/trialkg/id/drug/irinotecan",
                    ws.lexicon().lookup("ONIVYDE").orElseThrow().conceptIri());
        }
    }

    @Test
    void aStoreWithRecordsFindsItsLoadedVocabulariesForTheNextLexiconAndLoad(@TempDir Path dir) throws Exception {
        Path skos = dir.resolve("house.ttl");
        Files.writeString(skos, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/drug/zelquatinib> a skos:Concept ;
                    skos:prefLabel "zelquatinib"@en ; skos:altLabel "ZQ-4411" .
                """);
        Path store = dir.resolve("store");
        try (Workspace ws = Workspace.open(store, true)) {
            new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(List.of(Path.of(getClass().getResource("/ctgov/two-studies.json").toURI())));
            assertTrue(ws.lexicon().lookup("ZQ-4411").isEmpty(), "nobody knows it before the load");
            new VocabularyLoad(ws).load(skos, "house");
        }
        try (Workspace ws = Workspace.open(store, true)) {
            assertEquals("https://example.org/drug/zelquatinib", ws.lexicon().lookup("ZQ-4411").orElseThrow()
                    .conceptIri(), "the next workspace's lexicon reads the loaded graph among the records'");
            VocabularyLoad.Result again = new VocabularyLoad(ws).load(skos, "house-copy");
            assertEquals(0, again.newConcepts(), "a second load knows the first one's concepts");
        }
    }

    @Test
    void theWorkspaceLexiconReadsMisspeltDrugsButNotWordsOfTrialLanguage() {
        try (Workspace ws = Workspace.inMemory()) {
            assertEquals("https://w3id.org/trialkg/id/drug/hydroxychloroquine", ws.lexicon()
                    .scan("treated with hydroxycholoroquine daily").get(0).conceptIri());
            assertEquals(List.of(), ws.lexicon().scan("a reversible, intermediate substance with calcification"));
        }
    }

    @Test
    void reloadingUnderTheSameNameReplacesTheGraph() throws Exception {
        Path products = vocab("drugsatfda-products.txt");
        try (Workspace ws = Workspace.inMemory()) {
            VocabularyLoad load = new VocabularyLoad(ws);
            VocabularyLoad.Result first = load.load(products, "fda");
            VocabularyLoad.Result second = load.load(products, "fda");
            assertEquals(first.triples(), second.triples());
            assertEquals(first.newConcepts(), second.newConcepts(), "its own earlier load is not 'known'");
            long stored = ws.store().read(g -> (long) g.size());
            assertTrue(stored <= first.triples() + 10, "one copy stored: " + stored);
        }
    }

    @Test
    void rejectsABadName() {
        try (Workspace ws = Workspace.inMemory()) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new VocabularyLoad(ws).load(Path.of("x.ttl"), "Bad Name"));
            assertTrue(e.getMessage().contains("'Bad Name'"), e.getMessage());
        }
    }
}
