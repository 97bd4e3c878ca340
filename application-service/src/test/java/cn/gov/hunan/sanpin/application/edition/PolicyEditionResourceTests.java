package cn.gov.hunan.sanpin.application.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.common.audit.AuditEvent;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.contract.application.client.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.client.EditionsApi;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEdition;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionDraft;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionUpdate;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Correcting a policy edition entered wrongly, while no call has been issued under it. */
@ApplicationServiceTest
class PolicyEditionResourceTests {

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    AuditTrail audit;

    EditionsApi province;

    @BeforeEach
    void pinToSummer2025() {
        clock.setToday(LocalDate.of(2025, 8, 1));
        province = Clients.of(EditionsApi.class, base, Tokens.province());
    }

    @AfterEach
    void removeTestEditions() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            cn.gov.hunan.sanpin.application.batch.Batch.deleteAll();
            cn.gov.hunan.sanpin.application.edition.PolicyEdition.delete("documentNumber like 'TEST-%'");
        });
    }

    /** A revised policy as a province officer might type it, with a slip: it expires a year too early. */
    static PolicyEditionDraft revised() {
        return new PolicyEditionDraft().documentNumber("TEST-" + UUID.randomUUID().toString().substring(0, 8))
                .title("湖南省消费品工业“三品”标杆企业培育办法（修订·测试数据）").issuer("湖南省工业和信息化厅")
                .publishedOn(LocalDate.of(2025, 6, 2)).effectiveFrom(LocalDate.of(2025, 6, 2)).expiresOn(LocalDate.of(2029, 6, 1))
                .annualQuota(40).minimumSpecialWorks(6).reReviewPeriodYears(3).badRecordLookbackYears(3).brandSpendingLookbackYears(3);
    }

    static PolicyEditionUpdate correction(PolicyEdition e, String reason) {
        return new PolicyEditionUpdate().version(e.getVersion()).reason(reason).documentNumber(e.getDocumentNumber())
                .title(e.getTitle()).issuer(e.getIssuer()).publishedOn(e.getPublishedOn()).effectiveFrom(e.getEffectiveFrom())
                .expiresOn(e.getExpiresOn()).annualQuota(e.getAnnualQuota()).minimumSpecialWorks(e.getMinimumSpecialWorks())
                .reReviewPeriodYears(e.getReReviewPeriodYears()).badRecordLookbackYears(e.getBadRecordLookbackYears())
                .brandSpendingLookbackYears(e.getBrandSpendingLookbackYears());
    }

    @Test
    void anEditionNoBatchUsesCanBeCorrectedAndTheCorrectionIsAudited() throws Exception {
        PolicyEdition entered = province.createPolicyEdition(revised());
        PolicyEdition corrected = province.updatePolicyEdition(entered.getId(),
                correction(entered, "更正录入错误：有效期5年，至2030-06-01").expiresOn(LocalDate.of(2030, 6, 1)));
        assertEquals(LocalDate.of(2030, 6, 1), corrected.getExpiresOn());
        assertEquals(LocalDate.of(2030, 6, 1), province.getPolicyEdition(entered.getId()).getExpiresOn());

        AuditEvent event = audit.history(PolicyEditionService.EDITION, entered.getId()).getLast();
        assertEquals("EDITION_CORRECTED", event.action);
        assertEquals("更正录入错误：有效期5年，至2030-06-01", event.reason);
        assertEquals("湖南省工业和信息化厅消费品工业处", event.actorUnit);
        assertEquals("2029-06-01 → 2030-06-01", event.details.get("expiresOn"));
    }

    @Test
    void anEditionABatchUsesCannotBeCorrected() throws Exception {
        PolicyEdition entered = province.createPolicyEdition(revised());
        Clients.of(BatchesApi.class, base, Tokens.province()).createBatch(new BatchDraft().year(2025).title("2025年申报")
                .editionId(entered.getId()).quota(40).schedule(new PhaseSchedule()
                        .applicationOpensOn(LocalDate.of(2025, 9, 1)).applicationClosesOn(LocalDate.of(2025, 10, 31))
                        .recommendationDueOn(LocalDate.of(2025, 11, 14)).preliminaryReviewDueOn(LocalDate.of(2025, 11, 28))
                        .expertReviewDueOn(LocalDate.of(2025, 12, 12)).publicityWorkingDays(5)));
        Problem problem = Problems.expect(409, () -> province.updatePolicyEdition(entered.getId(),
                correction(entered, "调整名额").annualQuota(30)));
        assertEquals("办法版本已被批次使用", problem.getTitle());
        assertEquals(40, province.getPolicyEdition(entered.getId()).getAnnualQuota());
    }

    @Test
    void aCorrectionIsCheckedLikeANewEditionAndAStaleOneRefused() throws Exception {
        PolicyEdition entered = province.createPolicyEdition(revised());
        Problem invalid = Problems.expect(422, () -> province.updatePolicyEdition(entered.getId(),
                correction(entered, "更正").expiresOn(LocalDate.of(2025, 1, 1))));
        assertEquals("expires-before-effective", Problems.field(invalid, "expiresOn").orElseThrow().getCode());
        Problem blank = Problems.expect(422, () -> province.updatePolicyEdition(entered.getId(), correction(entered, " ")));
        assertEquals("reason-required", Problems.field(blank, "reason").orElseThrow().getCode());

        province.updatePolicyEdition(entered.getId(), correction(entered, "更正名额").annualQuota(50));
        Problems.expect(409, () -> province.updatePolicyEdition(entered.getId(), correction(entered, "更正名额").annualQuota(60)));
        assertEquals(50, province.getPolicyEdition(entered.getId()).getAnnualQuota());
    }

    @Test
    void onlyTheProvinceCorrectsAnEdition() throws Exception {
        PolicyEdition entered = province.createPolicyEdition(revised());
        for (String token : List.of(Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104"),
                Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"))) {
            EditionsApi outsider = Clients.of(EditionsApi.class, base, token);
            Problems.expect(403, () -> outsider.updatePolicyEdition(entered.getId(), correction(entered, "越权").annualQuota(1)));
        }
        assertEquals(40, province.getPolicyEdition(entered.getId()).getAnnualQuota());
    }
}
