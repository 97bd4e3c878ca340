package cn.gov.hunan.sanpin.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTests {

    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    /** A generator that always answers its lowest value, to read the base delay. */
    static final RandomGenerator NO_JITTER = () -> 0L;

    @Test
    void waitsDoubleAfterEachFailureUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(2), BACKOFF.after(1, NO_JITTER));
        assertEquals(Duration.ofSeconds(4), BACKOFF.after(2, NO_JITTER));
        assertEquals(Duration.ofSeconds(64), BACKOFF.after(6, NO_JITTER));
        assertEquals(Duration.ofMinutes(5), BACKOFF.after(9, NO_JITTER));
        assertEquals(Duration.ofMinutes(5), BACKOFF.after(10_000, NO_JITTER), "never gives up, never overflows");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void jitterAddsAtMostAFifth(long seed) {
        RandomGenerator random = new java.util.SplittableRandom(seed);
        for (int attempt = 1; attempt < 20; attempt++) {
            long base = BACKOFF.after(attempt, NO_JITTER).toMillis();
            long wait = BACKOFF.after(attempt, random).toMillis();
            assertTrue(wait >= base && wait <= base + base / 5, attempt + ": " + wait + " vs " + base);
        }
    }
}
