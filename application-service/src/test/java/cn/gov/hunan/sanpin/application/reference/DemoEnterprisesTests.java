package cn.gov.hunan.sanpin.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.common.creditcode.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local stack's demo enterprises are fictional but must be valid: real codes, real regions, real industries. */
@ApplicationServiceTest
class DemoEnterprisesTests {

    @Inject
    ReferenceService references;

    @Test
    void everyDemoEnterpriseHasAValidCodeInARealCountyAndAConsumerGoodsIndustry() throws Exception {
        JsonNode enterprises = new ObjectMapper().readTree(Path.of("../deploy/local/demo/enterprises.json").toFile());
        assertEquals(12, enterprises.size());
        for (JsonNode e : enterprises) {
            String code = e.get("creditCode").asText();
            assertTrue(CreditCode.isValid(code), code + " is not a valid GB 32100 code");
            assertEquals(e.get("regionCode").asText(), new CreditCode(code).regionCode(), code);
            assertTrue(references.region(e.get("regionCode").asText()).filter(Region::isCounty).isPresent(), e.get("name").asText());
            assertTrue(references.isConsumerGoods(e.get("industryCode").asText()), e.get("name") + " " + e.get("industryCode"));
        }
    }
}
