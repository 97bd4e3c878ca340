package cn.gov.hunan.sanpin.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one clock of a service. Instants are stored in UTC; dates (deadlines, working days) are read in
 * Asia/Shanghai, the zone the policy's deadlines are written in. Tests replace it with a settable clock.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    /**
     * Moves the service's "now" ahead ({@code sanpin.clock.offset}, e.g. {@code P30D}): for rehearsing a later phase
     * on a running stack, as the stack smoke test does. Never set in production; a service started with it says so.
     */
    @ConfigProperty(name = "sanpin.clock.offset", defaultValue = "PT0S")
    Duration offset;

    // @Singleton, not @ApplicationScoped: a client proxy cannot be generated for a java.time class.
    @Produces
    @Singleton
    Clock clock() {
        if (!offset.isZero()) {
            LOG.warnf("the service's clock runs %s ahead of the real time (sanpin.clock.offset)", offset);
        }
        return Clock.offset(Clock.system(POLICY_ZONE), offset);
    }
}
