package cn.gov.hunan.sanpin.application.notification;

import cn.gov.hunan.sanpin.common.outbox.Outbox;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells the next actor and the enterprise what happened: an in-app notification, and an e-mail through the outbox
 * (delivered after the change commits, retried while the mail server is away).
 */
@ApplicationScoped
public class NotificationService {

    public static final String MAIL = "mail";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public record Page(List<Notification> items, long totalElements, long unread) {
    }

    /** An e-mail to whoever the audience is; {@link MailDestination} resolves the addresses when it sends. */
    public record Mail(String audience, String subject, String body) {
    }

    public static String enterprise(String creditCode) {
        return "enterprise:" + creditCode;
    }

    public static String unit(String role, String regionCode) {
        return role + ":" + regionCode;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(String audience, String kind, UUID applicationId, String title, String body) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.audience = audience;
        n.kind = kind;
        n.title = title;
        n.body = body;
        n.applicationId = applicationId;
        n.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        n.persist();
        outbox.enqueue(MAIL, kind, n.id, new Mail(audience, "【三品标杆】" + title, body));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page mine(Actor actor, boolean unreadOnly, PageRequest page) {
        Optional<String> audience = audienceOf(actor);
        if (audience.isEmpty()) {
            return new Page(List.of(), 0, 0);
        }
        String where = "audience = :audience" + (unreadOnly ? " and readAt is null" : "");
        var query = Notification.<Notification>find(where, Sort.descending("createdAt"), Map.of("audience", audience.get()));
        long unread = Notification.count("audience = ?1 and readAt is null", audience.get());
        return new Page(query.page(page.panachePage()).list(), query.count(), unread);
    }

    @Transactional
    public void markRead(Actor actor, UUID id) {
        Notification n = Notification.<Notification>find("id = ?1 and audience = ?2", id, audienceOf(actor).orElse(""))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notification-unknown", id));
        if (n.readAt == null) {
            n.readAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The inbox a user reads: its enterprise's, or its unit's for the role it acts in. */
    static Optional<String> audienceOf(Actor actor) {
        if (actor.hasRole(Roles.ENTERPRISE)) {
            return actor.creditCode().map(NotificationService::enterprise);
        }
        for (String role : List.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER)) {
            if (actor.hasRole(role)) {
                return Optional.of(unit(role, role.equals(Roles.PROVINCE_OFFICER) ? "430000" : actor.regionCode().orElse("")));
            }
        }
        return Optional.empty();
    }
}
