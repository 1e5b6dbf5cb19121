package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trialkg serve} refuses bad options with a one-line message; serving itself is tested in the server module. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private String badUsage(String... options) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] args = new String[options.length + 3];
            args[0] = "serve";
            args[1] = "--store";
            args[2] = tmp.resolve("store").toString();
            System.arraycopy(options, 0, args, 3, options.length);
            code = Main.run(args);
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.strip().lines().count() == 1, message);
        return message.strip();
    }

    @Test
    void portOutOfRangeIsBadUsage() {
        assertEquals("trialkg serve: port: expected 0 to 65535, was 70000", badUsage("--port", "70000"));
    }

    @Test
    void timeoutBelowOneSecondIsBadUsage() {
        assertEquals("trialkg serve: --timeout: expected 1 second or more, was 0", badUsage("--timeout", "0"));
    }
}
