package cn.gov.hunan.sanpin.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of a service. Instants are stored in UTC; dates (deadlines, working days) are read in
 * Asia/Shanghai, the zone the policy's deadlines are written in. Tests replace it with a settable clock.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Shanghai");

    // @Singleton, not @ApplicationScoped: a client proxy cannot be generated for a java.time class.
    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(POLICY_ZONE);
    }
}
