package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' Java programs ({@code bench/*.java}, run as single source files by the scripts beside them)
 * compile against the code as it is: nothing else compiles them, and a benchmark found broken only when someone runs
 * it measures nothing.
 */
class BenchSourcesTest {
    @Test
    void everyBenchProgramCompilesAgainstTheCode(@TempDir Path out) throws IOException {
        Path bench = Path.of("../../bench").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(bench), "no bench folder beside the modules");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "a JRE without a compiler");
        List<String> sources;
        try (Stream<Path> files = Files.list(bench)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "bench programs in " + bench);
        for (String source : sources) {
            // one at a time, as the scripts run them: each is a program of its own, with classes of its own names
            List<String> args = new ArrayList<>(List.of("-d", out.resolve(Path.of(source).getFileName().toString())
                    .toString(), "-cp", System.getProperty("java.class.path"), "-proc:none", "-nowarn", source));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = javac.run(null, null, errors, args.toArray(String[]::new));
            assertEquals(0, rc, source + " does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }
}
