package cn.gov.hunan.sanpin.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every Sanpin service must show, inherited by one test class per service: it serves exactly its contract
 * (an endpoint added without openapi/ fails here), is ready only with its database, refuses the API without a
 * valid token, and exposes metrics — health, metrics and the contract on the management interface, none of them on
 * the API's port.
 */
public abstract class ServicePlatformTests {

    /** The management interface's root (its own port; a random one in tests). */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    /** The contract file's name under openapi/, e.g. {@code application.yaml}. */
    protected abstract String contract();

    @Test
    void servedApiMatchesTheContract() {
        String served = RestAssured.given().queryParam("format", "JSON").get(management.resolve("openapi")).then().statusCode(200)
                .extract().asString();
        List<String> drift = ContractDrift.between(Path.of("../openapi", contract()), served);
        assertEquals(List.of(), drift, () -> "the served API differs from openapi/" + contract() + ":\n" + String.join("\n", drift));
    }

    @Test
    void isReadyWithItsDatabase() {
        RestAssured.get(management.resolve("health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void apiNeedsAValidTokenFromTheRealm() {
        RestAssured.get("/api/v1/anything").then().statusCode(401);
        RestAssured.given().auth().oauth2("not-a-token").get("/api/v1/anything").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType("application/problem+json").body("title", equalTo("访问令牌无效或已过期"));
        RestAssured.given().auth().oauth2(Tokens.province()).get("/api/v1/anything").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The web client holds an ID token beside its access token; signed by the realm all the same, it grants nothing. */
    @Test
    void anIdTokenIsNotAnAccessToken() {
        RestAssured.given().auth().oauth2(Tokens.idToken("province", "province-officer")).header("Accept-Language", "en")
                .get("/api/v1/anything").then().statusCode(401).contentType("application/problem+json")
                .body("title", equalTo("Invalid or expired access token"));
    }

    @Test
    void exposesPrometheusMetrics() {
        RestAssured.get(management.resolve("metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void managementEndpointsAreNotServedBesideTheApi() {
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/health", "/q/health/ready", "/q/swagger-ui/")) {
            RestAssured.get(path).then().statusCode(404);
        }
    }
}
