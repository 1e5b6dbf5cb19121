package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialkg.pipeline.IndexSync;
import org.trialkg.pipeline.Workspace;
import org.trialkg.vocab.TK;

/**
 * {@code trialkg remove} killed (SIGKILL) at seeded random moments in a child JVM: the next open brings the index in
 * step with the store, and each record is either wholly there or wholly gone.
 */
class RemoveKillTest {
    private static final int KILLS = 6;

    @TempDir
    Path tmp;

    private static Path examples() {
        return Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "examples");
    }

    private static Process trialkg(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName())); // a short-lived child: C1 alone, as in KillTest
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void aRemovalKilledAnywhereLeavesStoreAndIndexInStep() throws Exception {
        Path base = tmp.resolve("base");
        Process ingest = trialkg("ingest", "--store", base.toString(), examples().toString());
        assertTrue(ingest.waitFor(5, TimeUnit.MINUTES), "ingest finished");
        assertEquals(0, ingest.exitValue());
        long before = records(base);
        // how long a whole removal takes in a child JVM, to spread the kills over it
        Path timed = tmp.resolve("timed");
        copy(base, timed);
        long start = System.nanoTime();
        Process full = trialkg("remove", "--store", timed.toString(), "NCT09000001", "NCT09000005");
        assertTrue(full.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, full.exitValue());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(before - 2, records(timed));

        Random random = new Random(20261130);
        int killedMidway = 0;
        for (int k = 0; k < KILLS; k++) {
            Path store = tmp.resolve("kill-" + k);
            copy(base, store);
            Process p = trialkg("remove", "--store", store.toString(), "NCT09000001", "NCT09000005");
            long delay = (long) (random.nextDouble() * millis);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                killedMidway++;
            }
            // the next writable open recovers; then the store and the index hold the same trials
            try (Workspace ws = Workspace.open(store, true, s -> { })) {
                IndexSync.Difference d = ws.indexSync().verify();
                assertTrue(d.inStep(), "after a kill at " + delay + " ms: " + d);
            }
            long left = records(store);
            assertTrue(left == before || left == before - 2, "all or nothing: " + left + " records of " + before);
        }
        assertTrue(killedMidway > 0, "at least one run was killed before it ended");
    }

    private static long records(Path store) {
        try (Workspace ws = Workspace.open(store, false, s -> { })) {
            return ws.store().counts().instancesOf(TK.RegistryRecord.asNode());
        }
    }
}
