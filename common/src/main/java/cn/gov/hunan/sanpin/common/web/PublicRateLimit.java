package cn.gov.hunan.sanpin.common.web;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Public operations (under /api/v1/public/) answer at most {@code sanpin.public.requests-per-minute} requests a
 * minute per client address; the rest get 429. At most {@code sanpin.public.clients-held} addresses are held (see
 * {@link ClientRateLimiter}). One instance's memory suffices here: behind several instances the gateway limits as well.
 *
 * <p>The client is the peer the connection comes from, unless that peer is a trusted proxy (the gateway, listed in
 * {@code quarkus.http.proxy.trusted-proxies}): then it is the last address in {@code X-Forwarded-For}, the one the
 * gateway itself added. The addresses before it are whatever the caller sent the gateway, so they count for nothing.
 */
@Singleton
public class PublicRateLimit {

    private final ClientRateLimiter limiter;

    public PublicRateLimit(@ConfigProperty(name = "sanpin.public.requests-per-minute", defaultValue = "20") int perMinute,
            @ConfigProperty(name = "sanpin.public.clients-held", defaultValue = "10000") long clientsHeld) {
        this.limiter = new ClientRateLimiter(perMinute, Duration.ofMinutes(1), clientsHeld, Ticker.systemTicker());
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/v1/public/")) {
            return null;
        }
        return limiter.admit(clientOf(http)) ? null : Response.status(429).header("Retry-After", 60).build();
    }

    /**
     * Quarkus gives the forwarded address as the remote one only when the peer is a trusted proxy, so an address that
     * differs from the socket's peer means the gateway forwarded this request. Quarkus takes the first forwarded
     * address; the gateway's own is the last.
     */
    static String clientOf(HttpServerRequest http) {
        String peer = http.connection().remoteAddress().hostAddress();
        String forwarded = http.getHeader("X-Forwarded-For");
        if (forwarded == null || peer.equals(http.remoteAddress().hostAddress())) {
            return peer;
        }
        return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    }
}
