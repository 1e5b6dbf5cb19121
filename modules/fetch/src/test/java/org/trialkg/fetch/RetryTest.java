package org.trialkg.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Mon, 30 Nov 2026 17:01:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 30 Nov 2026 16:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", NOW));
    }

    @Test
    void backoffDoublesUpToItsCapAndTheServersWaitWins() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofMinutes(10));
        assertEquals(Duration.ofSeconds(2), p.wait(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(4), p.wait(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(16), p.wait(4, Optional.empty()));
        assertEquals(Duration.ofSeconds(20), p.wait(5, Optional.empty()));
        assertEquals(Duration.ofSeconds(20), p.wait(60, Optional.empty()));
        assertEquals(Duration.ofSeconds(45), p.wait(1, Optional.of(Duration.ofSeconds(45))));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    }
}
