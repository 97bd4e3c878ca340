package cn.gov.hunan.sanpin.testing;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** The contract's generated Java clients, pointed at a running service and carrying a bearer token. */
public final class Clients {

    private Clients() {
    }

    public static <T> T of(Class<T> api, URI baseUri, String accessToken) {
        ClientRequestFilter bearer = request -> {
            if (accessToken != null) {
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
            }
        };
        // a response that never comes fails its test instead of hanging the build
        return QuarkusRestClientBuilder.newBuilder().baseUri(baseUri).register(bearer).readTimeout(60, TimeUnit.SECONDS).build(api);
    }
}
