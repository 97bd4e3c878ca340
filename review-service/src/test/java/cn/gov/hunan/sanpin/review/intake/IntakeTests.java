package cn.gov.hunan.sanpin.review.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.hunan.sanpin.contract.review.client.ApiException;
import cn.gov.hunan.sanpin.contract.review.client.IntakeApi;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import cn.gov.hunan.sanpin.contract.review.model.FieldError;
import cn.gov.hunan.sanpin.contract.review.model.Problem;
import cn.gov.hunan.sanpin.contract.review.model.ReceivedApplication;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PostgresTestResource;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "sanpin_review_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, initArgs = @ResourceArg(name = "dynamicPort", value = "true"))
class IntakeTests {

    @TestHTTPResource("/")
    URI base;

    @Inject
    EntityManager em;

    final String service = Tokens.withRoles("service-account-application-service", "service");

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from received_application").executeUpdate());
    }

    static ApplicationHandOver handOver(UUID messageId, String name) {
        return new ApplicationHandOver().messageId(messageId).applicationId(UUID.randomUUID()).batchId(UUID.randomUUID()).batchYear(2025)
                .creditCode("91430104MA4L1X7K0X").enterpriseName(name).regionCode("430104").cityCode("430100").industryCode("1491")
                .passedAt(OffsetDateTime.parse("2025-11-20T02:00:00Z")).passedBy("湖南省工业和信息化厅消费品工业处")
                .content(Map.of("specialWorks", List.of()));
    }

    @Test
    void aHandOverIsStoredAndListedForTheProvince() throws Exception {
        ReceivedApplication stored = Clients.of(IntakeApi.class, base, service).receiveApplication(handOver(UUID.randomUUID(), "湖南湘韵食品有限公司"));
        var page = Clients.of(IntakeApi.class, base, Tokens.province()).listReceivedApplications(0, 20, null, null);
        assertEquals(List.of(stored.getMessageId()), page.getItems().stream().map(ReceivedApplication::getMessageId).toList());
    }

    @Test
    void redeliveriesOfOneMessageAreStoredOnceEvenConcurrently() throws Exception {
        UUID message = UUID.randomUUID();
        IntakeApi intake = Clients.of(IntakeApi.class, base, service);
        intake.receiveApplication(handOver(message, "第一份"));
        List<Callable<ReceivedApplication>> again = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            again.add(() -> intake.receiveApplication(handOver(message, "重投")));
        }
        var pool = Executors.newFixedThreadPool(10);
        for (var answer : pool.invokeAll(again)) {
            assertEquals("第一份", answer.get().getEnterpriseName(), "every redelivery answers the first copy");
        }
        pool.shutdown();
        assertEquals(1L, Clients.of(IntakeApi.class, base, Tokens.province()).listReceivedApplications(0, 20, null, null)
                .getPage().getTotalElements());
    }

    @Test
    void onlyServiceAccountsDeliverAndOnlyTheProvinceLists() throws Exception {
        assertEquals(403, status(() -> Clients.of(IntakeApi.class, base, Tokens.province()).receiveApplication(handOver(UUID.randomUUID(), "越权"))));
        assertEquals(401, status(() -> Clients.of(IntakeApi.class, base, null).receiveApplication(handOver(UUID.randomUUID(), "匿名"))));
        assertEquals(403, status(() -> Clients.of(IntakeApi.class, base, Tokens.city("changsha", "长沙市工业和信息化局", "430100"))
                .listReceivedApplications(0, 20, null, null)));
    }

    @Test
    void aMalformedHandOverIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        ApiException bad = assertThrows(ApiException.class, () -> Clients.of(IntakeApi.class, base, service)
                .receiveApplication(handOver(UUID.randomUUID(), "坏代码").creditCode("91430104MA4L1X7K0I")));
        assertEquals(422, bad.getResponse().getStatus());
        assertEquals("application/problem+json", bad.getResponse().getMediaType().toString());
        Problem problem = bad.getResponse().readEntity(Problem.class);
        assertEquals(URI.create("https://sanpin.gxt.hunan.gov.cn/problems/validation"), problem.getType());
        assertEquals(422, problem.getStatus());
        assertEquals("请求内容校验未通过", problem.getTitle());
        assertEquals(List.of("creditCode"), problem.getErrors().stream().map(FieldError::getField).toList(), "only the bad field");
        assertEquals("Pattern", problem.getErrors().getFirst().getCode());
        assertEquals(0L, Clients.of(IntakeApi.class, base, Tokens.province()).listReceivedApplications(0, 20, null, null)
                .getPage().getTotalElements(), "nothing stored");
    }

    @Test
    void aNulCharacterOrAWrongTypeIsRefusedNamingTheField() throws Exception {
        ApiException nul = assertThrows(ApiException.class, () -> Clients.of(IntakeApi.class, base, service)
                .receiveApplication(handOver(UUID.randomUUID(), "湖南湘韵\u0000食品有限公司")));
        assertEquals(422, nul.getResponse().getStatus());
        assertEquals("enterpriseName", nul.getResponse().readEntity(Problem.class).getErrors().getFirst().getField());

        RestAssured.given().auth().oauth2(service).contentType(ContentType.JSON).body("{\"batchYear\": \"二〇二五\"}")
                .post("/api/v1/intake/applications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("batchYear"));
        assertEquals(0L, Clients.of(IntakeApi.class, base, Tokens.province()).listReceivedApplications(0, 20, null, null)
                .getPage().getTotalElements());
    }

    private static int status(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ApiException.class, call).getResponse().getStatus();
    }
}
