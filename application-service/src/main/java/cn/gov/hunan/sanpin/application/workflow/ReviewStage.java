package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.application.application.Application;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.contract.application.model.ReviewRoute;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The levels an application passes after submission (DOMAIN.md §4) and what each may decide. The county level is
 * also the 省财政直管县's bureau, which recommends straight to the province instead of forwarding to the city.
 */
public enum ReviewStage {
    COUNTY(Roles.COUNTY_OFFICER), CITY(Roles.CITY_OFFICER), PROVINCE(Roles.PROVINCE_OFFICER);

    public static final String PROVINCE_REGION = "430000";

    private final String role;

    ReviewStage(String role) {
        this.role = role;
    }

    /** The level whose turn it is, if any: submitted ones wait at the county, forwarded ones at the city. */
    public static Optional<ReviewStage> of(Application a) {
        return waitingIn(a.status);
    }

    /** The level an application in that status waits at, if any. */
    public static Optional<ReviewStage> waitingIn(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> Optional.of(COUNTY);
            case CITY_REVIEW -> Optional.of(CITY);
            case RECOMMENDED -> Optional.of(PROVINCE);
            default -> Optional.empty();
        };
    }

    /** The status an application waits in at this level. */
    public ApplicationStatus waitingStatus() {
        return switch (this) {
            case COUNTY -> ApplicationStatus.SUBMITTED;
            case CITY -> ApplicationStatus.CITY_REVIEW;
            case PROVINCE -> ApplicationStatus.RECOMMENDED;
        };
    }

    /** Whether the actor is the unit of this level for the application: its role, and its region where it waits. */
    public boolean isActingUnit(Actor actor, Application a) {
        return actor.hasRole(role) && (this == PROVINCE || actor.regionCode().filter(a.reviewingRegion::equals).isPresent());
    }

    /** Whether this level recommends to the province on that route: the city, or the county of a 直管县. */
    public boolean recommends(String route) {
        return allowedDecisions(route).contains(DecisionKind.RECOMMEND);
    }

    /** The role that acts at this level, as stored in notifications' audiences. */
    public String role() {
        return role;
    }

    /** What this level may decide on an application of that route. */
    public Set<DecisionKind> allowedDecisions(String route) {
        return switch (this) {
            case COUNTY -> ReviewRoute.COUNTY_PROVINCE.toString().equals(route)
                    ? EnumSet.of(DecisionKind.RECOMMEND, DecisionKind.RETURN, DecisionKind.NOT_RECOMMEND)
                    : EnumSet.of(DecisionKind.FORWARD, DecisionKind.RETURN, DecisionKind.NOT_RECOMMEND);
            case CITY -> EnumSet.of(DecisionKind.RECOMMEND, DecisionKind.RETURN, DecisionKind.NOT_RECOMMEND);
            case PROVINCE -> EnumSet.of(DecisionKind.PASS, DecisionKind.FAIL, DecisionKind.RETURN);
        };
    }
}
