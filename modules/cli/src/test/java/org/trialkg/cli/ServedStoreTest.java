package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code trialkg serve} runs in another process, the read commands on its store answer through it (the
 * store itself is locked by the server), and the writes refuse, naming the server.
 */
class ServedStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path store;
    static Process server;
    static String url;

    @BeforeAll
    static void serve() throws IOException {
        store = tmp.resolve("store");
        ingest(store);
        server = process("serve", "--store", store.toString(), "--port", "0").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder before = new StringBuilder();
        while ((line = out.readLine()) != null && !line.startsWith("trialkg serve: http")) {
            before.append(line).append('\n');
        }
        assertTrue(line != null, "the server started: " + before);
        url = line.substring("trialkg serve: ".length(), line.indexOf(' ', "trialkg serve: ".length()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void readCommandsAnswerThroughTheServer() throws IOException {
        JsonNode file = JSON.readTree(store.resolve(ServerFile.NAME).toFile());
        assertEquals(url, file.get("url").asText());
        assertEquals(server.pid(), file.get("pid").asLong());

        String s = store.toString();
        Cli.Run stats = Cli.run("stats", "--store", s, "--json");
        assertEquals(0, stats.code(), stats.err());
        assertEquals(5, JSON.readTree(stats.out()).at("/stats/trials").asLong());
        Cli.Run trials = Cli.run("trials", "--store", s, "--json");
        assertEquals(0, trials.code(), trials.err());
        assertEquals(5, JSON.readTree(trials.out()).size());
        Cli.Run card = Cli.run("trial", "--store", s, "NCT09000005");
        assertEquals(0, card.code(), card.err());
        assertTrue(card.out().contains("toripalimab"), card.out());
        assertEquals(1, Cli.run("trial", "--store", s, "NCT00000000").code(), "an unknown trial is still 1");
        Cli.Run search = Cli.run("search", "--store", s, "--json", "toripalimab");
        assertEquals(0, search.code(), search.err());
        assertTrue(JSON.readTree(search.out()).get("hits").toString().contains("NCT09000005"), search.out());
        Cli.Run filtered = Cli.run("search", "--store", s, "--json", "--filter", "phase=PHASE3", "");
        assertEquals(0, filtered.code(), filtered.err());
        assertTrue(JSON.readTree(filtered.out()).get("total").asLong() < 5, "the filter reached the server");
        assertEquals(2, Cli.run("search", "--store", s, "(unclosed").code(), "the server's 400 is bad usage");
        Cli.Run sparql = Cli.run("sparql", "--store", s, "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/trialkg/ns#Trial> }");
        assertEquals(0, sparql.code(), sparql.err());
        assertEquals(List.of("n", "5"), sparql.out().strip().lines().map(String::strip).toList());
        Cli.Run drug = Cli.run("drug", "--store", s, "JS001");
        assertEquals(0, drug.code(), drug.err());
        assertTrue(drug.out().contains("NCT09000005"), drug.out());
    }

    @Test
    void writesAndUnservedReadsNameTheServerToStop() {
        for (List<String> c : List.of(List.of("ingest", Cli.examples().toString()), List.of("link"),
                List.of("reindex"), List.of("compact"), List.of("verify", "--repair"), List.of("vocab", "load", "x.ttl"),
                List.of("verify"), List.of("validate"), List.of("mentions"), List.of("export"),
                List.of("serve", "--port", "0"))) {
            String[] args = java.util.stream.Stream.concat(c.stream(), java.util.stream.Stream.of("--store",
                    store.toString())).toArray(String[]::new);
            Cli.Run r = Cli.run(args);
            assertEquals(1, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains("is served by the server at " + url + " (pid " + server.pid()
                    + "); stop it first"), c + ": " + r.err());
            assertFalse(r.err().contains("lock"), r.err());
        }
    }

    @Test
    void aServerThatStoppedLeavesNoFileAndReadsOpenTheStoreAgain() throws Exception {
        // Run last in effect: a copy of the store served by a second process, stopped here.
        Path other = tmp.resolve("other");
        ingest(other);
        Process p = process("serve", "--store", other.toString(), "--port", "0").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("trialkg serve: http")) {
                // wait for the server
            }
            assertTrue(Files.exists(other.resolve(ServerFile.NAME)));
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(other.resolve(ServerFile.NAME)), "a clean stop deletes server.json");
        Cli.Run stats = Cli.run("stats", "--store", other.toString());
        assertEquals(0, stats.code(), stats.err());

        // A file left by a server that was killed names a process that is gone: it is ignored.
        new ServerFile("http://127.0.0.1:9/", "http://127.0.0.1:9/trialkg/sparql", deadPid()).write(other);
        Cli.Run stale = Cli.run("stats", "--store", other.toString(), "--json");
        assertEquals(0, stale.code(), stale.err());
        assertEquals(5, JSON.readTree(stale.out()).at("/stats/trials").asLong());
    }

    /**
     * The command line as a user runs it, in a JVM of its own. The store is made in one too: TDB2 keeps a store
     * locked by the JVM that opened it until that JVM ends, and the server in its own process needs the lock.
     */
    private static ProcessBuilder process(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static void ingest(Path dir) throws IOException {
        Process p = process("ingest", "--store", dir.toString(), Cli.examples().toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, p.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }
}
