package cn.gov.hunan.sanpin.application.reference;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class ReferenceResourceTests {

    @Inject
    ReferenceService references;

    @Inject
    AuditTrail audit;

    @Test
    void hunanHasFourteenCitiesAndEveryCountyBelongsToOne() {
        RestAssured.given().auth().oauth2(Tokens.province()).queryParam("level", "CITY").get("/api/v1/regions")
                .then().statusCode(200).body("size()", equalTo(14)).body("name", hasItem("湘西土家族苗族自治州"));
        RestAssured.given().auth().oauth2(Tokens.province()).queryParam("parentCode", "430100").get("/api/v1/regions")
                .then().statusCode(200).body("code", hasItem("430181")).body("name", hasItem("浏阳市"));
    }

    @Test
    void consumerGoodsAreRecognisedByTheLongestListedPrefix() {
        assertTrue(references.isConsumerGoods("1530"), "精制茶加工");
        assertTrue(references.isConsumerGoods("3074"), "日用陶瓷制品制造 inside a non-consumer division");
        assertTrue(references.isConsumerGoods("2672"), "焰火、鞭炮产品制造");
        assertEquals(false, references.isConsumerGoods("3311"), "结构性金属制品 is not a consumer good");
    }

    @Test
    void provinceMaintainsTheDirectlyAdministeredFlagWithAnAuditedReason() {
        String body = "{\"provinciallyAdministered\": false, \"reason\": \"依据省财政厅文件调整直管县名单（测试）\"}";
        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/regions/430181/provincially-administered").then().statusCode(200)
                .body("provinciallyAdministered", equalTo(false));
        var history = audit.history(ReferenceService.REGION, "430181");
        assertEquals("依据省财政厅文件调整直管县名单（测试）", history.getLast().reason);
        assertEquals("province", history.getLast().actor);
        assertTrue(audit.verify(ReferenceService.REGION, "430181"));

        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON)
                .body("{\"provinciallyAdministered\": true, \"reason\": \"恢复\"}")
                .put("/api/v1/regions/430181/provincially-administered").then().statusCode(200);
        assertEquals(List.of("REGION_PROVINCIALLY_ADMINISTERED_CLEARED", "REGION_PROVINCIALLY_ADMINISTERED_SET"),
                audit.history(ReferenceService.REGION, "430181").stream().map(e -> e.action).toList().subList(0, 2));
    }

    @Test
    void cityOfficerCannotChangeTheFlag() {
        RestAssured.given().auth().oauth2(Tokens.city("changsha", "长沙市工业和信息化局", "430100")).contentType(ContentType.JSON)
                .body("{\"provinciallyAdministered\": false, \"reason\": \"越权\"}")
                .put("/api/v1/regions/430181/provincially-administered").then().statusCode(403);
    }

    @Test
    void aCityCannotBeMadeProvinciallyAdministered() {
        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON)
                .body("{\"provinciallyAdministered\": true, \"reason\": \"误操作\"}")
                .put("/api/v1/regions/430100/provincially-administered").then().statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
    }
}
