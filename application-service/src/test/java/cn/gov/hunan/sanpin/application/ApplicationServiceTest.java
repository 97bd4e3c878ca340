package cn.gov.hunan.sanpin.application;

import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the running application-service: real PostgreSQL (a fresh sanpin_application_test database),
 * tokens verified through the in-process OIDC server's JWKS, the 企业服务平台 played by {@link PlatformStub}, review-service's
 * intake by {@link ReviewServiceStub}, Keycloak's admin API by {@link KeycloakAdminStub}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "sanpin_application_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, initArgs = @ResourceArg(name = "dynamicPort", value = "true"))
@QuarkusTestResource(PlatformStub.class)
@QuarkusTestResource(ReviewServiceStub.class)
@QuarkusTestResource(KeycloakAdminStub.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationServiceTest {
}
