package cn.gov.hunan.sanpin.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The services' {@link Clock} in tests: runs like the system clock until a test pins a date, e.g. to open a batch
 * after its edition expired. Tests must {@link #reset()} what they pin.
 */
@Alternative
@Priority(1)
@Singleton
public class SettableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant pinned;

    /** Pins the clock to 09:00 Beijing time on the given day. */
    public void setToday(LocalDate day) {
        pinned = day.atTime(9, 0).atZone(ZONE).toInstant();
    }

    public void reset() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now != null ? now : Instant.now();
    }
}
