package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.BasicCondition;
import cn.gov.hunan.sanpin.contract.application.model.CreditRecord;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityCheck;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityOutcome;
import cn.gov.hunan.sanpin.contract.application.model.Incident;
import cn.gov.hunan.sanpin.contract.application.model.IncidentKind;
import cn.gov.hunan.sanpin.contract.application.model.InnovationCapacity;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.YearAmount;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class ApplicationResourceTests {

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    UUID batchId;

    @Inject
    EntityManager em;

    @BeforeEach
    void openThe2025Call() throws Exception {
        batchId = OpenCall.open2025(base, clock);
        for (String ent : List.of("ent01", "ent02", "ent04", "ent05", "ent07", "ent12")) {
            PlatformStub.serves(PlatformStub.demoEnterprise(ent));
        }
    }

    @AfterEach
    void cleanUp() {
        OpenCall.removeEverything(em, clock);
    }

    ApplicationsApi enterprise(String username) {
        String code = PlatformStub.demoEnterprise(username).get("creditCode").asText();
        return Clients.of(ApplicationsApi.class, base, Tokens.enterprise(username, "测试企业", code));
    }

    public static EligibilityCheck check(cn.gov.hunan.sanpin.contract.application.model.Application a, BasicCondition condition) {
        return a.getEligibility().getChecks().stream().filter(c -> c.getCondition() == condition).findFirst().orElseThrow();
    }

    @Test
    void anEnterpriseStartsItsApplicationWithEligibilityComputed() throws Exception {
        var a = enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId));
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
        assertEquals("湖南湘韵食品有限公司", a.getEnterpriseName());
        assertEquals("SANPIN-2021-1", a.getFormVersion());
        assertEquals(EligibilityOutcome.PASS, check(a, BasicCondition.BC1).getOutcome());
        assertEquals(EligibilityOutcome.FAIL, check(a, BasicCondition.BC6).getOutcome(), "no special work evidenced yet");
        assertEquals(EligibilityOutcome.PASS, check(a, BasicCondition.BC7).getOutcome());
        assertEquals(EligibilityOutcome.NEEDS_JUDGEMENT, check(a, BasicCondition.BC2).getOutcome());
        assertEquals(1, a.getEligibility().getMechanicalFailures());
    }

    @Test
    void oneApplicationPerBatch() throws Exception {
        enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId));
        Problem problem = Problems.expect(409, () -> enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId)));
        assertEquals("本批次已有申报书", problem.getTitle());
    }

    @Test
    void aPartialDraftSavesAndItsFiguresFeedTheEligibility() throws Exception {
        ApplicationsApi ent01 = enterprise("ent01");
        var a = ent01.createApplication(new ApplicationStart().batchId(batchId));
        ApplicationContent partial = new ApplicationContent().innovation(new InnovationCapacity()
                .rdSpending(List.of(new YearAmount().year(2024).amountTenThousandYuan(new BigDecimal("2671.5")))));
        var saved = ent01.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(a.getVersion()).content(partial));
        assertEquals(a.getVersion() + 1, saved.getVersion());
        assertTrue(check(saved, BasicCondition.BC2).getFacts().stream().anyMatch(f -> f.getName().equals("2024年研发投入强度")),
                () -> check(saved, BasicCondition.BC2).toString());
        Problems.expect(409, () -> ent01.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(a.getVersion()).content(partial)));
    }

    @Test
    void eachMechanicalFailureIsShownWithItsFacts() throws Exception {
        var notReporting = enterprise("ent05").createApplication(new ApplicationStart().batchId(batchId));
        assertEquals(EligibilityOutcome.FAIL, check(notReporting, BasicCondition.BC1).getOutcome());
        assertTrue(check(notReporting, BasicCondition.BC1).getFacts().stream()
                .anyMatch(f -> f.getName().equals("在企业服务平台正常报送数据") && f.getValue().equals("否")));

        var belowSize = enterprise("ent12").createApplication(new ApplicationStart().batchId(batchId));
        assertEquals(EligibilityOutcome.FAIL, check(belowSize, BasicCondition.BC1).getOutcome());

        var blacklisted = enterprise("ent07").createApplication(new ApplicationStart().batchId(batchId));
        assertEquals(EligibilityOutcome.FAIL, check(blacklisted, BasicCondition.BC7).getOutcome());

        ApplicationsApi ent01 = enterprise("ent01");
        var a = ent01.createApplication(new ApplicationStart().batchId(batchId));
        var withIncident = ent01.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(a.getVersion())
                .content(new ApplicationContent().credit(new CreditRecord().majorIncidents(List.of(
                        new Incident().year(2023).kind(IncidentKind.ENVIRONMENT).description("环保处罚"))))));
        assertEquals(EligibilityOutcome.FAIL, check(withIncident, BasicCondition.BC7).getOutcome());
        var oldIncident = ent01.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(withIncident.getVersion())
                .content(new ApplicationContent().credit(new CreditRecord().majorIncidents(List.of(
                        new Incident().year(2020).kind(IncidentKind.QUALITY).description("五年前的质量事故"))))));
        assertEquals(EligibilityOutcome.PASS, check(oldIncident, BasicCondition.BC7).getOutcome(), "outside the 3-year lookback");
    }

    @Test
    void noApplicationOutsideTheWindow() {
        clock.setToday(LocalDate.of(2025, 11, 3));
        Problem problem = Problems.expect(422, () -> enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId)));
        assertEquals("2025 年度批次的申报期为 2025-09-01 至 2025-10-31，当前不在申报期内",
                Problems.field(problem, "batchId").orElseThrow().getMessage());
    }

    @Test
    void enterpriseBCannotReadEnterpriseAsApplication() throws Exception {
        var a = enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId));
        Problems.expect(404, () -> enterprise("ent02").getApplication(a.getId()));
        Problems.expect(404, () -> enterprise("ent02").saveApplicationContent(a.getId(),
                new ApplicationContentUpdate().version(a.getVersion()).content(new ApplicationContent())));
        assertEquals(0, enterprise("ent02").listApplications(0, 20, null, null, null, null, null, null, null).getItems().size());
        assertEquals(1, enterprise("ent01").listApplications(0, 20, null, null, null, null, null, null, null).getItems().size());
    }

    @Test
    void officersDoNotSeeAnEnterprisesDraft() throws Exception {
        var a = enterprise("ent01").createApplication(new ApplicationStart().batchId(batchId));
        ApplicationsApi yuelu = Clients.of(ApplicationsApi.class, base, Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104"));
        Problems.expect(404, () -> yuelu.getApplication(a.getId()));
        assertEquals(0, yuelu.listApplications(0, 20, null, null, null, null, null, null, null).getPage().getTotalElements());
    }

    @Test
    void officersCannotStartApplications() {
        ApplicationsApi province = Clients.of(ApplicationsApi.class, base, Tokens.province());
        Problems.expect(403, () -> province.createApplication(new ApplicationStart().batchId(batchId)));
    }
}
