package cn.gov.hunan.sanpin.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every 201 Created the {@code Location} of what it created: the request URI plus the new object's id.
 * The contract's generated interfaces return the created object itself and declare the 201 with
 * {@code @ResponseStatus}; the header is left to this filter.
 */
public class CreatedLocationFilter {

    @ServerResponseFilter
    public void addLocation(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 201 || response.getHeaders().containsKey(HttpHeaders.LOCATION) || response.getEntity() == null) {
            return;
        }
        idOf(response.getEntity()).ifPresent(id -> {
            URI base = request.getUriInfo().getAbsolutePath();
            String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
            response.getHeaders().putSingle(HttpHeaders.LOCATION, base.resolve(path + id));
        });
    }

    private static java.util.Optional<Object> idOf(Object entity) {
        try {
            Method getId = entity.getClass().getMethod("getId");
            return java.util.Optional.ofNullable(getId.invoke(entity));
        } catch (ReflectiveOperationException noId) {
            return java.util.Optional.empty();
        }
    }
}
