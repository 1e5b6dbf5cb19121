package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.link.TrialLinker;
import org.trialkg.vocab.TK;

/**
 * The ingest killed with SIGKILL ({@link Process#destroyForcibly()}) in a child JVM, at seeded random moments of its
 * phases (reading and writing the store and the index, linking, compacting), on real registry records from
 * {@code ../shared/data}. After each kill the store is opened as the next run would open it, and must be in step
 * with its index, hold no record graph that differs from the same graph of an uninterrupted run, and, after the
 * runs that follow, end with the uninterrupted run's trial and quad counts.
 */
@Tag("kill")
class KillTest {
    /**
     * 20 kills in 2 episodes of 10 on one store each, each episode ended by a full run. A point past the end of a
     * run (a later run of an episode has fewer records to store) lands nowhere and is drawn again, at most
     * {@link #ATTEMPTS_PER_EPISODE} times an episode. Every child JVM costs its start and the store's open, so
     * few, long episodes keep the suite short.
     */
    private static final int EPISODES = 2;
    private static final int KILLS_PER_EPISODE = 10;
    private static final int ATTEMPTS_PER_EPISODE = 20;
    private static final int MIN_KILLS = EPISODES * KILLS_PER_EPISODE;
    /** Where a kill is aimed: opening the store (journal replay), ingest (reading, store and index writes), link, compact. */
    private static final List<String> PHASES = List.of("open", "ingest", "ingest", "ingest", "link", "link", "compact");
    /** The seed, fixed so that a failing kill point can be run again; printed with every failure. */
    private static final long SEED = 0x7121_4b11L;
    private static final Duration CHILD_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomPointsTheStoreStaysConsistentAndARerunEndsAsACleanRun() throws Exception {
        List<Path> inputs = inputs();
        Path clean = tmp.resolve("clean");
        Run full = runChild(clean, inputs, null, 0);
        assertEquals("done", full.lastPhase(), full.output());
        Snapshot reference = snapshot(clean);
        assertTrue(reference.trials() >= 100, "a real-sized input: " + reference.trials() + " trials");
        Map<String, Long> phaseMillis = full.phaseMillis();

        Random random = new Random(SEED);
        Map<String, Integer> killedIn = new TreeMap<>();
        int kills = 0;
        for (int e = 0; e < EPISODES; e++) {
            Path store = tmp.resolve("killed-" + e);
            int landed = 0;
            for (int k = 0; landed < KILLS_PER_EPISODE && k < ATTEMPTS_PER_EPISODE; k++) {
                // A phase, then a moment within the time that phase took in the clean run: the points follow the
                // run's progress rather than the clock, which depends on the machine's load.
                String target = PHASES.get(random.nextInt(PHASES.size()));
                // Squared, so that points fall early in a phase more often: a later run's phases are shorter.
                double u = random.nextDouble();
                long delay = (long) (u * u * Math.max(1, phaseMillis.getOrDefault(target, 1L)));
                Run killed = runChild(store, inputs, target, delay);
                String where = "episode " + e + ", kill " + k + " " + delay + " ms into '" + target + "', landed in '"
                        + killed.lastPhase() + "' (seed " + SEED + ")";
                if (!killed.killed()) {
                    // The run ended before the point (a later run of an episode has fewer records to store).
                    assertEquals("done", killed.lastPhase(), killed.output());
                    continue;
                }
                killedIn.merge(killed.lastPhase(), 1, Integer::sum);
                kills++;
                landed++;
                Snapshot after = snapshot(store);
                assertTrue(after.inStep(), "store and index disagree after " + where + ": " + after.difference());
                for (Map.Entry<String, String> g : after.recordHashes().entrySet()) {
                    assertEquals(reference.recordHashes().get(g.getKey()), g.getValue(),
                            "record graph " + g.getKey() + " differs from the clean run's after " + where);
                    assertEquals(reference.recordQuads().get(g.getKey()), after.recordQuads().get(g.getKey()),
                            "record graph " + g.getKey() + " is half-written after " + where);
                }
            }
            Run rerun = runChild(store, inputs, null, 0);
            assertEquals("done", rerun.lastPhase(), rerun.output());
            Snapshot end = snapshot(store);
            assertTrue(end.inStep(), "episode " + e + ": " + end.difference());
            assertEquals(reference.trials(), end.trials(), "trials after episode " + e);
            assertEquals(reference.quads(), end.quads(), "quads after episode " + e);
            assertEquals(reference.recordHashes(), end.recordHashes(), "record graphs after episode " + e);
        }
        System.out.println("KillTest: " + kills + " kills, by the phase they landed in " + killedIn + "; clean run "
                + full.millis() + " ms " + phaseMillis + ", " + reference.trials() + " trials, " + reference.quads()
                + " quads");
        assertTrue(kills >= MIN_KILLS, kills + " kills landed; by phase " + killedIn);
        for (String phase : List.of("ingest", "link", "compact")) {
            assertTrue(killedIn.getOrDefault(phase, 0) >= 1, "no kill landed in '" + phase + "': " + killedIn);
        }
    }

    /** Real registry records: 100 ClinicalTrials.gov API studies and 50 more of another export. */
    private static List<Path> inputs() {
        String prop = System.getProperty("trialkg.shared");
        Path data = (prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../../shared")).resolve("data");
        List<Path> files = List.of(data.resolve("ctgov-json/nsclc-phase3-100.json"),
                data.resolve("ctgov-json/dgg32-c.json"));
        files.forEach(f -> assumeTrue(Files.isRegularFile(f), "shared sample absent: " + f));
        return files;
    }

    /** A child's run: the phases it began, with their start in ms after the child's start. */
    private record Run(List<String> phases, List<Long> at, long millis, boolean killed, String output) {
        String lastPhase() {
            return phases.isEmpty() ? "start" : phases.get(phases.size() - 1);
        }

        /** How long each phase took, from its start to the next one's. */
        Map<String, Long> phaseMillis() {
            Map<String, Long> d = new TreeMap<>();
            for (int i = 0; i + 1 < phases.size(); i++) {
                d.put(phases.get(i), at.get(i + 1) - at.get(i));
            }
            return d;
        }
    }

    /**
     * Runs {@link Child} on the store; with a target phase, kills it {@code delayMillis} after it began that phase,
     * unless it ended before.
     */
    private static Run runChild(Path store, List<Path> inputs, String target, long delayMillis) throws Exception {
        // A child lives seconds: the optimising compiler would cost it more CPU than it saves (C1 alone halves a
        // child's CPU time on the 150 records), and the suite runs over twenty of them.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), store.toString()));
        inputs.forEach(p -> cmd.add(p.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        List<String> phases = new CopyOnWriteArrayList<>();
        List<Long> at = new CopyOnWriteArrayList<>();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.append(line).append('\n');
                    if (line.startsWith("phase ")) {
                        at.add((System.nanoTime() - start) / 1_000_000);
                        phases.add(line.substring(6));
                    }
                }
            } catch (IOException e) {
                out.append("reading the child's output failed: ").append(e).append('\n');
            }
        });
        reader.start();
        boolean killed = false;
        if (target != null) {
            long limit = System.nanoTime() + CHILD_LIMIT.toNanos();
            while (p.isAlive() && !phases.contains(target) && System.nanoTime() < limit) {
                Thread.sleep(5);
            }
            if (p.isAlive() && !p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                killed = true;
            }
        }
        assertTrue(p.waitFor(CHILD_LIMIT.toMillis(), TimeUnit.MILLISECONDS), "the child did not end: " + out);
        reader.join();
        if (!killed) {
            assertEquals(0, p.exitValue(), out.toString());
        }
        return new Run(List.copyOf(phases), List.copyOf(at), (System.nanoTime() - start) / 1_000_000, killed,
                out.toString());
    }

    /** What a store holds, read as the next run reads it: opened writable, so that its journals are replayed. */
    private record Snapshot(boolean inStep, int trials, long quads, Map<String, String> recordHashes,
            Map<String, Long> recordQuads, String difference) {}

    private static Snapshot snapshot(Path store) {
        if (!Files.exists(store)) {
            // Killed before the store folder was made: nothing to check but that the next run starts from nothing.
            return new Snapshot(true, 0, 0, Map.of(), Map.of(), "no store yet");
        }
        DatasetGraph held = null;
        try (Workspace ws = Workspace.open(store, true)) {
            held = ws.store().dataset().asDatasetGraph();
            IndexSync.Difference d = ws.indexSync().verify();
            Dataset ds = ws.store().dataset();
            Map<String, String> hashes = new HashMap<>();
            Map<String, Long> quads = new HashMap<>();
            Txn.executeRead(ds, () -> {
                var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, TK.contentHash.asNode(), Node.ANY);
                while (it.hasNext()) {
                    var q = it.next();
                    if (q.getGraph().equals(q.getSubject())) {
                        hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
                    }
                }
                for (String g : hashes.keySet()) {
                    quads.put(g, (long) ds.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).size());
                }
            });
            return new Snapshot(d.inStep(), d.storeTrials(), ws.store().counts().quads(), Map.copyOf(hashes),
                    Map.copyOf(quads), d.missingFromIndex().size() + " missing from the index, "
                            + d.extraInIndex().size() + " extra in it, " + d.storeTrials() + " stored, "
                            + d.indexTrials() + " indexed");
        } finally {
            if (held != null) {
                // TDB2 keeps a store's lock for the life of the JVM that opened it, past close; the next child
                // would find it held by this one. A separate process (the CLI) never sees this.
                TDBInternal.expel(held, false);
            }
        }
    }

    /**
     * The ingest as {@code trialkg ingest} runs it (read, write the store and the index, link), then a compaction
     * of the store, which a run does once the store has grown past twice its size and which the kills must hit too.
     * Prints each phase as it starts, so that the test knows where a kill fell.
     */
    public static final class Child {
        public static void main(String[] args) {
            Path store = Path.of(args[0]);
            List<Path> inputs = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                inputs.add(Path.of(args[i]));
            }
            System.out.println("phase open");
            try (Workspace ws = Workspace.open(store, true)) {
                System.out.println("phase ingest");
                IngestReport r = new Ingest(ws, IngestOptions.DEFAULT, s -> { }).run(inputs);
                System.out.println("phase link");
                if (r.stored() > 0 || !ws.linkPending().isEmpty()) {
                    ws.link(new TrialLinker(ws.store()), r.changedTrials());
                }
                System.out.println("phase compact");
                ws.protocol().flush();
                ws.store().compact();
            }
            System.out.println("phase done");
        }
    }
}
