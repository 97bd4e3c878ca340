package cn.gov.hunan.sanpin.application.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input that is not what the contract says is refused with a problem naming the field, in the caller's language,
 * and changes nothing: no 500, no empty 400, no value quietly altered on the way in.
 */
@ApplicationServiceTest
class BadInputTests {

    static final String ENT01 = Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X");

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    ApplicationsApi ent01;
    Application application;

    @BeforeEach
    void aDraftApplication() throws Exception {
        UUID batchId = OpenCall.open2025(base, clock);
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        ent01 = Clients.of(ApplicationsApi.class, base, ENT01);
        application = ent01.createApplication(new ApplicationStart().batchId(batchId));
    }

    @AfterEach
    void cleanUp() {
        OpenCall.removeEverything(em, clock);
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Saves a content given as raw JSON; the answer must be a problem. */
    ValidatableResponse saveContent(String content) {
        return as(ENT01).body("{\"version\": " + application.getVersion() + ", \"content\": " + content + "}")
                .put("/api/v1/applications/{id}/content", application.getId())
                .then().contentType("application/problem+json");
    }

    void contentIsUnchanged() throws Exception {
        assertEquals(application.getVersion(), ent01.getApplication(application.getId()).getVersion(), "the refused save changed nothing");
    }

    @Test
    void aNulCharacterInATextIsRefusedNamingTheField() throws Exception {
        saveContent("{\"innovation\": {\"talentTeam\": \"研发\\u0000团队\"}}").statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("content.innovation.talentTeam"))
                .body("errors[0].code", equalTo("nul-character"))
                .body("errors[0].message", equalTo("不能包含空字符（U+0000）"));
        contentIsUnchanged();
    }

    @Test
    void aNulCharacterInAnUploadsFileNameIsRefusedNamingTheParameter() throws Exception {
        RestAssured.given().auth().oauth2(ENT01).contentType("application/octet-stream").body(EvidenceTests.pdf(1024))
                .queryParam("fileName", "审计报告\u0000.pdf")
                .post("/api/v1/applications/{id}/evidence", application.getId())
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fileName"))
                .body("errors[0].code", equalTo("nul-character"));
        assertEquals(0, ent01.listEvidence(application.getId()).size());
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        saveContent("{\"innovation\": {\"researchStaff\": \"许多\"}}").statusCode(400)
                .body("title", equalTo("请求格式错误"))
                .body("errors[0].field", equalTo("content.innovation.researchStaff"))
                .body("errors[0].message", equalTo("应为整数"));
        saveContent("{\"innovation\": [1, 2]}").statusCode(400)
                .body("errors[0].field", equalTo("content.innovation"))
                .body("errors[0].message", equalTo("应为 JSON 对象"));
    }

    @Test
    void aBadDateIsNamed() throws Exception {
        saveContent("{\"specialWorks\": [{\"code\": \"SW01\", \"periodFrom\": \"2025-02-30\"}]}").statusCode(400)
                .body("errors[0].field", equalTo("content.specialWorks[0].periodFrom"))
                .body("errors[0].message", equalTo("应为 YYYY-MM-DD 格式的有效日期"));
    }

    @Test
    void aBadUuidIsNamed() throws Exception {
        saveContent("{\"specialWorks\": [{\"code\": \"SW01\", \"evidenceIds\": [\"1\"]}]}").statusCode(400)
                .body("errors[0].field", equalTo("content.specialWorks[0].evidenceIds[0]"))
                .body("errors[0].message", equalTo("应为 UUID（如 123e4567-e89b-12d3-a456-426614174000）"));
    }

    @Test
    void aValueOutsideAnEnumIsNamedWithTheAcceptedValues() throws Exception {
        saveContent("{\"innovation\": {\"rdInstitutionLevel\": \"COUNTY\"}}").statusCode(400)
                .body("errors[0].field", equalTo("content.innovation.rdInstitutionLevel"))
                .body("errors[0].message", equalTo("应为以下值之一：NONE, CITY, PROVINCIAL, NATIONAL"));
    }

    @Test
    void aDuplicateKeyIsRefusedNotLastOneWins() throws Exception {
        saveContent("{\"innovation\": {\"researchStaff\": 10, \"researchStaff\": 99}}").statusCode(400)
                .body("errors[0].field", equalTo("content.innovation.researchStaff"))
                .body("errors[0].code", equalTo("duplicate-key"));
        contentIsUnchanged();
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        String deep = "{\"x\": ".repeat(40) + "1" + "}".repeat(40);
        saveContent("{\"innovation\": " + deep + "}").statusCode(400)
                .body("errors[0].field", equalTo("content.innovation"))
                .body("errors[0].code", equalTo("too-deep"));
    }

    @Test
    void unreadableJsonIsNamedWhereItBreaks() throws Exception {
        // named by the last field read whole
        saveContent("{\"innovation\": {\"researchStaff\": 12,, \"talentTeam\": \"团队\"}}").statusCode(400)
                .body("title", equalTo("请求格式错误"))
                .body("errors[0].field", equalTo("content.innovation.researchStaff"))
                .body("errors[0].code", equalTo("unreadable"));
        saveContent("{}} trailing").statusCode(400).body("title", equalTo("请求格式错误"));
        contentIsUnchanged();
    }

    @Test
    void aFractionalYearIsRefusedNotTruncated() throws Exception {
        saveContent("{\"economicContribution\": {\"figures\": [{\"year\": 2025.7, \"revenueTenThousandYuan\": 100}]}}").statusCode(400)
                .body("errors[0].field", equalTo("content.economicContribution.figures[0].year"))
                .body("errors[0].message", equalTo("应为整数"));
        contentIsUnchanged();
    }

    @Test
    void anAmountOutOfRangeIsRefusedNotStored() throws Exception {
        saveContent("{\"innovation\": {\"rdSpending\": [{\"year\": 2024, \"amountTenThousandYuan\": 1e400}]}}").statusCode(422)
                .body("errors[0].field", equalTo("content.innovation.rdSpending[0].amountTenThousandYuan"))
                .body("errors[0].code", equalTo("number-out-of-range"));
        saveContent("{\"innovation\": {\"researchStaff\": 99999999999}}").statusCode(422)
                .body("errors[0].field", equalTo("content.innovation.researchStaff"))
                .body("errors[0].code", equalTo("number-out-of-range"));
        contentIsUnchanged();
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() throws Exception {
        as(ENT01).header("Accept-Language", "en").body("{\"version\": " + application.getVersion()
                        + ", \"content\": {\"economicContribution\": {\"figures\": [{\"year\": 2025.7}]}}}")
                .put("/api/v1/applications/{id}/content", application.getId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request"))
                .body("errors[0].message", equalTo("Must be a whole number"));
    }

    @Test
    void aMalformedIdInThePathIsABadRequestNotNotFound() throws Exception {
        as(ENT01).get("/api/v1/applications/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("applicationId"))
                .body("errors[0].message", equalTo("应为 UUID（如 123e4567-e89b-12d3-a456-426614174000）"));
        as(ENT01).get("/api/v1/applications/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aBadEnumOrUuidInTheQueryIsNamed() throws Exception {
        as(Tokens.province()).queryParam("status", "SUBMITED").get("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("expected-one-of"));
        as(Tokens.province()).queryParam("batchId", "2025").get("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("batchId"));
        as(Tokens.province()).queryParam("ineligible", "yes").get("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ineligible"))
                .body("errors[0].message", equalTo("应为 true 或 false"));
    }

    @Test
    void aListTooLongIsWordedByItsItems() throws Exception {
        String thirteen = "{\"code\": \"SW01\"}, ".repeat(12) + "{\"code\": \"SW01\"}";
        saveContent("{\"specialWorks\": [" + thirteen + "]}").statusCode(422)
                .body("errors[0].field", equalTo("content.specialWorks"))
                .body("errors[0].message", equalTo("不能超过 12 项"))
                .body("errors[0].code", equalTo("Size"));
    }

    @Test
    void aWellFormedSaveStillWorks() throws Exception {
        as(ENT01).body("{\"version\": " + application.getVersion() + ", \"content\": {\"innovation\": {\"researchStaff\": 12,"
                        + " \"rdSpending\": [{\"year\": 2024, \"amountTenThousandYuan\": 1234.5}]}}}")
                .put("/api/v1/applications/{id}/content", application.getId())
                .then().statusCode(200).body("content.innovation.researchStaff", equalTo(12))
                .body("content.innovation.talentTeam", nullValue());
    }
}
