package cn.gov.hunan.sanpin.review.intake;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import cn.gov.hunan.sanpin.contract.review.model.ReceivedApplication;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives hand-overs from application-service. Idempotent by message id in the database itself (insert … on
 * conflict do nothing), so concurrent redeliveries store one copy and every one answers with it.
 */
@ApplicationScoped
public class IntakeService {

    private static final String COLUMNS = "message_id, application_id, batch_id, batch_year, credit_code, enterprise_name,"
            + " city_code, industry_code, reserve_pool, received_at";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    public record Page(List<ReceivedApplication> items, long totalElements) {
    }

    @Transactional
    public ReceivedApplication receive(Actor service, ApplicationHandOver h) {
        int stored = em.createNativeQuery("insert into received_application (message_id, application_id, batch_id, batch_year,"
                        + " rubric_code, credit_code, enterprise_name, region_code, city_code, industry_code, reserve_pool, passed_at,"
                        + " passed_by, opinion, content) values (:message, :application, :batch, :year, :rubric, :credit, :name, :region,"
                        + " :city, :industry, :pool, :passedAt, :passedBy, :opinion, cast(:content as jsonb)) on conflict (message_id) do nothing")
                .setParameter("message", h.getMessageId()).setParameter("application", h.getApplicationId())
                .setParameter("batch", h.getBatchId()).setParameter("year", h.getBatchYear()).setParameter("rubric", h.getRubricCode())
                .setParameter("credit", h.getCreditCode()).setParameter("name", h.getEnterpriseName()).setParameter("region", h.getRegionCode())
                .setParameter("city", h.getCityCode()).setParameter("industry", h.getIndustryCode())
                .setParameter("pool", Boolean.TRUE.equals(h.getReservePool())).setParameter("passedAt", h.getPassedAt().toInstant())
                .setParameter("passedBy", h.getPassedBy()).setParameter("opinion", h.getOpinion()).setParameter("content", toJson(h.getContent()))
                .executeUpdate();
        if (stored == 1) {
            audit.record(service, "application", h.getApplicationId(), "APPLICATION_RECEIVED", null,
                    Map.of("messageId", h.getMessageId().toString(), "batchYear", h.getBatchYear()));
        }
        return find(h.getMessageId()).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(Optional<UUID> batchId, int page, int size, String orderBy) {
        String where = batchId.isPresent() ? " where batch_id = :batch" : "";
        var query = em.createNativeQuery("select " + COLUMNS + " from received_application" + where + " order by " + orderBy);
        var count = em.createNativeQuery("select count(*) from received_application" + where);
        batchId.ifPresent(b -> { query.setParameter("batch", b); count.setParameter("batch", b); });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(rows.stream().map(IntakeService::toApi).toList(), ((Number) count.getSingleResult()).longValue());
    }

    private Optional<ReceivedApplication> find(UUID messageId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from received_application where message_id = :id")
                .setParameter("id", messageId).getResultList();
        return rows.stream().findFirst().map(IntakeService::toApi);
    }

    private static ReceivedApplication toApi(Object[] r) {
        return new ReceivedApplication().messageId((UUID) r[0]).applicationId((UUID) r[1]).batchId((UUID) r[2])
                .batchYear(((Number) r[3]).intValue()).creditCode((String) r[4]).enterpriseName((String) r[5]).cityCode((String) r[6])
                .industryCode((String) r[7]).reservePool((Boolean) r[8]).receivedAt(((Instant) r[9]).atOffset(ZoneOffset.UTC));
    }

    private String toJson(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("content is not JSON", e);
        }
    }
}
