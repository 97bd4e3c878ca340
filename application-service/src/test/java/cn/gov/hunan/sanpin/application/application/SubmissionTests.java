package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.AuditEntry;
import cn.gov.hunan.sanpin.contract.application.model.BrandBuilding;
import cn.gov.hunan.sanpin.contract.application.model.CreditRecord;
import cn.gov.hunan.sanpin.contract.application.model.EconomicContribution;
import cn.gov.hunan.sanpin.contract.application.model.InnovationCapacity;
import cn.gov.hunan.sanpin.contract.application.model.IntellectualProperty;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.ReviewRoute;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkClaim;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkCode;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.contract.application.model.Submission;
import cn.gov.hunan.sanpin.contract.application.model.TechnicalTransformation;
import cn.gov.hunan.sanpin.contract.application.model.YearAmount;
import cn.gov.hunan.sanpin.contract.application.model.YearFigures;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class SubmissionTests {

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance breakers;

    UUID batchId;

    @BeforeEach
    void openThe2025Call() throws Exception {
        batchId = OpenCall.open2025(base, clock);
        for (String ent : List.of("ent01", "ent04", "ent05")) {
            PlatformStub.serves(PlatformStub.demoEnterprise(ent));
        }
    }

    @AfterEach
    void cleanUp() {
        breakers.resetAll();
        OpenCall.removeEverything(em, clock);
    }

    ApplicationsApi enterprise(String username) {
        return Clients.of(ApplicationsApi.class, base, Tokens.enterprise(username, "测试企业",
                PlatformStub.demoEnterprise(username).get("creditCode").asText()));
    }

    /** An application with every mandatory part and six evidenced special works, ready to submit. */
    static Application completeDraft(ApplicationsApi api, UUID batchId) throws Exception {
        Application a = api.createApplication(new ApplicationStart().batchId(batchId));
        List<SpecialWorkClaim> works = new ArrayList<>();
        for (SpecialWorkCode code : List.of(SpecialWorkCode.SW01, SpecialWorkCode.SW02, SpecialWorkCode.SW03,
                SpecialWorkCode.SW05, SpecialWorkCode.SW07, SpecialWorkCode.SW09)) {
            var file = api.uploadEvidence(a.getId(), code + "佐证.pdf", new ByteArrayInputStream(EvidenceTests.pdf(4096)), code.toString());
            works.add(new SpecialWorkClaim().code(code).periodFrom(LocalDate.of(2023, 1, 1)).periodTo(LocalDate.of(2025, 6, 30))
                    .description("开展" + code + "专项工作").results("新增产品12个").evidenceIds(List.of(file.getId())));
        }
        List<YearFigures> figures = new ArrayList<>();
        List<YearAmount> amounts = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            figures.add(new YearFigures().year(year).revenueTenThousandYuan(new BigDecimal("80000"))
                    .profitTenThousandYuan(new BigDecimal("6000")).taxTenThousandYuan(new BigDecimal("4500")));
            amounts.add(new YearAmount().year(year).amountTenThousandYuan(new BigDecimal("2500")));
        }
        ApplicationContent content = new ApplicationContent()
                .economicContribution(new EconomicContribution().figures(figures))
                .innovation(new InnovationCapacity().rdSpending(amounts).rdInstitutionLevel(InnovationCapacity.RdInstitutionLevelEnum.PROVINCIAL)
                        .rdInstitutionName("湖南省功能食品工程技术研究中心").researchStaff(86).talentTeam("博士6人、高级工程师21人"))
                .intellectualProperty(new IntellectualProperty().inventionPatents(14).trademarks(9).standardsLed(3)
                        .leadingProducts("营养强化米粉，省内市场占有率第一"))
                .technicalTransformation(new TechnicalTransformation().investment(amounts).smartFactory("2024年建成智能工厂"))
                .brand(new BrandBuilding().brandPlan("“湘韵”品牌五年发展规划").brandTalent("品牌营销团队35人").promotionSpending(amounts))
                .credit(new CreditRecord().majorIncidents(List.of()))
                .specialWorks(works);
        return api.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(a.getVersion()).content(content));
    }

    static Submission pledged(Application a) {
        return new Submission().version(a.getVersion()).pledgeAccepted(true);
    }

    @Test
    void anOrdinaryCountysApplicationGoesToItsCountyThenCity() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        assertEquals(0, draft.getEligibility().getMechanicalFailures());
        Application submitted = ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(ReviewRoute.COUNTY_CITY_PROVINCE, submitted.getRoute());
        assertEquals("430104", submitted.getReviewingRegion());
        assertEquals(64, submitted.getFrozenFacts().getSha256().length());
        assertEquals(PlatformStub.RETRIEVED_AT, submitted.getFrozenFacts().getRetrievedAt().toInstant());
        assertNotNull(submitted.getSubmitted());

        ApplicationsApi yuelu = Clients.of(ApplicationsApi.class, base, Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104"));
        assertEquals(ApplicationStatus.SUBMITTED, yuelu.getApplication(draft.getId()).getStatus());
        ApplicationsApi changsha = Clients.of(ApplicationsApi.class, base, Tokens.city("changsha", "长沙市工业和信息化局", "430100"));
        assertEquals(1, changsha.listApplications(0, 20, null, null, null, null, null, null, null).getPage().getTotalElements());
    }

    @Test
    void aDirectlyAdministeredCountysApplicationGoesStraightToTheProvinceAfterItsCounty() throws Exception {
        ApplicationsApi ent04 = enterprise("ent04");
        Application draft = completeDraft(ent04, batchId);
        Application submitted = ent04.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft));
        assertEquals(ReviewRoute.COUNTY_PROVINCE, submitted.getRoute());
        assertEquals("430181", submitted.getReviewingRegion());
        ApplicationsApi changsha = Clients.of(ApplicationsApi.class, base, Tokens.city("changsha", "长沙市工业和信息化局", "430100"));
        Problems.expect(404, () -> changsha.getApplication(draft.getId()));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResultAndADifferentBodyIsRefused() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        String key = UUID.randomUUID().toString();
        Application first = ent01.submitApplication(draft.getId(), key, pledged(draft));
        Application again = ent01.submitApplication(draft.getId(), key, pledged(draft));
        assertEquals(first.getSubmitted().getAt(), again.getSubmitted().getAt());
        assertEquals(1, ent01.getApplicationHistory(draft.getId()).stream().filter(h -> h.getAction().equals("APPLICATION_SUBMITTED")).count());
        Problem reused = Problems.expect(422, () -> ent01.submitApplication(draft.getId(), key, pledged(draft).version(draft.getVersion() + 7)));
        assertEquals("Idempotency-Key", reused.getErrors().getFirst().getField());
        Problems.expect(409, () -> ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(first)));
    }

    @Test
    void thePlatformDownAtSubmissionIsA503AndNothingIsHalfSaved() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        PlatformStub.isDown("91430104MA4L1X7K0X");
        Problem problem = Problems.expect(503, () -> ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft)));
        assertEquals("企业服务平台暂不可用", problem.getTitle());
        Application unchanged = ent01.getApplication(draft.getId());
        assertEquals(ApplicationStatus.DRAFT, unchanged.getStatus());
        assertNull(unchanged.getFrozenFacts());
        assertEquals(draft.getVersion(), unchanged.getVersion());
    }

    @Test
    void aMechanicalFailureOnTheFreshFactsRefusesTheSubmission() throws Exception {
        ApplicationsApi ent05 = enterprise("ent05");
        Application draft = completeDraft(ent05, batchId);
        Problem problem = Problems.expect(422, () -> ent05.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft)));
        assertEquals("不符合申报基本条件", problem.getTitle());
        assertTrue(Problems.field(problem, "eligibility.BC1").isPresent(), problem::toString);
        assertEquals(ApplicationStatus.DRAFT, ent05.getApplication(draft.getId()).getStatus());
    }

    @Test
    void anIncompleteOrUnpledgedApplicationIsRefusedFieldByField() throws Exception {
        ApplicationsApi ent04 = enterprise("ent04");
        Application empty = ent04.createApplication(new ApplicationStart().batchId(batchId));
        Problem incomplete = Problems.expect(422, () -> ent04.submitApplication(empty.getId(), UUID.randomUUID().toString(), pledged(empty)));
        assertTrue(Problems.field(incomplete, "content.economicContribution.figures").isPresent());
        assertEquals("请填写 2022–2024 年每年的数据", Problems.field(incomplete, "content.brand.promotionSpending").orElseThrow().getMessage());
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        Problem unpledged = Problems.expect(422, () -> ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(),
                new Submission().version(draft.getVersion()).pledgeAccepted(false)));
        assertEquals("pledgeAccepted", unpledged.getErrors().getFirst().getField());
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefused() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        clock.setToday(LocalDate.of(2025, 11, 3));
        Problem problem = Problems.expect(422, () -> ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft)));
        assertEquals("batch-not-accepting", problem.getErrors().getFirst().getCode());
    }

    @Test
    void theEnterpriseWithdrawsBeforeTheProvinceStageAndEveryStepIsRecorded() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        Application draft = completeDraft(ent01, batchId);
        ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), pledged(draft));
        Application withdrawn = ent01.withdrawApplication(draft.getId(), new StateChange().reason("企业决定明年再报"));
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.getStatus());
        Problems.expect(409, () -> ent01.withdrawApplication(draft.getId(), new StateChange().reason("再撤一次")));
        List<AuditEntry> history = ent01.getApplicationHistory(draft.getId());
        assertEquals(List.of("APPLICATION_CREATED", "APPLICATION_SAVED", "APPLICATION_SUBMITTED", "APPLICATION_WITHDRAWN"),
                history.stream().map(AuditEntry::getAction).toList());
        assertEquals("企业决定明年再报", history.getLast().getReason());
    }
}
