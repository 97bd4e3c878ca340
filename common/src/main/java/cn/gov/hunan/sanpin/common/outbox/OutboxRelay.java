package cn.gov.hunan.sanpin.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers outbox messages: takes a lease on the due ones (so parallel relays and instances never send the same
 * message at the same time), calls each destination with no transaction open, then records success or schedules
 * the next attempt with {@link Backoff}. A peer that is down delays its messages and loses none.
 */
@ApplicationScoped
@Startup
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<OutboxDestination> destinationBeans;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "sanpin.outbox.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "sanpin.outbox.lease", defaultValue = "PT2M")
    Duration lease;

    @ConfigProperty(name = "sanpin.outbox.initial-backoff", defaultValue = "PT2S")
    Duration initialBackoff;

    @ConfigProperty(name = "sanpin.outbox.max-backoff", defaultValue = "PT5M")
    Duration maxBackoff;

    private Map<String, OutboxDestination> destinations;

    @PostConstruct
    void init() {
        destinations = destinationBeans.stream().collect(Collectors.toMap(OutboxDestination::name, Function.identity()));
        Gauge.builder("sanpin.outbox.undelivered", this, OutboxRelay::undelivered)
                .description("outbox messages not yet delivered").register(metrics);
    }

    @Scheduled(every = "${sanpin.outbox.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        relayDue();
    }

    /** Delivers what is due now; returns how many were delivered. */
    public int relayDue() {
        int delivered = 0;
        List<OutboxMessage> due;
        do {
            due = lease();
            for (OutboxMessage message : due) {
                delivered += deliver(message) ? 1 : 0;
            }
        } while (due.size() == batchSize);
        return delivered;
    }

    private boolean deliver(OutboxMessage message) {
        OutboxDestination destination = destinations.get(message.destination());
        try {
            if (destination == null) {
                throw new IllegalStateException("no destination named " + message.destination() + " in this service");
            }
            destination.deliver(message);
        } catch (Exception failed) {
            Duration wait = new Backoff(initialBackoff, maxBackoff).after(message.attempts() + 1, ThreadLocalRandom.current());
            LOG.warnf("outbox %s %s to %s failed (attempt %d), next in %s: %s", message.type(), message.id(),
                    message.destination(), message.attempts() + 1, wait, failed.toString());
            update("update outbox_message set attempts = attempts + 1, lease_until = null, last_error = :error,"
                    + " next_attempt_at = now() + make_interval(secs => :seconds) where id = :id", message.id(),
                    Map.of("error", String.valueOf(failed), "seconds", wait.toMillis() / 1000.0));
            return false;
        }
        update("update outbox_message set attempts = attempts + 1, lease_until = null, last_error = null,"
                + " delivered_at = now() where id = :id", message.id(), Map.of());
        return true;
    }

    private List<OutboxMessage> lease() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("update outbox_message set lease_until = now() + make_interval(secs => :lease)"
                            + " where id in (select id from outbox_message where delivered_at is null and next_attempt_at <= now()"
                            + " and (lease_until is null or lease_until < now()) order by created_at limit :limit for update skip locked)"
                            + " returning id, destination, type, subject_id, cast(payload as text), attempts")
                    .setParameter("lease", (double) lease.toSeconds()).setParameter("limit", batchSize).getResultList();
            return rows.stream().map(r -> new OutboxMessage((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], ((Number) r[5]).intValue())).toList();
        });
    }

    private void update(String sql, UUID id, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql).setParameter("id", id);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    private double undelivered() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where delivered_at is null").getSingleResult()).doubleValue());
    }
}
