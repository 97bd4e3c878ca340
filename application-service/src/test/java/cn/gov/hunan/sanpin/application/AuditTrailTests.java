package cn.gov.hunan.sanpin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The trail cannot be rewritten through the application, and a rewrite behind its back is detected. */
@ApplicationServiceTest
class AuditTrailTests {

    static final Actor PROVINCE = new Actor("province", "省厅经办人", Set.of("province-officer"),
            Optional.of("湖南省工业和信息化厅消费品工业处"), Optional.of("430000"), Optional.empty());

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> audit.record(PROVINCE, "test", subject, "CREATED", "原因", Map.of("k", 1)));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set reason = '改写' where subject_id = :s").setParameter("s", subject).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event where subject_id = :s").setParameter("s", subject).executeUpdate()));
        assertTrue(verified(subject));
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
