package org.trialkg.fetch;

import java.time.Duration;

/** Durations as people read them in progress lines: {@code 7 s}, {@code 4 min 10 s}, {@code 2 h 5 min}. */
final class Durations {
    private Durations() {
    }

    static String words(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 1 && !d.isZero()) {
            return d.toMillis() + " ms";
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        return (s / 3600) + " h" + ((s % 3600) / 60 == 0 ? "" : " " + (s % 3600) / 60 + " min");
    }
}
