package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.application.evidence.Evidence;
import cn.gov.hunan.sanpin.contract.application.client.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationCap;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;

/** The 2025 call (under the 2021 edition), opened by the province, with the clock on a day it takes applications. */
final class OpenCall {

    static final UUID EDITION_2021 = UUID.fromString("5b1f0e2a-2021-4c6e-9d3a-000000000001");

    private OpenCall() {
    }

    /** Creates and opens the call, then sets the clock to 10 September 2025; returns the batch id. */
    static UUID open2025(URI base, SettableClock clock) throws Exception {
        clock.setToday(LocalDate.of(2025, 8, 1));
        BatchesApi province = Clients.of(BatchesApi.class, base, Tokens.province());
        UUID batchId = province.createBatch(new BatchDraft().year(2025).title("2025年申报").editionId(EDITION_2021).quota(40)
                .schedule(new PhaseSchedule().applicationOpensOn(LocalDate.of(2025, 9, 1)).applicationClosesOn(LocalDate.of(2025, 10, 31))
                        .recommendationDueOn(LocalDate.of(2025, 11, 14)).preliminaryReviewDueOn(LocalDate.of(2025, 11, 28))
                        .expertReviewDueOn(LocalDate.of(2025, 12, 12)).publicityWorkingDays(5))
                // 长沙市本级 may recommend one; the 直管县 default is three
                .recommendationCaps(new ArrayList<>(List.of(
                        new RecommendationCap().unitKind(RecommendingUnitKind.CITY).cityCode("430100").maxRecommendations(1),
                        new RecommendationCap().unitKind(RecommendingUnitKind.PROVINCIALLY_ADMINISTERED_COUNTY).maxRecommendations(3))))
                .reservePoolPriority(true)).getId();
        province.openBatch(batchId, new StateChange().reason("发布申报通知"));
        clock.setToday(LocalDate.of(2025, 9, 10));
        return batchId;
    }

    /** Everything an application test leaves behind, except the append-only audit trail. */
    static void removeEverything(EntityManager em, SettableClock clock) {
        clock.reset();
        PlatformStub.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from blob_chunk").executeUpdate();
            em.createNativeQuery("delete from idempotent_request").executeUpdate();
            for (String table : List.of("outbox_message", "notification", "recommendation_entry", "recommendation_list",
                    "reserve_pool_entry", "decision", "claim_check")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            Evidence.deleteAll();
            Application.deleteAll();
            Batch.deleteAll();
            Enterprise.deleteAll();
        });
    }
}
