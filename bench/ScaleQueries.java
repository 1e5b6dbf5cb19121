import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.trialkg.cli.Main;

/**
 * Query latencies for bench/scale.sh, in one warm JVM: each call runs a trialkg command exactly as the command line
 * does (it opens the store, runs, closes), minus the JVM start, with its output thrown away.
 *
 * <p>Usage: {@code java -cp 'modules/cli/target/lib/*:modules/cli/target/trialkg.jar' bench/ScaleQueries.java
 * STORE QUERIES_DIR JUDGED_TSV SAMPLE_IDS}
 *
 * <p>Prints one line per measured thing: {@code name<TAB>p50 ms<TAB>p95 ms<TAB>samples<TAB>failed}, where failed
 * counts calls with a non-zero exit code; then what the last timed {@code stats} and {@code verify} printed. Timed
 * passes per thing: {@code -Dpasses=N} (default 5; the judged searches half as many and the trial cards 2, every
 * query or ID once per pass), {@code -DverifyPasses=N} (default 3), after one warm-up pass (none for verify: its first, cold run
 * counts as one sample).
 */
public final class ScaleQueries {
    private static final PrintStream REAL_OUT = System.out;
    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    public static void main(String[] args) throws Exception {
        String store = args[0];
        Path queries = Path.of(args[1]);
        List<String> judged = judged(Path.of(args[2]));
        List<String> ids = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).limit(100).toList();
        int passes = Integer.getInteger("passes", 5);
        int verifyPasses = Integer.getInteger("verifyPasses", 3);

        List<Path> rq;
        try (Stream<Path> s = Files.list(queries)) {
            rq = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path q : rq) {
            report("query " + q.getFileName(), time(List.<String[]>of(new String[] {"--store", store, "sparql", q.toString(),
                    "--format", "tsv"}), 1, passes));
        }
        List<String[]> searches = judged.stream().map(q -> new String[] {"--store", store, "search", q}).toList();
        report("search (" + judged.size() + " judged queries)", time(searches, 1, Math.max(1, passes / 2)));
        List<String[]> trials = ids.stream().map(i -> new String[] {"--store", store, "trial", i}).toList();
        report("trial ID (" + ids.size() + " IDs)", time(trials, 1, 2));
        Samples stats = time(List.<String[]>of(new String[] {"--store", store, "stats"}), 1, passes);
        report("stats", stats);
        // verify reads the whole store (minutes at scale): no warm-up, and its printed counts come from the timed runs
        Samples verify = time(List.<String[]>of(new String[] {"--store", store, "verify"}), 0, verifyPasses);
        report("verify", verify);
        REAL_OUT.print(stats.lastOutput());
        REAL_OUT.print(verify.lastOutput());
    }

    /** Sorted durations, the calls that failed, and what the last call printed. */
    record Samples(long[] nanos, int failed, String lastOutput) {
    }

    private static Samples time(List<String[]> calls, int warmup, int passes) {
        for (int p = 0; p < warmup; p++) {
            for (String[] c : calls) {
                run(c);
            }
        }
        long[] t = new long[calls.size() * passes];
        int failed = 0;
        int i = 0;
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        for (int p = 0; p < passes; p++) {
            for (String[] c : calls) {
                last.reset();
                long s = System.nanoTime();
                failed += run(c, last) == 0 ? 0 : 1;
                t[i++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(t);
        return new Samples(t, failed, last.toString(StandardCharsets.UTF_8));
    }

    private static int run(String[] args) {
        return run(args, null);
    }

    // The command's standard output goes to sink (or nowhere); its messages on standard error go nowhere.
    private static int run(String[] args, ByteArrayOutputStream sink) {
        System.setOut(sink == null ? NULL : new PrintStream(sink, true, StandardCharsets.UTF_8));
        PrintStream err = System.err;
        System.setErr(NULL);
        try {
            return Main.run(args);
        } finally {
            System.setOut(REAL_OUT);
            System.setErr(err);
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }

    private static void report(String name, Samples s) {
        REAL_OUT.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%d\t%d%n", name, pct(s.nanos(), 50), pct(s.nanos(), 95),
                s.nanos().length, s.failed());
    }

    private static List<String> judged(Path tsv) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t")[0]);
            }
        }
        return out;
    }
}
