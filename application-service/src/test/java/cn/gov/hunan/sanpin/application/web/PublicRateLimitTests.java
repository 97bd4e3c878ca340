package cn.gov.hunan.sanpin.application.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import io.restassured.RestAssured;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The public operations' limit (30 a minute per client in tests) counts the client the gateway saw. Requests here come
 * from 127.0.0.1, the gateway's address (quarkus.http.proxy.trusted-proxies); each test uses clients of its own, as
 * other tests spend 127.0.0.1's own allowance.
 */
@ApplicationServiceTest
class PublicRateLimitTests {

    static final int ALLOWANCE = 30;

    /** The status of the first refused request among {@code ALLOWANCE + 1}, with the forwarded header for each. */
    static int statusAfterAllowance(IntFunction<String> forwardedFor) {
        int status = 0;
        for (int i = 0; i <= ALLOWANCE; i++) {
            status = RestAssured.given().header("X-Forwarded-For", forwardedFor.apply(i)).get("/api/v1/public/batches")
                    .then().extract().statusCode();
            if (status == 429) {
                assertEquals(ALLOWANCE, i, "refused only past the allowance");
            }
        }
        return status;
    }

    @Test
    void eachClientTheGatewayForwardsHasItsOwnAllowance() {
        assertEquals(429, statusAfterAllowance(i -> "203.0.113.78"));
        RestAssured.given().header("X-Forwarded-For", "203.0.113.79").get("/api/v1/public/batches").then().statusCode(200);
    }

    /** A caller may send the gateway any X-Forwarded-For; the gateway adds the caller's real address last. */
    @Test
    void addressesTheCallerPutBeforeTheGatewaysDoNotEscapeTheLimit() {
        assertEquals(429, statusAfterAllowance(i -> "198.51.100." + i + ", 203.0.113.77"));
    }
}
