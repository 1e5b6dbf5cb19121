package org.trialkg.fetch;

import java.time.Duration;

/** Waits between attempts; tests put in one that records the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
