package cn.gov.hunan.sanpin.common.audit;

import cn.gov.hunan.sanpin.common.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records state changes in the append-only audit trail, in the same transaction as the change itself.
 * Each subject's events are chained: an event's hash covers its content and the previous event's hash, so
 * {@link #verify} detects any rewritten or removed row. Chains are per subject so that work on different
 * objects does not queue behind one lock.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(Actor actor, String subjectType, Object subjectId, String action, String reason, Map<String, Object> details) {
        String subject = String.valueOf(subjectId);
        String previousHash = lockAndReadHead(subjectType, subject); // first: times along a chain then never go back
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.actor = actor.username();
        event.actorName = actor.displayName();
        event.actorUnit = actor.unitName().orElse(null);
        event.actorRegion = actor.regionCode().orElse(null);
        event.actorRoles = String.join(",", actor.roles().stream().sorted().toList());
        event.subjectType = subjectType;
        event.subjectId = subject;
        event.action = action;
        event.reason = reason;
        event.details = details == null || details.isEmpty() ? null : new TreeMap<>(details);
        event.previousHash = previousHash;
        event.hash = hashOf(event);
        event.persist();
        return event;
    }

    /**
     * Serialises appends to one subject's chain until this transaction ends, then reads the chain's last hash. Neither
     * statement flushes the session (which would dirty-check every entity the transaction loaded, twice per event):
     * events have IDENTITY ids, so each is inserted when persisted, and the chain's rows are all in the database.
     */
    private String lockAndReadHead(String subjectType, String subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))").setParameter("key", subjectType + "/" + subject)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return em.createQuery("select e.hash from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id desc", String.class)
                .setParameter("type", subjectType).setParameter("id", subject).setMaxResults(1).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String subjectType, Object subjectId) {
        return AuditEvent.list("subjectType = ?1 and subjectId = ?2", Sort.ascending("id"), subjectType, String.valueOf(subjectId));
    }

    /** True when every event of the subject still hashes to what was recorded and links to its predecessor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean verify(String subjectType, Object subjectId) {
        String previous = null;
        for (AuditEvent event : history(subjectType, subjectId)) {
            if (!java.util.Objects.equals(previous, event.previousHash) || !hashOf(event).equals(event.hash)) {
                return false;
            }
            previous = event.hash;
        }
        return true;
    }

    static String hashOf(AuditEvent e) {
        try {
            String canonical = String.join("\u001f", String.valueOf(e.previousHash), e.occurredAt.toString(), e.actor,
                    String.valueOf(e.actorName), String.valueOf(e.actorUnit), String.valueOf(e.actorRegion), e.actorRoles,
                    e.subjectType, e.subjectId, e.action, String.valueOf(e.reason),
                    e.details == null ? "null" : CANONICAL.writeValueAsString(e.details));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
