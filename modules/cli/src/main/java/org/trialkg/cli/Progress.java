package org.trialkg.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on standard error: on a terminal, one line redrawn in place with a bar and an ETA
 * when the total is known (the count and rate when it is not); elsewhere (a log, a pipe) a plain line now and then.
 * {@link #update} may be called from any thread, as often as every record: it draws at most a few times a second.
 * A step that reports no counts gets {@link #elapsed}: the time it has run, so that a long one is not silence.
 */
final class Progress implements AutoCloseable {
    /** A terminal redraws five times a second: smooth to the eye, and a negligible cost per draw. */
    static final long TTY_INTERVAL = TimeUnit.MILLISECONDS.toNanos(200);
    /** A log gets a line every 5 s: a 22-s ingest shows four, a one-hour run 720, both readable. */
    static final long PLAIN_INTERVAL = TimeUnit.SECONDS.toNanos(5);
    private static final int BAR = 24;

    private final PrintStream out;
    private final String unit;
    private final boolean tty;
    private final long interval;
    private final LongSupplier clock;
    private final long start;
    private long total;
    private long last;
    private long done;
    private boolean drawn;
    private Thread ticker;
    private String label = "";

    /**
     * @param unit what is counted ("records read", "quads"); null for a step that reports only its elapsed time
     * @param total how many there are in all; -1 when not known
     */
    Progress(PrintStream out, String unit, long total, boolean tty, long interval, LongSupplier clock) {
        if (unit != null && unit.isBlank()) {
            throw new IllegalArgumentException("unit: expected a word such as 'records' or null, was '" + unit + "'");
        }
        if (interval < 0) {
            throw new IllegalArgumentException("interval: expected 0 ns or more, was " + interval);
        }
        this.out = out;
        this.unit = unit;
        this.total = total;
        this.tty = tty;
        this.interval = interval;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    /** Counted progress on standard error, a bar when it is a terminal; {@code total} is -1 when not known. */
    static Progress of(String unit, long total) {
        boolean tty = System.console() != null;
        return new Progress(System.err, unit, total, tty, tty ? TTY_INTERVAL : PLAIN_INTERVAL, System::nanoTime);
    }

    /** The elapsed time of a step that reports no counts ({@code what}: "linking"), drawn until closed. */
    static Progress elapsed(String what) {
        Progress p = of(null, -1);
        p.ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    TimeUnit.NANOSECONDS.sleep(p.interval);
                    p.update(0);
                }
            } catch (InterruptedException e) {
                // closed: the step is done
            }
        }, "trialkg-progress");
        p.ticker.setDaemon(true);
        p.label = what;
        p.ticker.start();
        return p;
    }

    /** Sets how many are done; draws when the interval has passed since the last draw. */
    synchronized void update(long n) {
        done = Math.max(done, n);
        long now = clock.getAsLong();
        if (now - last >= interval) {
            last = now;
            draw(now);
        }
    }

    /** Sets how many are done of a total learnt as the work runs. */
    synchronized void update(long n, long newTotal) {
        total = newTotal;
        update(n);
    }

    synchronized void add(long n) {
        update(done + n);
    }

    /** The line for {@code done} at time {@code now}: what the terminal or the log shows. */
    synchronized String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        if (unit == null) {
            return label + ": " + clock(Math.round(secs));
        }
        double rate = done / secs;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%,d %s (%,.0f/s)", done, unit, rate);
        }
        double share = Math.min(1.0, (double) done / total);
        String counts = String.format(Locale.ROOT, "%,d of %,d %s (%.0f%%, %,.0f/s", done, total, unit, 100 * share, rate);
        String eta = rate > 0 && done < total ? ", ETA " + clock(Math.round((total - done) / rate)) : "";
        if (!tty) {
            return counts + eta + ")";
        }
        int filled = (int) Math.round(share * BAR);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + counts + eta + ")";
    }

    private void draw(long now) {
        if (tty) {
            // \r and the erase-to-end code redraw the one line in place
            out.print("\r" + line(now) + "\u001b[K");
        } else {
            out.println("... " + line(now));
        }
        out.flush();
        drawn = true;
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Ends the display: a terminal's line is finished so that the summary after it starts on a line of its own. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (tty && drawn) {
                out.print("\r" + line(clock.getAsLong()) + "\u001b[K" + System.lineSeparator());
                out.flush();
            }
        }
    }
}
