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

    @Test
    void portOutOfRangeIsBadUsage() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("serve", "--store", tmp.resolve("store").toString(), "--port", "70000");
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertEquals("trialkg serve: port: expected 0 to 65535, was 70000", message.strip());
        assertTrue(message.strip().lines().count() == 1, message);
    }
}
