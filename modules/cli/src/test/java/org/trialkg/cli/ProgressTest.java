package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress display on a terminal and in a log, driven by a clock the test sets. */
class ProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalShowsABarWithRateAndEta() {
        Progress p = new Progress(out, "quads", 1000, true, Progress.TTY_INTERVAL, now::get);
        now.set(TimeUnit.SECONDS.toNanos(2));
        p.update(250);
        // 250 in 2 s is 125/s: the 750 left take 6 s
        assertEquals("[######------------------] 250 of 1,000 quads (25%, 125/s, ETA 0:06)", p.line(now.get()));
        assertTrue(printed().startsWith("\r[######"), printed());
        p.close();
        assertTrue(printed().endsWith(System.lineSeparator()), "the line is finished on close");
    }

    @Test
    void logGetsAPlainLineEachIntervalAndNoneBetween() {
        Progress p = new Progress(out, "records read", -1, false, Progress.PLAIN_INTERVAL, now::get);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(110));
            p.update(i * 40L);
        }
        p.close();
        // 100 updates, one each 0.11 s: a line at the first past 5 s (the 46th, 1,840 records in 5.06 s) and 10 s
        List<String> lines = printed().lines().toList();
        assertEquals(2, lines.size(), printed());
        assertEquals("... 1,840 records read (364/s)", lines.get(0));
        assertTrue(!printed().contains("\r") && !printed().contains("\u001b"), "no terminal codes in a log");
    }

    @Test
    void totalLearntLaterGivesAShareAndEta() {
        Progress p = new Progress(out, "trials indexed", -1, false, 0, now::get);
        now.set(TimeUnit.SECONDS.toNanos(10));
        p.update(1000, 4000);
        assertEquals("1,000 of 4,000 trials indexed (25%, 100/s, ETA 0:30)", p.line(now.get()));
        now.set(TimeUnit.SECONDS.toNanos(4000));
        p.update(4000, 4000);
        assertEquals("4,000 of 4,000 trials indexed (100%, 1/s)", p.line(now.get()));
    }

    @Test
    void hoursShowInTheEta() {
        Progress p = new Progress(out, "records read", 3_601_000, false, 0, now::get);
        now.set(TimeUnit.SECONDS.toNanos(1));
        p.update(1000);
        assertTrue(p.line(now.get()).endsWith("ETA 1:00:00)"), p.line(now.get()));
    }
}
