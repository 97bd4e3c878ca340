package cn.gov.hunan.sanpin.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * review-service's intake as application-service sees it: up (200) or down (503), recording what arrived. The
 * receiving side itself (idempotent by message id) is tested in review-service against its own database.
 */
public class ReviewServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String INTAKE = "/api/v1/intake/applications";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        up();
        return Map.of("quarkus.rest-client.review-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static void up() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(INTAKE)).willReturn(okJson("{}")));
    }

    public static void down() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(INTAKE)).willReturn(aResponse().withStatus(503)));
    }

    /** Every hand-over that reached the intake, answered or not. */
    public static List<LoggedRequest> received() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(INTAKE)));
    }
}
