package cn.gov.hunan.sanpin.application.web;

import cn.gov.hunan.sanpin.application.evidence.EvidenceConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Binary request bodies (evidence, stamped scans) as a {@link RequestBodyStream} that hands the worker one store
 * chunk at a time. A body Quarkus REST has already read whole is given as it is. The request is the current
 * {@link RoutingContext}'s (a request-scoped bean), taken from it here, on the worker, where that scope is active.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class StreamedBodyReader implements ServerMessageBodyReader<InputStream> {

    @Inject
    EvidenceConfig evidence;

    @Inject
    RoutingContext current;

    @ConfigProperty(name = "quarkus.http.read-timeout", defaultValue = "60s")
    Duration readTimeout;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod, MediaType mediaType) {
        return type == InputStream.class;
    }

    @Override
    public InputStream readFrom(Class<InputStream> type, Type genericType, MediaType mediaType, ServerRequestContext context) {
        HttpServerRequest request = current.request();
        if (request.isEnded()) {
            return context.getInputStream();
        }
        return new RequestBodyStream(request, evidence.chunkBytes(), readTimeout.toMillis());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == InputStream.class;
    }

    /** Only reached outside Quarkus REST's server pipeline, where the plain stream is all there is. */
    @Override
    public InputStream readFrom(Class<InputStream> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entityStream) {
        return entityStream;
    }
}
