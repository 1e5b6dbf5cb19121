package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a store of the bundled examples: JSON from every command that prints results, one count of
 * trials, exports in each syntax, and a missing store refused by every command but ingest.
 */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store").toString();
        Cli.Run r = Cli.run("ingest", "--store", store, "--json", Cli.examples().toString());
        assertEquals(0, r.code(), r.err());
    }

    private static JsonNode json(String... args) throws IOException {
        Cli.Run r = Cli.run(args);
        assertTrue(r.code() == 0 || r.code() == 1, List.of(args) + ": " + r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void everyCommandThatPrintsResultsPrintsJson() throws IOException {
        assertEquals(5, json("stats", "--store", store, "--json").get("stats").get("trials").asLong());
        assertEquals(5, json("trials", "--store", store, "--json").size());
        assertEquals("NCT09000005", json("trial", "--store", store, "--json", "NCT09000005").get("ids").get(0).asText());
        assertTrue(json("drug", "--store", store, "--json", "JS001").get("name").asText().contains("toripalimab"));
        JsonNode search = json("search", "--store", store, "--json", "--limit", "50", "nasopharyngeal");
        assertTrue(search.get("total").asLong() >= 1, search.toString());
        assertEquals(search.get("total").asLong(), search.get("hits").size(), "the total is exact");
        assertEquals("5", json("sparql", "--store", store, "--json", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/trialkg/ns#Trial> }")
                .at("/results/bindings/0/n/value").asText());
        JsonNode validate = json("validate", "--store", store, "--json", "--max", "1");
        assertEquals(validate.get("conforms").asBoolean(), validate.get("violations").asInt() == 0, validate.toString());
        assertTrue(validate.get("shown").size() <= 1, validate.toString());
        JsonNode verify = json("verify", "--store", store, "--json");
        assertTrue(verify.get("inStep").asBoolean(), verify.toString());
        assertEquals(5, verify.get("indexTrials").asInt());
        assertTrue(json("mentions", "--store", store, "--json").has("summary"));
        assertEquals(5, json("link", "--store", store, "--json").get("trials").asInt());
        assertEquals(5, json("reindex", "--store", store, "--json").get("trialsIndexed").asInt());
        assertTrue(json("compact", "--store", store, "--json").get("bytesAfter").asLong() > 0);
        JsonNode again = json("ingest", "--store", store, "--json", Cli.examples().toString());
        assertEquals(5, again.get("records").asLong());
        assertEquals(5, again.get("unchanged").asLong(), again.toString());
        assertEquals(5, again.at("/store/trials").asLong());
    }

    @Test
    void statsTrialsAndSearchCountTheSameTrials() throws IOException {
        long stats = json("stats", "--store", store, "--json").get("stats").get("trials").asLong();
        Cli.Run listed = Cli.run("trials", "--store", store);
        // A row begins where the phase column (after the 26 of the IDs) holds a value; an ID that wraps does not.
        long lines = listed.out().lines().filter(l -> l.length() > 27 && !l.substring(26, 27).isBlank()).count();
        assertEquals(stats, lines, listed.out());
        assertEquals(stats, json("trials", "--store", store, "--json").size());
        assertEquals(stats, json("search", "--store", store, "--json", "").get("total").asLong());
    }

    @Test
    void trialsTableWrapsLongValuesWithinTheirColumns() {
        Cli.Run r = Cli.run("trials", "--store", store);
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().lines().toList()) {
            assertTrue(line.length() <= Table.lineWidth(), "within the line width: '" + line + "'");
        }
        assertTrue(r.out().contains("NCT09000005"), r.out());
        Cli.Run card = Cli.run("trial", "--store", store, "NCT09000005");
        assertEquals(0, card.code(), card.err());
        for (String line : card.out().lines().toList()) {
            assertTrue(line.length() <= Table.lineWidth(), "the card's labelled lines wrap: '" + line + "'");
        }
        assertTrue(card.out().contains("\nIDs                NCT09000005, ChiCTR1900000005"), card.out());
    }

    @Test
    void exportWritesTheSyntaxItsExtensionNames() throws IOException {
        Dataset nq = DatasetFactory.create();
        Cli.Run plain = Cli.run("export", "--store", store, "-o", tmp.resolve("all.nq").toString());
        assertEquals(0, plain.code(), plain.err());
        RDFDataMgr.read(nq, tmp.resolve("all.nq").toString(), Lang.NQUADS);
        long quads = nq.asDatasetGraph().stream().count();
        assertTrue(quads > 100, "quads: " + quads);

        assertEquals(0, Cli.run("export", "--store", store, "-o", tmp.resolve("all.trig.gz").toString()).code());
        Dataset trig = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp.resolve("all.trig.gz")))) {
            RDFDataMgr.read(trig, in, Lang.TRIG);
        }
        assertEquals(quads, trig.asDatasetGraph().stream().count());
        assertTrue(sameQuads(trig, nq), "TriG holds the graphs of the N-Quads");

        assertEquals(0, Cli.run("export", "--store", store, "-o", tmp.resolve("all.ttl").toString()).code());
        Model ttl = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ttl, tmp.resolve("all.ttl").toString(), Lang.TURTLE);
        assertTrue(ttl.size() > 100 && ttl.size() <= quads, "the union of the graphs: " + ttl.size());

        assertEquals(0, Cli.run("export", "--store", store, "-o", tmp.resolve("all.jsonld").toString()).code());
        Dataset jsonld = DatasetFactory.create();
        RDFDataMgr.read(jsonld, tmp.resolve("all.jsonld").toString(), Lang.JSONLD);
        assertEquals(quads, jsonld.asDatasetGraph().stream().count());

        Cli.Run stdout = Cli.run("export", "--store", store, "--format", "turtle");
        assertEquals(0, stdout.code(), stdout.err());
        assertTrue(stdout.out().toLowerCase(java.util.Locale.ROOT).contains("prefix tk:"),
                "Turtle on standard output: " + stdout.out().lines().limit(3).toList());
        Model fromStdout = ModelFactory.createDefaultModel();
        RDFDataMgr.read(fromStdout, new java.io.StringReader(stdout.out()), null, Lang.TURTLE);
        assertEquals(ttl.size(), fromStdout.size());
    }

    private static boolean sameQuads(Dataset a, Dataset b) {
        // Blank nodes get new labels in each parse: compare graph by graph, isomorphic.
        var names = a.asDatasetGraph().listGraphNodes();
        while (names.hasNext()) {
            var g = names.next();
            if (!a.asDatasetGraph().getGraph(g).isIsomorphicWith(b.asDatasetGraph().getGraph(g))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void exportNeverWritesASyntaxTheFileNameDoesNotSay() {
        Path unknown = tmp.resolve("trials.rdf");
        Cli.Run r = Cli.run("export", "--store", store, "-o", unknown.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot tell the syntax of trials.rdf"), r.err());
        assertFalse(Files.exists(unknown), "nothing written");
        Cli.Run clash = Cli.run("export", "--store", store, "--format", "nquads", "-o", tmp.resolve("x.ttl").toString());
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("names turtle"), clash.err());
        assertEquals(2, Cli.run("export", "--store", store, "--format", "rdfxml").code());
    }

    @Test
    void commandsOtherThanIngestRefuseAStoreThatDoesNotExist() {
        Path missing = tmp.resolve("no-such-store");
        List<List<String>> commands = List.of(List.of("stats"), List.of("trials"), List.of("trial", "NCT09000005"),
                List.of("drug", "JS001"), List.of("search", "x"), List.of("sparql", "-e", "ASK {}"),
                List.of("validate"), List.of("verify"), List.of("verify", "--repair"), List.of("export"),
                List.of("mentions"), List.of("reindex"), List.of("link"), List.of("compact"), List.of("serve"),
                List.of("vocab", "load", "x.ttl"));
        for (List<String> c : commands) {
            String[] args = new java.util.ArrayList<String>(c) {{ add("--store"); add(missing.toString()); }}
                    .toArray(String[]::new);
            Cli.Run r = Cli.run(args);
            assertEquals(1, r.code(), c + ": " + r.err());
            assertEquals("trialkg " + c.get(c.size() > 1 && c.get(0).equals("vocab") ? 1 : 0) + ": no store at "
                    + missing + "; run `trialkg ingest PATH --store " + missing + "` first", r.err().strip(), c.toString());
            assertFalse(Files.exists(missing), c + " made no store");
        }
        Path empty = tmp.resolve("empty-folder");
        assertTrue(empty.toFile().mkdir());
        Cli.Run r = Cli.run("stats", "--store", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no trialkg store in " + empty), r.err());
        assertFalse(Files.exists(empty.resolve("tdb2")));
    }
}
