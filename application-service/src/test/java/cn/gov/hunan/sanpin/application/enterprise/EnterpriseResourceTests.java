package cn.gov.hunan.sanpin.application.enterprise;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class EnterpriseResourceTests {

    static final String ENT01 = "91430104MA4L1X7K0X"; // 岳麓区
    static final String ENT04 = "91430181MA4N8R2P54"; // 浏阳市, a 直管县
    static final String ENT06 = "91430302MA4Q7D3H2X"; // 湘潭市雨湖区

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void forgetEverything() {
        PlatformStub.reset();
        breakers.resetAll();
        QuarkusTransaction.requiringNew().run(() -> Enterprise.deleteAll());
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    static String enterprise(String username, String code) {
        return Tokens.enterprise(username, "测试企业", code);
    }

    @Test
    void anEnterpriseSeesItsOwnFactsWithWhenTheyWereRetrieved() {
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(200)
                .body("name", equalTo("湖南湘韵食品有限公司"))
                .body("region.name", equalTo("岳麓区"))
                .body("region.provinciallyAdministered", equalTo(false))
                .body("consumerGoods", equalTo(true))
                .body("industryName", equalTo("食品制造业"))
                .body("figures", hasSize(3))
                .body("retrievedAt", notNullValue()).body("fetchedAt", notNullValue());
    }

    @Test
    void factsAreCachedThenRefreshedOnRequest() {
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(200);
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(200);
        assertEquals(1, PlatformStub.callsFor(ENT01), "the second read is served from the cache");

        PlatformStub.serves(PlatformStub.demoEnterprise("ent01").put("blacklisted", true));
        as(enterprise("ent01", ENT01)).post("/api/v1/enterprises/me/refresh").then().statusCode(200).body("blacklisted", equalTo(true));
        assertEquals(2, PlatformStub.callsFor(ENT01));
    }

    @Test
    void aPlatformThatIsDownIsAClear503AndNothingIsSaved() {
        PlatformStub.isDown(ENT01);
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(503)
                .contentType("application/problem+json").body("title", equalTo("企业服务平台暂不可用"));
        assertEquals(3, PlatformStub.callsFor(ENT01), "one call and two retries");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Enterprise.count()));
    }

    /**
     * The platform would answer a valid record, but later than our timeout (400 ms in tests): each of the three
     * attempts is cut off, the caller gets the platform-unavailable problem, and the late answer is not stored.
     */
    @Test
    void aSlowPlatformTimesOutAs503AndNothingIsSaved() {
        PlatformStub.answersSlowly(ENT01, 1500);
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sanpin.gxt.hunan.gov.cn/problems/platform-unavailable"));
        assertEquals(3, PlatformStub.callsFor(ENT01), "one call and two retries, each timed out");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Enterprise.count()));
    }

    @Test
    void garbageFromThePlatformIsA502AndNothingIsSaved() {
        PlatformStub.answersGarbage(ENT01, "{\"creditCode\": [not json");
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(502)
                .body("type", equalTo("https://sanpin.gxt.hunan.gov.cn/problems/platform-invalid-answer"));
        PlatformStub.reset();
        ObjectNode someoneElse = PlatformStub.demoEnterprise("ent02");
        PlatformStub.answersGarbage(ENT01, someoneElse.toString());
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(502);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Enterprise.count()));
    }

    @Test
    void anEnterpriseUnknownToThePlatformIs404() {
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(404)
                .body("title", equalTo("企业服务平台上没有该企业"));
    }

    @Test
    void aBadCreditCodeIsA422NamingTheFieldBeforeAnythingElse() {
        as(Tokens.province()).get("/api/v1/enterprises/91430104MA4L1X7K0Y").then().statusCode(422)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].code", equalTo("credit-code-check-character"));
        as(Tokens.province()).get("/api/v1/enterprises/9143010OMA4L1X7K0X").then().statusCode(422)
                .body("errors[0].code", equalTo("credit-code-character"));
        assertEquals(0, PlatformStub.server().getAllServeEvents().size(), "the platform was never asked");
    }

    @Test
    void officersSeeOnlyEnterprisesInTheirJurisdiction() {
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        PlatformStub.serves(PlatformStub.demoEnterprise("ent04"));
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(200);
        as(enterprise("ent04", ENT04)).get("/api/v1/enterprises/me").then().statusCode(200);

        String yuelu = Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104");
        String changsha = Tokens.city("changsha", "长沙市工业和信息化局", "430100");
        String xiangtan = Tokens.city("xiangtan", "湘潭市工业和信息化局", "430300");
        String liuyang = Tokens.county("liuyang", "浏阳市工业和信息化局", "430181");

        as(yuelu).get("/api/v1/enterprises/" + ENT01).then().statusCode(200);
        as(changsha).get("/api/v1/enterprises/" + ENT01).then().statusCode(200);
        as(Tokens.province()).get("/api/v1/enterprises/" + ENT04).then().statusCode(200);
        as(liuyang).get("/api/v1/enterprises/" + ENT04).then().statusCode(200);

        as(xiangtan).get("/api/v1/enterprises/" + ENT01).then().statusCode(404);
        as(liuyang).get("/api/v1/enterprises/" + ENT01).then().statusCode(404);
        // 浏阳 is a 直管县: its enterprises go straight to the province, not through 长沙
        as(changsha).get("/api/v1/enterprises/" + ENT04).then().statusCode(404);
        // out of scope looks exactly like absent
        as(changsha).get("/api/v1/enterprises/" + ENT06).then().statusCode(404);
    }

    @Test
    void otherRolesCannotReadEnterprises() {
        as(Tokens.withRoles("expert01", "expert")).get("/api/v1/enterprises/" + ENT01).then().statusCode(403);
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/" + ENT04).then().statusCode(403);
        as(Tokens.province()).get("/api/v1/enterprises/me").then().statusCode(403);
    }

    @Test
    void aFailingPlatformOpensTheBreakerSoCallersFailFast() {
        PlatformStub.isDown(ENT01);
        // 7 requests of 3 attempts each fill the breaker's window of 20 calls, all failed
        for (int i = 0; i < 7; i++) {
            as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(503);
        }
        int callsWhenOpen = PlatformStub.callsFor(ENT01);
        as(enterprise("ent01", ENT01)).get("/api/v1/enterprises/me").then().statusCode(503);
        assertEquals(callsWhenOpen, PlatformStub.callsFor(ENT01), "an open breaker does not call the platform");
    }
}
