package cn.gov.hunan.sanpin.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTests {

    private final AtomicLong now = new AtomicLong();
    private final ClientRateLimiter limiter = new ClientRateLimiter(3, Duration.ofMinutes(1), 1_000, now::get);

    @Test
    void aClientGetsItsAllowanceInAnyMinuteAndNoMore() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.admit("198.51.100.7"));
            now.addAndGet(Duration.ofSeconds(10).toNanos());
        }
        assertFalse(limiter.admit("198.51.100.7"), "a fourth within the minute");
        assertTrue(limiter.admit("198.51.100.8"), "another client has its own allowance");
        now.addAndGet(Duration.ofSeconds(31).toNanos()); // the first request is now more than a minute old
        assertTrue(limiter.admit("198.51.100.7"));
        assertFalse(limiter.admit("198.51.100.7"), "the second is still within the minute");
    }

    @Test
    void manyDistinctAddressesHoldNoMoreThanTheBound() {
        IntStream.range(0, 100_000).forEach(i -> limiter.admit("10.%d.%d.%d".formatted(i >> 16, (i >> 8) & 255, i & 255)));
        assertTrue(limiter.clientsHeld() <= 1_000, limiter.clientsHeld() + " clients held");
    }

    @Test
    void clientsIdleForAMinuteAreForgotten() {
        IntStream.range(0, 500).forEach(i -> limiter.admit("10.0.%d.%d".formatted(i >> 8, i & 255)));
        now.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        assertEquals(0, limiter.clientsHeld());
    }
}
