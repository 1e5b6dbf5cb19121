package org.trialkg.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how long a page request is retried after HTTP 429, a 5xx status, a dropped connection or a body cut
 * short: exponential backoff from {@code firstDelay}, doubling up to {@code maxDelay}, unless the server says how
 * long to wait ({@code Retry-After}), which is honoured up to {@code longestWait}.
 *
 * @param attempts requests per page in all, the first one included
 * @param firstDelay wait after the first failure
 * @param maxDelay the longest backoff wait
 * @param longestWait the longest {@code Retry-After} honoured; a server asking for more makes the fetch stop (it
 *     resumes from that page when run again)
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration longestWait) {
    /**
     * Six attempts, waiting 2, 4, 8, 16 and 32 s between them: about a minute, which rides out a restart of the API's
     * gateway or a short outage, while a server that is down for good fails the fetch (resumable) within a minute
     * and a half. A {@code Retry-After} up to 10 minutes is waited out, since the server asked for it; a longer one
     * stops the fetch with the time to come back.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofMinutes(10));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("retry attempts: expected at least 1, was " + attempts);
        }
        Objects.requireNonNull(firstDelay, "retry firstDelay");
        Objects.requireNonNull(maxDelay, "retry maxDelay");
        Objects.requireNonNull(longestWait, "retry longestWait");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry delays: expected 0 <= firstDelay <= maxDelay, were "
                    + firstDelay + " and " + maxDelay);
        }
    }

    /** The wait after the {@code failures}-th failed attempt: the server's {@code Retry-After} if it gave one. */
    public Duration wait(int failures, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        Duration d = firstDelay;
        for (int i = 1; i < failures && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
