package cn.gov.hunan.sanpin.application.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.ReviewServiceStub;
import cn.gov.hunan.sanpin.common.outbox.Outbox;
import cn.gov.hunan.sanpin.common.outbox.OutboxRelay;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What review-service receives from the outbox, and with which identity. */
@ApplicationServiceTest
class ReviewServiceHandOverTests {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    /** The in-process OIDC server standing in for Keycloak. */
    @ConfigProperty(name = "keycloak.url")
    String oidcServer;

    @Test
    void aHandOverCarriesThisServicesOwnTokenFromTheRealm() throws Exception {
        ReviewServiceStub.up();
        UUID applicationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(WorkflowService.REVIEW_SERVICE, "APPLICATION_PASSED_PRELIMINARY",
                applicationId, handOver(applicationId)));

        LoggedRequest delivered = arrived(applicationId);
        assertEquals("Bearer " + clientCredentialsToken(), delivered.getHeader("Authorization"),
                "the token the realm issues to this service's client, not a user's");
    }

    private LoggedRequest arrived(UUID applicationId) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            relay.relayDue();
            Optional<LoggedRequest> found = ReviewServiceStub.received().stream()
                    .filter(r -> r.getBodyAsString().contains(applicationId.toString())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the hand-over of " + applicationId + " did not arrive within 10 s");
    }

    /** What the realm's token endpoint answers this service's client (client credentials), asked directly. */
    private String clientCredentialsToken() {
        String tokenEndpoint = RestAssured.get(oidcServer + "/realms/quarkus/.well-known/openid-configuration")
                .then().statusCode(200).extract().path("token_endpoint");
        String token = RestAssured.given().auth().preemptive().basic("quarkus-service-app", "secret")
                .formParam("grant_type", "client_credentials").post(tokenEndpoint)
                .then().statusCode(200).extract().path("access_token");
        assertTrue(token.split("\\.").length == 3, "a signed JWT");
        return token;
    }

    private static ApplicationHandOver handOver(UUID applicationId) {
        return new ApplicationHandOver().messageId(UUID.randomUUID()).applicationId(applicationId).batchId(UUID.randomUUID())
                .batchYear(2025).creditCode("91430104MA4L1X7K0X").enterpriseName("湖南湘韵食品有限公司").regionCode("430104")
                .cityCode("430100").industryCode("1491").passedAt(OffsetDateTime.parse("2025-11-20T02:00:00Z"))
                .passedBy("湖南省工业和信息化厅消费品工业处").content(Map.of("specialWorks", List.of()));
    }
}
