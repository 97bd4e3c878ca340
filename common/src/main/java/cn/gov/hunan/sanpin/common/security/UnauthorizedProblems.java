package cn.gov.hunan.sanpin.common.security;

import cn.gov.hunan.sanpin.common.problem.ProblemBody;
import cn.gov.hunan.sanpin.common.problem.ProblemMessages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A refused token is a problem like every other refusal: expired, not the realm's, or not an access token (an ID
 * token). Quarkus refuses it in its HTTP layer, before JAX-RS and ProblemMappers, with a bare challenge; this adds
 * a problem body to the same challenge. A request with no token at all is challenged by Quarkus directly, bare.
 */
@ApplicationScoped
public class UnauthorizedProblems {

    @Inject
    ProblemMessages messages;

    @Inject
    ObjectMapper json;

    void answerAsProblems(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext event) {
        if (!(event.failure() instanceof AuthenticationFailedException || event.failure() instanceof UnauthorizedException)
                || event.response().headWritten()) {
            event.next();
            return;
        }
        Locale locale = ProblemMessages.localeOf(event.acceptableLanguages().stream().map(l -> Locale.forLanguageTag(l.value())).toList());
        ProblemBody body = messages.body(401, "unauthorized", locale, event.normalizedPath(), List.of());
        try {
            event.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
