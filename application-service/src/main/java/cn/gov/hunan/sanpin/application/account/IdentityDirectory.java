package cn.gov.hunan.sanpin.application.account;

import cn.gov.hunan.sanpin.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The accounts in the realm, written through Keycloak's admin API with this service's own service account
 * (client credentials; it may manage users, nothing else). Attributes that decide scope are only ever set here.
 */
@ApplicationScoped
public class IdentityDirectory {

    /** What a new account is. */
    public record NewAccount(String username, String fullName, String email, String role, Map<String, String> attributes,
            String password, boolean temporaryPassword) {
    }

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);

    private static final int SEARCH_PAGE = 100;

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "sanpin.identity.realm", defaultValue = "sanpin")
    String realm;

    public void create(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.fullName());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setAttributes(account.attributes().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(account.password());
        password.setTemporary(account.temporaryPassword());
        user.setCredentials(List.of(password));
        try {
            RealmResource sanpin = keycloak.realm(realm);
            try (Response created = sanpin.users().create(user)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("account-exists", account.username());
                }
                if (created.getStatus() == 400) {
                    throw ProblemException.unprocessable("account-rejected", List.of(new cn.gov.hunan.sanpin.common.problem.FieldProblem(
                            "password", "password-policy")));
                }
                if (created.getStatus() != 201) {
                    throw new ProblemException(503, "identity-unavailable", List.of());
                }
                String id = created.getLocation().getPath().replaceAll(".*/", "");
                try {
                    // the user's available roles are readable with user rights; the realm's role list would need view-realm
                    var roles = sanpin.users().get(id).roles().realmLevel();
                    roles.add(roles.listAvailable().stream().filter(r -> r.getName().equals(account.role())).toList());
                } catch (RuntimeException roleNotGiven) {
                    sanpin.users().delete(id).close(); // no account without its role
                    throw roleNotGiven;
                }
            }
        } catch (ProcessingException | WebApplicationException failed) {
            // Keycloak unreachable or refusing our service account: our caller did nothing wrong
            LOG.errorf(failed, "creating account %s in Keycloak failed", account.username());
            throw new ProblemException(503, "identity-unavailable", List.of());
        }
    }

    /**
     * The e-mail addresses of the enabled users with this attribute value and, if given, this realm role (e.g. the
     * city officers of 430100). Read with the service account's user rights; the realm's role list is not needed.
     * Every page of matches is read: a county's enterprise accounts share its region code with its officers, and
     * are passed over (they carry a credit code) before any role is asked for.
     */
    public List<String> emailsOf(String attribute, String value, java.util.Optional<String> role) {
        try {
            var users = keycloak.realm(realm).users();
            List<String> emails = new java.util.ArrayList<>();
            for (int first = 0; ; first += SEARCH_PAGE) {
                List<UserRepresentation> page = users.searchByAttributes(first, SEARCH_PAGE, true, false, attribute + ":" + value);
                page.stream()
                        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                        .filter(u -> role.isEmpty() || !isEnterprise(u) && users.get(u.getId()).roles().realmLevel().listEffective()
                                .stream().anyMatch(r -> r.getName().equals(role.get())))
                        .map(UserRepresentation::getEmail).forEach(emails::add);
                if (page.size() < SEARCH_PAGE) {
                    return emails;
                }
            }
        } catch (ProcessingException | WebApplicationException failed) {
            throw new IllegalStateException("Keycloak did not answer the address look-up", failed);
        }
    }

    private static boolean isEnterprise(UserRepresentation user) {
        return user.getAttributes() != null && user.getAttributes().containsKey("creditCode");
    }
}
