package cn.gov.hunan.sanpin.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A stub of the provincial 企业服务平台 that serves openapi/platform.yaml from the demo fixture
 * (deploy/local/demo/enterprises.json), and can be told to be slow, down, or to answer garbage. The one sanctioned
 * double: the real platform cannot be reached from here.
 */
public class PlatformStub implements QuarkusTestResourceLifecycleManager {

    public static final String KEY = "test-platform-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.enterprise-platform.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /**
     * When the stub's records were produced: a fixed day in the past, so they are plausible whatever date a test
     * pins the services' clock to (a record from the future is rejected as an invalid answer).
     */
    public static final Instant RETRIEVED_AT = Instant.parse("2025-01-02T00:00:00Z");

    /** The demo enterprise with this username (ent01 …) as the platform reports it. */
    public static ObjectNode demoEnterprise(String username) {
        try {
            for (JsonNode e : JSON.readTree(Path.of("../deploy/local/demo/enterprises.json").toFile())) {
                if (e.get("username").asText().equals(username)) {
                    ObjectNode facts = ((ObjectNode) e.deepCopy());
                    facts.remove(java.util.List.of("username", "industryName"));
                    facts.put("retrievedAt", RETRIEVED_AT.toString());
                    return facts;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no demo enterprise " + username);
    }

    /** The platform answers with this record (only when called with our key). */
    public static void serves(JsonNode facts) {
        server.stubFor(get(path(facts.get("creditCode").asText())).withHeader("X-Platform-Key", equalTo(KEY))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(facts.toString())));
    }

    public static void answersSlowly(String creditCode, int millis) {
        server.stubFor(get(path(creditCode)).willReturn(aResponse().withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withBody(demoEnterprise("ent01").put("creditCode", creditCode).toString())));
    }

    public static void isDown(String creditCode) {
        server.stubFor(get(path(creditCode)).willReturn(aResponse().withStatus(503)));
    }

    public static void answersGarbage(String creditCode, String body) {
        server.stubFor(get(path(creditCode)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    public static int callsFor(String creditCode) {
        return server.countRequestsMatching(getRequestedFor(path(creditCode)).build()).getCount();
    }

    public static void reset() {
        server.resetAll();
    }

    private static com.github.tomakehurst.wiremock.matching.UrlPattern path(String creditCode) {
        return urlEqualTo("/v1/enterprises/" + creditCode);
    }
}
