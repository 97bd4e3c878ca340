package cn.gov.hunan.sanpin.application.workflow;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;

/**
 * This service's own identity for calls to its peers: the Keycloak service account's token (client credentials),
 * kept until shortly before it expires. Registered on peer clients built in code (config-registered providers
 * are not CDI beans, and this one needs the OIDC client).
 */
@ApplicationScoped
public class ServiceAccountBearer implements ClientRequestFilter {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcClient oidc;

    private volatile Tokens tokens;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
    }

    private String accessToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            current = oidc.getTokens().await().atMost(TIMEOUT);
            tokens = current;
        }
        return current.getAccessToken();
    }
}
