package cn.gov.hunan.sanpin.application.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the gateway elsewhere, 127.0.0.1 is an ordinary caller: whatever it says it forwards, it is counted itself. */
@ApplicationServiceTest
@TestProfile(UntrustedPeerRateLimitTests.GatewayElsewhere.class)
class UntrustedPeerRateLimitTests {

    public static class GatewayElsewhere implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1/32");
        }
    }

    @Test
    void aForgedForwardedAddressFromAnUntrustedPeerDoesNotEscapeTheLimit() {
        assertEquals(429, PublicRateLimitTests.statusAfterAllowance(i -> "198.51.100." + i));
    }
}
