package cn.gov.hunan.sanpin.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Public operations (under /api/v1/public/) answer at most {@code sanpin.public.requests-per-minute} requests a
 * minute per client address; the rest get 429. One instance's memory suffices here: behind several instances the
 * gateway limits as well.
 */
@Singleton
public class PublicRateLimit {

    private final int perMinute;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    public PublicRateLimit(@ConfigProperty(name = "sanpin.public.requests-per-minute", defaultValue = "20") int perMinute) {
        this.perMinute = perMinute;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/v1/public/")) {
            return null;
        }
        long now = System.nanoTime();
        long windowStart = now - Duration.ofMinutes(1).toNanos();
        Deque<Long> times = recent.computeIfAbsent(http.remoteAddress().hostAddress(), address -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < windowStart) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Response.status(429).header("Retry-After", 60).build();
            }
            times.addLast(now);
        }
        return null;
    }
}
