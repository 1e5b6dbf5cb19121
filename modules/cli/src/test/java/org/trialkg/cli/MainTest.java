package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the bundled examples: exit codes, the JSON trial card, search and SPARQL output. */
class MainTest {
    @TempDir
    Path tmp;

    private static Path examples() {
        return Cli.examples();
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void searchFiltersTakeTheValuesTheCardPrintsAndNameTheAcceptedOnesOtherwise() throws IOException {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, "--no-link", examples().toString()).code());
        Cli.Run both = run("search", "--store", store, "--json", "--filter", "phase=PHASE2|PHASE3", "");
        assertEquals(0, both.code(), both.err());
        assertTrue(both.out().contains("NCT09000003"), "a phase 2/3 trial matches PHASE2|PHASE3: " + both.out());
        Cli.Run china = run("search", "--store", store, "--json", "--filter", "country=China", "");
        assertEquals(0, china.code(), china.err());
        assertTrue(new ObjectMapper().readTree(china.out()).get("total").asInt() > 0, china.out());
        Cli.Run sponsor = run("sponsor", "--store", store, "--json", "example", "cancer", "HOSPITAL");
        assertEquals(0, sponsor.code(), sponsor.err());
        assertTrue(sponsor.out().contains("NCT09000001"), "names are compared by organisation: " + sponsor.out());
        assertEquals(1, run("sponsor", "--store", store, "Nobody Foundation").code());
        Cli.Run bad = run("search", "--store", store, "--filter", "phase=Phase 3", "toripalimab");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("'Phase 3' is not a value of this facet") && bad.err().contains("PHASE3"),
                bad.err());
    }

    @Test
    void removesRecordsByIdAndByFileWithTheIndexAndLinks() throws IOException {
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, examples().toString()).code());
        assertEquals(0, run("trial", "--store", store, "NCT09000005").code());

        Cli.Run byId = run("remove", "--store", store, "NCT09000005", "NCT00000000");
        assertEquals(3, byId.code(), "one ID matched nothing: " + byId.err());
        assertTrue(byId.out().contains("removed 1 records of 1 trials"), byId.out());
        assertTrue(byId.err().contains("no stored record for NCT00000000"), byId.err());
        assertEquals(1, run("trial", "--store", store, "NCT09000005").code(), "gone from the store");
        assertTrue(!run("search", "--store", store, "--json", "nasopharyngeal").out().contains("NCT09000005"),
                "gone from the index");

        Path page = examples().resolve("ctgov-page-toripalimab-consolidation.txt");
        Cli.Run byFile = run("remove", "--store", store, "--json", "--file", page.toString());
        assertEquals(0, byFile.code(), byFile.err());
        JsonNode removed = new ObjectMapper().readTree(byFile.out());
        assertEquals(1, removed.get("records").size(), byFile.out());
        assertTrue(removed.get("trials").toString().contains("NCT09000001"), byFile.out());
        assertEquals(1, run("trial", "--store", store, "NCT09000001").code());
        Cli.Run stats = run("stats", "--store", store, "--json");
        assertEquals(3, new ObjectMapper().readTree(stats.out()).get("stats").get("trials").asInt(), stats.out());
        Cli.Run verify = run("verify", "--store", store);
        assertEquals(0, verify.code(), verify.out() + verify.err());
    }

    @Test
    void ingestsExamplesThenShowsCardSearchAndSparql() throws IOException {
        String store = tmp.resolve("store").toString();
        Cli.Run ingest = run("ingest", "--store", store, examples().toString());
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("5 files read, 5 records"), ingest.out());
        assertTrue(ingest.out().contains("linked: 5 trials compared"), ingest.out());
        Cli.Run unlinked = run("ingest", "--store", tmp.resolve("plain").toString(), "--no-link",
                examples().toString());
        assertEquals(0, unlinked.code(), unlinked.err());
        assertTrue(!unlinked.out().contains("linked: "), "--no-link skips the linker: " + unlinked.out());

        Cli.Run card = run("trial", "--store", store, "--json", "NCT09000005");
        assertEquals(0, card.code(), card.err());
        JsonNode json = new ObjectMapper().readTree(card.out());
        for (String key : List.of("iri", "ids", "otherIds", "title", "status", "phase", "studyType", "design",
                "enrollment", "startDate", "completionDate", "conditions", "arms", "drugs", "regimens", "sponsors",
                "investigators", "sites", "eligibility", "outcomes", "references", "related", "sources")) {
            assertTrue(json.has(key), "trial card key " + key);
        }
        assertEquals("NCT09000005", json.get("ids").get(0).asText());
        boolean toripalimab = false;
        for (JsonNode d : json.get("drugs")) {
            toripalimab |= d.get("name").asText().equals("toripalimab");
        }
        assertTrue(toripalimab, "JS001 is toripalimab: " + json.get("drugs"));

        Cli.Run search = run("search", "--store", store, "--json", "toripalimab");
        assertEquals(0, search.code(), search.err());
        JsonNode hits = new ObjectMapper().readTree(search.out()).get("hits");
        assertTrue(hits.toString().contains("NCT09000005"), "a trial that wrote JS001 is found by its INN");

        Cli.Run question = run("search", "--store", store, "toripalimab for everyone");
        assertEquals(0, question.code(), question.err());
        assertTrue(question.out().contains("(relaxed)"), "no trial has every word: " + question.out());
        assertTrue(question.out().contains("NCT09000005"), question.out());
        Cli.Run misspelt = run("search", "--store", store, "--json", "toripalimub");
        JsonNode misspeltJson = new ObjectMapper().readTree(misspelt.out());
        assertEquals("toripalimab", misspeltJson.get("didYouMean").asText(), misspelt.out());
        assertFalse(misspeltJson.get("relaxed").asBoolean());
        assertTrue(misspeltJson.get("hits").toString().contains("NCT09000005"), misspelt.out());

        Cli.Run sparql = run("sparql", "--store", store, "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/trialkg/ns#Trial> }");
        assertEquals(0, sparql.code(), sparql.err());
        assertEquals("n\r\n5", sparql.out().strip().replace("\n", "\r\n").replace("\r\r", "\r"));

        Cli.Run sample = run("mentions", "--store", store, "--sample", "3", "--seed", "7");
        assertEquals(0, sample.code(), sample.err());
        List<String> rows = sample.out().strip().lines().toList();
        assertEquals("record_id\tmention\tconcept\tmethod\tconfidence", rows.get(0));
        assertEquals(4, rows.size(), sample.out());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.split("\t").length == 5), sample.out());
        assertEquals(sample.out(), run("mentions", "--store", store, "--sample", "3", "--seed", "7").out(),
                "the same seed draws the same sample");
        Cli.Run counts = run("mentions", "--store", store);
        assertEquals(0, counts.code(), counts.err());
        assertTrue(counts.out().startsWith("drug and biological interventions"), counts.out());
    }

    @Test
    void exitCodesSayWhatHappened() throws IOException {
        String store = tmp.resolve("store").toString();
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Run partial = run("ingest", "--store", store, dir.toString());
        assertEquals(3, partial.code());
        assertTrue(partial.err().contains("empty.txt") && partial.err().contains("empty file"), partial.err());

        assertEquals(2, run("ingest", "--store", store).code(), "no path given");
        Cli.Run badQuery = run("search", "--store", store, "(unclosed");
        assertEquals(2, badQuery.code());
        assertEquals(1, badQuery.err().strip().lines().count(), badQuery.err());
        Cli.Run badSparql = run("sparql", "--store", store, "-e", "SELECT WHERE {");
        assertEquals(2, badSparql.code());
        assertTrue(badSparql.err().contains("line 1"), badSparql.err());
        assertEquals(1, run("trial", "--store", store, "NCT00000000").code());
    }
}
