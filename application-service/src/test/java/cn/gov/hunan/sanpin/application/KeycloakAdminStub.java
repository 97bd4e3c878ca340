package cn.gov.hunan.sanpin.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin API as application-service's {@code IdentityDirectory} uses it to create accounts: the service
 * account's token, user creation, and the realm roles a new user may be given. It records what arrived, so a test
 * can show an account was created with the right attributes and role, or that nothing reached Keycloak at all.
 */
public class KeycloakAdminStub implements QuarkusTestResourceLifecycleManager {

    public static final String USERS = "/admin/realms/sanpin/users";
    public static final String NEW_USER_ID = "5b0c2c5e-0d6e-4d8a-9a51-3c1f1f6f0a01";
    private static final List<String> REALM_ROLES = List.of("enterprise", "county-officer", "city-officer", "province-officer");
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        reset();
        return Map.of("quarkus.keycloak.admin-client.server-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Keycloak as it is when the realm is imported: any new username is accepted. */
    public static void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/realms/sanpin/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"admin-api-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Location", server.baseUrl() + USERS + "/" + NEW_USER_ID)));
        String roles = REALM_ROLES.stream().map(r -> "{\"id\":\"role-" + r + "\",\"name\":\"" + r + "\"}")
                .reduce((a, b) -> a + "," + b).map(list -> "[" + list + "]").orElseThrow();
        server.stubFor(get(urlPathMatching(USERS + "/[^/]+/role-mappings/realm/available")).willReturn(okJson(roles)));
        server.stubFor(post(urlPathMatching(USERS + "/[^/]+/role-mappings/realm")).willReturn(aResponse().withStatus(204)));
    }

    /** The users whose creation was asked for, as sent. */
    public static List<LoggedRequest> createdUsers() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(USERS)));
    }

    /** The realm roles given to the new user, as sent. */
    public static List<LoggedRequest> grantedRoles() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlEqualTo(USERS + "/" + NEW_USER_ID + "/role-mappings/realm")));
    }

    /** Every request that reached Keycloak. */
    public static int requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())).size();
    }
}
