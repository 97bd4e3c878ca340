package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.Resubmission;
import cn.gov.hunan.sanpin.contract.application.model.ReviewTurn;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an application stands in review, as the review workflow knows it. Applications are shown and listed with
 * it, but the rules are the workflow's: this is how the application feature asks without depending on it.
 */
public interface ReviewProgress {

    /** The deadline of the level an application waits at, and the working days left (negative once passed). */
    record Deadline(LocalDate dueOn, int workingDaysLeft) {
    }

    /** The deadline of the level it waits at, if it waits at one. */
    Optional<Deadline> deadline(Application a);

    /** The viewer's turn on the application: its level, what it may decide and by when; empty when not theirs. */
    Optional<ReviewTurn> turnOf(Actor viewer, Application a);

    /** Where a returned application's resubmission goes and by when; empty unless it is returned. */
    Optional<Resubmission> resubmissionOf(Application a);

    /** The caller's inbox as a list condition, when the list asks for it ({@code awaitingMe}). */
    Optional<ApplicationService.Condition> inboxIf(Actor actor, Boolean awaitingMe);
}
