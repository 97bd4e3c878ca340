package cn.gov.hunan.sanpin.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a service can meet into an RFC 9457 problem in the caller's language. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemMessages messages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers.getAcceptableLanguages());
        List<ProblemBody.Error> errors = e.fieldProblems().stream()
                .map(f -> new ProblemBody.Error(f.field(), messages.text(locale, "field." + f.code(), f.args()), f.code()))
                .toList();
        return respond(e.status(), e.kind(), locale, uri, errors, e.args());
    }

    /** Bean Validation on the contract's constraints: 422 with one error per field, in field order. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers.getAcceptableLanguages());
        List<ProblemBody.Error> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemBody.Error(fieldOf(v), ConstraintWording.of(v, locale, messages), constraintName(v)))
                .sorted(Comparator.comparing(ProblemBody.Error::field))
                .toList();
        return respond(422, "validation", locale, uri, errors);
    }

    /**
     * Unreadable JSON, a value of the wrong type, or one refused as it was read: named by its field. Quarkus answers
     * a MismatchedInputException with a bare 400 of its own unless it is named here.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e, headers, uri); // a model Jackson cannot build is ours to fix, not the caller's
        }
        return problem(InputProblems.ofJson(e), headers, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "concurrent-modification", ProblemMessages.localeOf(headers.getAcceptableLanguages()), uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", ProblemMessages.localeOf(headers.getAcceptableLanguages()), uri, List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return respond(404, "not-found", ProblemMessages.localeOf(headers.getAcceptableLanguages()), uri, List.of());
    }

    /** JAX-RS's own refusals; its JSON reader wraps most Jackson failures in one. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return e.getResponse();
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String kind = status == 405 ? "method-not-allowed" : status == 415 ? "unsupported-media-type" : "malformed-request";
        return respond(status, kind, ProblemMessages.localeOf(headers.getAcceptableLanguages()), uri, List.of());
    }

    /** Anything else is our fault: log it under an id the caller can quote, and tell nothing more. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s on %s", incident, uri.getPath());
        return respond(500, "internal", ProblemMessages.localeOf(headers.getAcceptableLanguages()), uri, List.of(), incident);
    }

    private Response respond(int status, String kind, Locale locale, UriInfo uri, List<ProblemBody.Error> errors, Object... args) {
        ProblemBody body = messages.body(status, kind, locale, uri.getPath(), errors, args);
        return Response.status(status).type(ProblemBody.MEDIA_TYPE).entity(body).build();
    }

    /**
     * {@code createBatch.batchDraft.schedule.applicationClosesOn} → {@code schedule.applicationClosesOn};
     * {@code listBatches.size} → {@code size}: a body's fields are named without the parameter, a query
     * or path parameter by its own name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD) {
                String name = node.getName() == null ? "" : node.getName();
                names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        List<String> field = names.size() > 1 ? names.subList(1, names.size()) : names;
        return field.stream().filter(n -> !n.isEmpty()).collect(Collectors.joining("."));
    }

    private static String constraintName(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
