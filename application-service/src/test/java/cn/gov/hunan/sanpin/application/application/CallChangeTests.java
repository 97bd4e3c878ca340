package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.client.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.client.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.Batch;
import cn.gov.hunan.sanpin.contract.application.model.BatchPhase;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineChange;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineExtensionDraft;
import cn.gov.hunan.sanpin.contract.application.model.DecisionDraft;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What applicants and reviewers notice when the province extends or closes a published call. */
@ApplicationServiceTest
class CallChangeTests {

    static final String YUELU_TOKEN = Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104");

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance breakers;

    UUID batchId;

    BatchesApi province;

    @BeforeEach
    void openThe2025Call() throws Exception {
        batchId = OpenCall.open2025(base, clock);
        province = Clients.of(BatchesApi.class, base, Tokens.province());
        for (String ent : List.of("ent01", "ent03", "ent05")) {
            PlatformStub.serves(PlatformStub.demoEnterprise(ent));
        }
    }

    @AfterEach
    void cleanUp() {
        breakers.resetAll();
        OpenCall.removeEverything(em, clock);
    }

    String ent(String username) {
        return Tokens.enterprise(username, "测试企业", PlatformStub.demoEnterprise(username).get("creditCode").asText());
    }

    @Test
    void aSubmissionAndADecisionAfterTheOldDeadlinesButBeforeTheExtendedOnesSucceed() throws Exception {
        ApplicationsApi ent01 = Clients.of(ApplicationsApi.class, base, ent("ent01"));
        Application draft = SubmissionTests.completeDraft(ent01, batchId);
        clock.setToday(LocalDate.of(2025, 10, 30));
        Batch batch = province.getBatch(batchId);
        province.extendBatchDeadlines(batchId, new DeadlineExtensionDraft().version(batch.getVersion())
                .reason("受国庆假期影响，延长申报期和推荐期").deadlines(new ArrayList<>(List.of(
                        new DeadlineChange().phase(BatchPhase.APPLICATION).dueOn(LocalDate.of(2025, 11, 7)),
                        new DeadlineChange().phase(BatchPhase.RECOMMENDATION).dueOn(LocalDate.of(2025, 11, 21))))));

        clock.setToday(LocalDate.of(2025, 11, 5)); // after the first deadline of 31 October
        Application submitted = ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(), SubmissionTests.pledged(draft));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());

        clock.setToday(LocalDate.of(2025, 11, 18)); // after the first recommendation deadline of 14 November
        Application forwarded = Clients.of(WorkflowApi.class, base, YUELU_TOKEN).decide(submitted.getId(),
                new DecisionDraft().kind(DecisionKind.FORWARD).opinion("经审核，同意报送市州。").version(submitted.getVersion()));
        assertEquals(ApplicationStatus.CITY_REVIEW, forwarded.getStatus());
    }

    @Test
    void aClosedCallTakesNoNewApplicationsNorSubmissionsButReviewGoesOn() throws Exception {
        ApplicationsApi ent01 = Clients.of(ApplicationsApi.class, base, ent("ent01"));
        ApplicationsApi ent03 = Clients.of(ApplicationsApi.class, base, ent("ent03"));
        Application draft = SubmissionTests.completeDraft(ent01, batchId);
        Application other = SubmissionTests.completeDraft(ent03, batchId);
        Application submitted = ent03.submitApplication(other.getId(), UUID.randomUUID().toString(), SubmissionTests.pledged(other));

        province.closeBatch(batchId, new StateChange().reason("经厅务会研究，本年度申报提前结束"));

        Problem refused = Problems.expect(409, () -> ent01.submitApplication(draft.getId(), UUID.randomUUID().toString(),
                SubmissionTests.pledged(draft)));
        assertEquals("申报已关闭", refused.getTitle());
        assertEquals("2025 年度申报已于 2025-09-10 关闭，不再受理新的申报或提交。关闭原因：经厅务会研究，本年度申报提前结束", refused.getDetail());
        assertEquals(ApplicationStatus.DRAFT, ent01.getApplication(draft.getId()).getStatus());
        RestAssured.given().auth().oauth2(ent("ent05")).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(new ApplicationStart().batchId(batchId)).post("/api/v1/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Applications are closed"))
                .body("detail", org.hamcrest.Matchers.equalTo(
                        "Applications for 2025 were closed on 2025-09-10; no application or submission is taken any more. Reason: 经厅务会研究，本年度申报提前结束"));

        Application forwarded = Clients.of(WorkflowApi.class, base, YUELU_TOKEN).decide(submitted.getId(),
                new DecisionDraft().kind(DecisionKind.FORWARD).opinion("经审核，同意报送市州。").version(submitted.getVersion()));
        assertEquals(ApplicationStatus.CITY_REVIEW, forwarded.getStatus());
    }
}
