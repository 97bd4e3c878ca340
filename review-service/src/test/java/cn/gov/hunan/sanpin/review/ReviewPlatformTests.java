package cn.gov.hunan.sanpin.review;

import cn.gov.hunan.sanpin.testing.PostgresTestResource;
import cn.gov.hunan.sanpin.testing.ServicePlatformTests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "sanpin_review_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, initArgs = @ResourceArg(name = "dynamicPort", value = "true"))
class ReviewPlatformTests extends ServicePlatformTests {

    @Override
    protected String contract() {
        return "review.yaml";
    }
}
