package cn.gov.hunan.sanpin.application.account;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.KeycloakAdminStub;
import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts are refused before anything is created when the platform does not confirm the enterprise or the role
 * does not fit the region; only the system administrator creates officers. Keycloak's admin API is played by
 * {@link KeycloakAdminStub} (the stack's smoke test registers and logs in against the real one).
 */
@ApplicationServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditTrail audit;

    @AfterEach
    void cleanUp() {
        PlatformStub.reset();
        KeycloakAdminStub.reset();
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
        register(registration("91430104MA4L1X7K0X", "冒名者")).statusCode(422)
                .body("title", equalTo("注册未通过核验"))
                .body("errors[0].field", equalTo("legalRepresentative"));
        assertEquals(0, KeycloakAdminStub.requests(), "no account was attempted");
    }

    static Map<String, Object> countyOfficer() {
        return Map.of("username", "new-officer", "fullName", "新经办人", "email", "o@example.cn", "role", "county-officer",
                "regionCode", "430104", "unitName", "长沙市岳麓区工业和信息化局", "temporaryPassword", "Temp@2026!");
    }

    static io.restassured.response.ValidatableResponse createOfficer(String token, Map<String, Object> officer) {
        var request = RestAssured.given().contentType(ContentType.JSON).body(officer);
        return (token == null ? request : request.auth().oauth2(token)).post("/api/v1/accounts/officers").then();
    }

    @Test
    void onlyTheSystemAdministratorCreatesOfficers() throws Exception {
        for (String outsider : List.of(Tokens.province(), Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104"),
                Tokens.withRoles("secadmin", "secadmin"), Tokens.withRoles("auditor", "auditor"),
                Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"))) {
            createOfficer(outsider, countyOfficer()).statusCode(403).contentType("application/problem+json");
        }
        createOfficer(null, countyOfficer()).statusCode(401);
        assertEquals(0, KeycloakAdminStub.requests(), "nothing reached Keycloak for an outsider");

        createOfficer(Tokens.withRoles("sysadmin", "sysadmin"), countyOfficer()).statusCode(201)
                .body("username", equalTo("new-officer")).body("role", equalTo("county-officer"))
                .body("regionCode", equalTo("430104")).body("unitName", equalTo("长沙市岳麓区工业和信息化局"));

        JsonNode user = JSON.readTree(KeycloakAdminStub.createdUsers().getFirst().getBodyAsString());
        assertEquals("new-officer", user.get("username").asText());
        assertEquals("430104", user.at("/attributes/regionCode/0").asText(), "scope set by the administrator");
        assertEquals("长沙市岳麓区工业和信息化局", user.at("/attributes/unitName/0").asText());
        assertTrue(user.at("/credentials/0/temporary").asBoolean(), "the officer sets a password at first login");
        JsonNode roles = JSON.readTree(KeycloakAdminStub.grantedRoles().getFirst().getBodyAsString());
        assertEquals(List.of("county-officer"), roles.findValuesAsText("name"), "exactly the role asked for");

        var created = QuarkusTransaction.requiringNew().call(() -> audit.history(AccountService.ACCOUNT, "new-officer"));
        assertEquals(List.of("OFFICER_ACCOUNT_CREATED"), created.stream().map(e -> e.action).toList());
        assertEquals("sysadmin", created.getFirst().actor);
        assertEquals("430104", created.getFirst().details.get("regionCode"));
    }

    @Test
    void anOfficersRoleMustFitTheLevelOfItsRegion() {
        Map<String, Object> cityOfficerInACounty = Map.of("username", "wrong-level", "fullName", "错配", "email", "w@example.cn",
                "role", "city-officer", "regionCode", "430104", "unitName", "岳麓区", "temporaryPassword", "Temp@2026!");
        RestAssured.given().auth().oauth2(Tokens.withRoles("sysadmin", "sysadmin")).contentType(ContentType.JSON).body(cityOfficerInACounty)
                .post("/api/v1/accounts/officers").then().statusCode(422)
                .body("errors[0].message", equalTo("角色 city-officer 与所选行政区划“岳麓区”的级别不符"));
        assertEquals(0, KeycloakAdminStub.requests(), "refused before Keycloak was asked");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void publicRegistrationIsRateLimited() {
        int status = 0;
        for (int i = 0; i < 31 && status != 429; i++) {
            status = register(registration("91430104MA4L1X7K0Y", "刘湘云")).extract().statusCode();
        }
        assertEquals(429, status);
    }
}
