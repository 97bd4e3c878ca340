package cn.gov.hunan.sanpin.application.account;

import static org.hamcrest.Matchers.equalTo;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts are refused before anything is created when the platform does not confirm the enterprise or the role
 * does not fit the region. (Creation itself needs the real Keycloak: the stack's smoke test registers and logs in.)
 */
@ApplicationServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountTests {

    @AfterEach
    void cleanUp() {
        PlatformStub.reset();
        QuarkusTransaction.requiringNew().run(() -> Enterprise.deleteAll());
    }

    static Map<String, Object> registration(String creditCode, String legalRepresentative) {
        return Map.of("creditCode", creditCode, "legalRepresentative", legalRepresentative, "contactName", "张联络",
                "contactPhone", "13907310000", "contactEmail", "contact@example.cn", "password", "Qiye@2026!");
    }

    static io.restassured.response.ValidatableResponse register(Map<String, Object> body) {
        return RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/v1/public/enterprise-registrations").then();
    }

    @Test
    void registrationNeedsNoTokenButAValidCreditCode() {
        register(registration("91430104MA4L1X7K0Y", "刘湘云")).statusCode(422)
                .body("errors[0].field", equalTo("creditCode")).body("errors[0].code", equalTo("credit-code-check-character"));
    }

    @Test
    void anEnterpriseUnknownToThePlatformCannotRegister() {
        register(registration("91430104MA4L1X7K0X", "刘湘云")).statusCode(422)
                .body("errors[0].code", equalTo("not-on-platform"));
    }

    @Test
    void theLegalRepresentativeMustMatchThePlatformsRecordBeforeAnyAccountIsCreated() {
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        // Keycloak is not reachable in service tests: a 422 here proves nothing was attempted there
        register(registration("91430104MA4L1X7K0X", "冒名者")).statusCode(422)
                .body("title", equalTo("注册未通过核验"))
                .body("errors[0].field", equalTo("legalRepresentative"));
    }

    @Test
    void onlyTheSystemAdministratorCreatesOfficers() {
        Map<String, Object> officer = Map.of("username", "new-officer", "fullName", "新经办人", "email", "o@example.cn",
                "role", "county-officer", "regionCode", "430104", "unitName", "长沙市岳麓区工业和信息化局", "temporaryPassword", "Temp@2026!");
        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON).body(officer)
                .post("/api/v1/accounts/officers").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104")).contentType(ContentType.JSON)
                .body(officer).post("/api/v1/accounts/officers").then().statusCode(403);
    }

    @Test
    void anOfficersRoleMustFitTheLevelOfItsRegion() {
        Map<String, Object> cityOfficerInACounty = Map.of("username", "wrong-level", "fullName", "错配", "email", "w@example.cn",
                "role", "city-officer", "regionCode", "430104", "unitName", "岳麓区", "temporaryPassword", "Temp@2026!");
        RestAssured.given().auth().oauth2(Tokens.withRoles("sysadmin", "sysadmin")).contentType(ContentType.JSON).body(cityOfficerInACounty)
                .post("/api/v1/accounts/officers").then().statusCode(422)
                .body("errors[0].message", equalTo("角色 city-officer 与所选行政区划“岳麓区”的级别不符"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void publicRegistrationIsRateLimited() {
        int status = 0;
        for (int i = 0; i < 31 && status != 429; i++) {
            status = register(registration("91430104MA4L1X7K0Y", "刘湘云")).extract().statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, status);
    }
}
