package cn.gov.hunan.sanpin.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Actor} of the current request, read once from the verified token. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = read();
        }
        return actor;
    }

    private Actor read() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no authenticated caller");
        }
        String username = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            username = claim(jwt, "preferred_username").orElse(username);
            return new Actor(username, claim(jwt, "name").orElse(username), identity.getRoles(),
                    claim(jwt, "unit_name"), claim(jwt, "region_code"), claim(jwt, "credit_code"));
        }
        return new Actor(username, username, identity.getRoles(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
