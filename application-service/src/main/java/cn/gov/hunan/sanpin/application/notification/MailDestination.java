package cn.gov.hunan.sanpin.application.notification;

import cn.gov.hunan.sanpin.application.account.IdentityDirectory;
import cn.gov.hunan.sanpin.common.outbox.OutboxDestination;
import cn.gov.hunan.sanpin.common.outbox.OutboxMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a notification's e-mail to everyone its audience names: the enterprise's accounts, or the officers of a
 * unit. Addresses are looked up in Keycloak when sending. A unit's officers are looked up at most once a minute: a
 * county receiving a burst of submissions would otherwise page through all its region's accounts for each mail.
 */
@ApplicationScoped
public class MailDestination implements OutboxDestination {

    private static final Logger LOG = Logger.getLogger(MailDestination.class);

    private static final long UNIT_ADDRESSES_KEPT_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private record UnitAddresses(List<String> emails, long lookedUpAt) {
    }

    private final java.util.Map<String, UnitAddresses> unitAddresses = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    IdentityDirectory identities;

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper json;

    /** Off where no one should get mail (service tests: no Keycloak to look addresses up in). */
    @ConfigProperty(name = "sanpin.mail.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public String name() {
        return NotificationService.MAIL;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        if (!enabled) {
            return;
        }
        NotificationService.Mail mail = json.readValue(message.payload(), NotificationService.Mail.class);
        List<String> to = recipients(mail.audience());
        if (to.isEmpty()) {
            LOG.infof("notification %s: nobody in %s has an e-mail address; in-app only", message.subjectId(), mail.audience());
            return;
        }
        mailer.send(Mail.withText(to.getFirst(), mail.subject(), mail.body()).setBcc(to.subList(1, to.size())));
    }

    private List<String> recipients(String audience) {
        String[] parts = audience.split(":", 2);
        if (parts[0].equals("enterprise")) {
            return identities.emailsOf("creditCode", parts[1], Optional.empty());
        }
        long now = System.nanoTime();
        return unitAddresses.compute(audience, (unit, known) -> known != null && now - known.lookedUpAt() < UNIT_ADDRESSES_KEPT_NANOS
                ? known
                : new UnitAddresses(identities.emailsOf("regionCode", parts[1], Optional.of(parts[0])), now)).emails();
    }
}
