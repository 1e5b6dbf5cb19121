package org.trialkg.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data beside the repository ({@code ../shared}); tests that need it skip when it is absent. */
final class Shared {
    private Shared() {
    }

    static Path dir(String sub) {
        String prop = System.getProperty("trialkg.shared");
        Path base = prop != null ? Path.of(prop) : Path.of("../../../shared");
        Path p = base.resolve(sub);
        assumeTrue(Files.isDirectory(p), "real data not found at " + p.toAbsolutePath() + " (../shared beside the repository)");
        return p;
    }
}
