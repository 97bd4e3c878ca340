package cn.gov.hunan.sanpin.application.application;

import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.CITY_REVIEW;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.DRAFT;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.NOT_RECOMMENDED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.PRELIMINARY_FAILED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.PRELIMINARY_PASSED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.RECOMMENDED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.RETURNED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.SUBMITTED;
import static cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus.WITHDRAWN;

import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every way an application's status may change (DOMAIN.md §4), with the statuses it starts from, the status it
 * ends in and the roles that may make it. {@link ApplicationLifecycle} is the only place that changes a status,
 * and only along a row of this table.
 */
public enum Transition {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Roles.ENTERPRISE),
    /** A corrected application goes back to the level that returned it. */
    RESUBMIT_TO_COUNTY(EnumSet.of(RETURNED), SUBMITTED, Roles.ENTERPRISE),
    RESUBMIT_TO_CITY(EnumSet.of(RETURNED), CITY_REVIEW, Roles.ENTERPRISE),
    RESUBMIT_TO_PROVINCE(EnumSet.of(RETURNED), RECOMMENDED, Roles.ENTERPRISE),
    /** Until the province has it, or while it is back with the enterprise for correction. */
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, CITY_REVIEW, RETURNED), WITHDRAWN, Roles.ENTERPRISE),
    FORWARD(EnumSet.of(SUBMITTED), CITY_REVIEW, Roles.COUNTY_OFFICER),
    /** Made by the stamped letter of a 市州 or of a 省财政直管县's bureau. */
    RECOMMEND(EnumSet.of(SUBMITTED, CITY_REVIEW), RECOMMENDED, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER),
    RETURN(EnumSet.of(SUBMITTED, CITY_REVIEW, RECOMMENDED), RETURNED, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER),
    NOT_RECOMMEND(EnumSet.of(SUBMITTED, CITY_REVIEW), NOT_RECOMMENDED, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER),
    PASS_PRELIMINARY(EnumSet.of(RECOMMENDED), PRELIMINARY_PASSED, Roles.PROVINCE_OFFICER),
    FAIL_PRELIMINARY(EnumSet.of(RECOMMENDED), PRELIMINARY_FAILED, Roles.PROVINCE_OFFICER);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final Set<String> roles;

    Transition(Set<ApplicationStatus> from, ApplicationStatus to, String... roles) {
        this.from = from;
        this.to = to;
        this.roles = Set.of(roles);
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether this change may be made now to an application in that status. */
    public boolean startsFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The resubmission that takes a returned application back to the status it was returned from. */
    public static Transition resubmissionTo(ApplicationStatus returnedFrom) {
        for (Transition t : EnumSet.of(RESUBMIT_TO_COUNTY, RESUBMIT_TO_CITY, RESUBMIT_TO_PROVINCE)) {
            if (t.to == returnedFrom) {
                return t;
            }
        }
        throw new IllegalArgumentException("nothing is returned from " + returnedFrom);
    }
}
