package cn.gov.hunan.sanpin.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Writes a hand-over in the caller's transaction: it exists exactly when the state change that caused it does. */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * @param payload serialised to JSON now; the destination reads it back
     * @return the message id: the destination passes it on, and the receiver recognises a redelivery by it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String destination, String type, Object subjectId, Object payload) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into outbox_message (id, destination, type, subject_id, payload)"
                        + " values (:id, :destination, :type, :subject, cast(:payload as jsonb))")
                .setParameter("id", id).setParameter("destination", destination).setParameter("type", type)
                .setParameter("subject", String.valueOf(subjectId)).setParameter("payload", serialise(payload))
                .executeUpdate();
        return id;
    }

    private String serialise(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serialisable", e);
        }
    }
}
