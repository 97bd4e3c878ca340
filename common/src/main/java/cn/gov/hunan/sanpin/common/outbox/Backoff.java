package cn.gov.hunan.sanpin.common.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt: doubling from {@code initial} up to {@code ceiling}, with up to a fifth
 * added at random so that messages that failed together do not all come back at once. A hand-over is never given
 * up: after the ceiling it keeps being tried at that pace until the peer answers.
 */
public record Backoff(Duration initial, Duration ceiling) {

    public Duration after(int failedAttempts, RandomGenerator random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long base = Math.min(ceiling.toMillis(), initial.toMillis() << doublings);
        return Duration.ofMillis(base + random.nextLong(base / 5 + 1));
    }
}
