package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The one place an application's status changes, along a row of {@link Transition}. Other features hear of each
 * change through {@link StatusChanged}, in the same transaction, instead of being called from here.
 */
@ApplicationScoped
public class ApplicationLifecycle {

    /** An application moved; observers act in the mover's transaction, so a failure undoes the move. */
    public record StatusChanged(Actor actor, Application application, ApplicationStatus from, Transition transition) {
    }

    @Inject
    Event<StatusChanged> changes;

    @Inject
    Clock clock;

    /**
     * Moves the application and names the unit whose turn it is next ({@code null} when it waits for nobody).
     * Refused with 409 when the application is not in a status the transition starts from, and with 403 when the
     * caller's role may not make it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Actor actor, Application a, Transition transition, String reviewingRegion) {
        if (!transition.startsFrom(a.status)) {
            throw ProblemException.conflict("application-transition-not-allowed", a.status, transition);
        }
        if (transition.roles().stream().noneMatch(actor::hasRole)) {
            throw ProblemException.forbidden("application-transition-forbidden", transition);
        }
        ApplicationStatus from = a.status;
        a.status = transition.to();
        a.reviewingRegion = reviewingRegion;
        a.updated = Stamp.of(actor, clock.instant()); // every move changes the version: a racing one is stale
        changes.fire(new StatusChanged(actor, a, from, transition));
    }
}
