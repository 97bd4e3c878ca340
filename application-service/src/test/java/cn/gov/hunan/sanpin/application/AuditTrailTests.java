package cn.gov.hunan.sanpin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.common.audit.AuditEvent;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.testing.SettableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each event says who did what, for which unit, when and why; the trail cannot be rewritten through the application,
 * and a rewrite behind its back is detected.
 */
@ApplicationServiceTest
class AuditTrailTests {

    static final Actor PROVINCE = new Actor("province", "省厅经办人", Set.of("province-officer"),
            Optional.of("湖南省工业和信息化厅消费品工业处"), Optional.of("430000"), Optional.empty());

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    SettableClock clock;

    @Test
    void anEventRecordsWhoForWhichUnitWhenAndWhy() {
        String subject = UUID.randomUUID().toString();
        clock.setToday(LocalDate.of(2025, 11, 20));
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.record(PROVINCE, "test", subject, "CREATED", "原因", Map.of("k", 1)));
        } finally {
            clock.reset();
        }
        AuditEvent event = QuarkusTransaction.requiringNew().call(() -> audit.history("test", subject)).getFirst();
        assertEquals("province", event.actor);
        assertEquals("省厅经办人", event.actorName);
        assertEquals("湖南省工业和信息化厅消费品工业处", event.actorUnit);
        assertEquals("430000", event.actorRegion);
        assertEquals("province-officer", event.actorRoles);
        assertEquals(Instant.parse("2025-11-20T01:00:00Z"), event.occurredAt, "09:00 Beijing time, from the service's clock");
        assertEquals("CREATED", event.action);
        assertEquals("原因", event.reason);
        assertEquals(Map.of("k", 1), event.details);
    }

    @Test
    void updatesDeletesAndTruncationAreRefusedByTheDatabaseAndChangeNothing() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> audit.record(PROVINCE, "test", subject, "CREATED", "原因", Map.of("k", 1)));
        long events = countEvents();

        assertRefusedByTheTrigger("UPDATE", "update audit_event set reason = '改写' where subject_id = '" + subject + "'");
        assertRefusedByTheTrigger("DELETE", "delete from audit_event where subject_id = '" + subject + "'");
        assertRefusedByTheTrigger("TRUNCATE", "truncate audit_event");

        assertEquals(events, countEvents(), "no row removed");
        assertEquals("原因", QuarkusTransaction.requiringNew().call(() -> audit.history("test", subject)).getFirst().reason, "no row changed");
        assertTrue(verified(subject));
    }

    /**
     * The statement fails because the append-only trigger raised, not for any other reason (a typo in the SQL, a
     * missing table or a lost connection would fail too): PostgreSQL's insufficient_privilege with the trigger's words.
     */
    private void assertRefusedByTheTrigger(String operation, String sql) {
        Exception failure = assertThrows(Exception.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()));
        SQLException refusal = Stream.iterate((Throwable) failure, Objects::nonNull, Throwable::getCause)
                .filter(SQLException.class::isInstance).map(SQLException.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("not refused by the database", failure));
        assertEquals("42501", refusal.getSQLState(), refusal::getMessage);
        assertTrue(refusal.getMessage().contains("audit_event is append-only (" + operation + " refused)"), refusal.getMessage());
    }

    private long countEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_event")
                .getSingleResult()).longValue());
    }

    @Test
    void aRewriteBehindTheTriggersBackBreaksTheChain() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record(PROVINCE, "test", subject, "CREATED", "第一次", Map.of());
            audit.record(PROVINCE, "test", subject, "OPENED", "第二次", Map.of());
        });
        assertTrue(verified(subject));
        // Someone with superuser rights (the tests run as one) disables the trigger and edits history.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table audit_event disable trigger audit_event_append_only").executeUpdate();
            em.createNativeQuery("update audit_event set reason = '篡改' where subject_id = :s and action = 'CREATED'")
                    .setParameter("s", subject).executeUpdate();
            em.createNativeQuery("alter table audit_event enable trigger audit_event_append_only").executeUpdate();
        });
        assertFalse(verified(subject));
    }

    @Test
    void appendsFromConcurrentTransactionsFormOneUnbrokenChain() throws Exception {
        String subject = UUID.randomUUID().toString();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var appends = java.util.stream.IntStream.range(0, 8).mapToObj(t -> threads.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        audit.record(PROVINCE, "test", subject, "UPDATED", "并发", Map.of());
                        audit.record(PROVINCE, "test", subject, "CHECKED", "并发", Map.of());
                    });
                }
            })).toList();
            for (var append : appends) {
                append.get();
            }
        }
        assertEquals(80, QuarkusTransaction.requiringNew().call(() -> audit.history("test", subject)).size());
        assertTrue(verified(subject));
    }

    /** Verifies in a transaction of its own, reading the rows afresh as a later request would. */
    private boolean verified(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> audit.verify("test", subject));
    }
}
