package cn.gov.hunan.sanpin.registry;

import cn.gov.hunan.sanpin.testing.PostgresTestResource;
import cn.gov.hunan.sanpin.testing.ServicePlatformTests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "sanpin_registry_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, initArgs = @ResourceArg(name = "dynamicPort", value = "true"))
class RegistryPlatformTests extends ServicePlatformTests {

    @Override
    protected String contract() {
        return "registry.yaml";
    }
}
