package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Every application status change the procedure allows (DOMAIN.md §4), written out once more as the policy reads,
 * and {@link ApplicationLifecycle} tried on every status with every role: it makes exactly these moves.
 */
class TransitionTableTest {

    /** from → (transition → to), as the policy's 二.3–二.4 and the issue-12 return rule read. */
    static final Map<String, String> POLICY = new TreeMap<>(Map.ofEntries(
            Map.entry("DRAFT SUBMIT", "SUBMITTED"),
            Map.entry("DRAFT WITHDRAW", "WITHDRAWN"),
            Map.entry("SUBMITTED FORWARD", "CITY_REVIEW"),
            Map.entry("SUBMITTED RECOMMEND", "RECOMMENDED"),
            Map.entry("SUBMITTED RETURN", "RETURNED"),
            Map.entry("SUBMITTED NOT_RECOMMEND", "NOT_RECOMMENDED"),
            Map.entry("SUBMITTED WITHDRAW", "WITHDRAWN"),
            Map.entry("CITY_REVIEW RECOMMEND", "RECOMMENDED"),
            Map.entry("CITY_REVIEW RETURN", "RETURNED"),
            Map.entry("CITY_REVIEW NOT_RECOMMEND", "NOT_RECOMMENDED"),
            Map.entry("CITY_REVIEW WITHDRAW", "WITHDRAWN"),
            Map.entry("RECOMMENDED RETURN", "RETURNED"),
            Map.entry("RECOMMENDED PASS_PRELIMINARY", "PRELIMINARY_PASSED"),
            Map.entry("RECOMMENDED FAIL_PRELIMINARY", "PRELIMINARY_FAILED"),
            Map.entry("RETURNED RESUBMIT_TO_COUNTY", "SUBMITTED"),
            Map.entry("RETURNED RESUBMIT_TO_CITY", "CITY_REVIEW"),
            Map.entry("RETURNED RESUBMIT_TO_PROVINCE", "RECOMMENDED"),
            Map.entry("RETURNED WITHDRAW", "WITHDRAWN")));

    static final List<String> ALL_ROLES = List.of(Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER,
            Roles.EXPERT, Roles.SYSADMIN);

    @Test
    void theLifecycleMakesExactlyThePolicysMovesAndNoOthers() {
        List<ApplicationLifecycle.StatusChanged> fired = new ArrayList<>();
        ApplicationLifecycle lifecycle = new ApplicationLifecycle();
        lifecycle.changes = recording(fired);
        lifecycle.clock = Clock.fixed(Instant.parse("2025-09-10T02:00:00Z"), ZoneOffset.UTC);

        Map<String, String> made = new TreeMap<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (Transition transition : Transition.values()) {
                Application a = new Application();
                a.status = status;
                a.reviewingRegion = "430104";
                Actor anyone = actor(ALL_ROLES);
                if (transition.startsFrom(status)) {
                    lifecycle.move(anyone, a, transition, "430100");
                    made.put(status + " " + transition, a.status.toString());
                    assertEquals("430100", a.reviewingRegion);
                    assertEquals(new ApplicationLifecycle.StatusChanged(anyone, a, status, transition), fired.getLast());
                } else {
                    ProblemException refused = assertThrows(ProblemException.class, () -> lifecycle.move(anyone, a, transition, "430100"));
                    assertEquals(409, refused.status());
                    assertEquals(status, a.status, "a refused move changes nothing");
                    assertEquals("430104", a.reviewingRegion);
                }
            }
        }
        assertEquals(POLICY, made);
    }

    @Test
    void eachMoveIsMadeOnlyByTheRolesTheProcedureGivesIt() {
        Map<Transition, Set<String>> expected = Map.ofEntries(
                Map.entry(Transition.SUBMIT, Set.of(Roles.ENTERPRISE)),
                Map.entry(Transition.RESUBMIT_TO_COUNTY, Set.of(Roles.ENTERPRISE)),
                Map.entry(Transition.RESUBMIT_TO_CITY, Set.of(Roles.ENTERPRISE)),
                Map.entry(Transition.RESUBMIT_TO_PROVINCE, Set.of(Roles.ENTERPRISE)),
                Map.entry(Transition.WITHDRAW, Set.of(Roles.ENTERPRISE)),
                Map.entry(Transition.FORWARD, Set.of(Roles.COUNTY_OFFICER)),
                Map.entry(Transition.RECOMMEND, Set.of(Roles.COUNTY_OFFICER, Roles.CITY_OFFICER)),
                Map.entry(Transition.RETURN, Set.of(Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER)),
                Map.entry(Transition.NOT_RECOMMEND, Set.of(Roles.COUNTY_OFFICER, Roles.CITY_OFFICER)),
                Map.entry(Transition.PASS_PRELIMINARY, Set.of(Roles.PROVINCE_OFFICER)),
                Map.entry(Transition.FAIL_PRELIMINARY, Set.of(Roles.PROVINCE_OFFICER)));
        ApplicationLifecycle lifecycle = new ApplicationLifecycle();
        lifecycle.changes = recording(new ArrayList<>());
        lifecycle.clock = Clock.systemUTC();
        for (Transition transition : Transition.values()) {
            for (String role : ALL_ROLES) {
                Application a = new Application();
                a.status = transition.from().iterator().next();
                if (expected.get(transition).contains(role)) {
                    lifecycle.move(actor(List.of(role)), a, transition, null);
                    assertEquals(transition.to(), a.status);
                } else {
                    ProblemException refused = assertThrows(ProblemException.class, () -> lifecycle.move(actor(List.of(role)), a, transition, null));
                    assertEquals(403, refused.status(), transition + " by " + role);
                }
            }
        }
    }

    @Test
    void aResubmissionGoesBackToWhereTheApplicationWasReturnedFrom() {
        assertEquals(Transition.RESUBMIT_TO_COUNTY, Transition.resubmissionTo(ApplicationStatus.SUBMITTED));
        assertEquals(Transition.RESUBMIT_TO_CITY, Transition.resubmissionTo(ApplicationStatus.CITY_REVIEW));
        assertEquals(Transition.RESUBMIT_TO_PROVINCE, Transition.resubmissionTo(ApplicationStatus.RECOMMENDED));
        for (ApplicationStatus status : EnumSet.complementOf(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CITY_REVIEW,
                ApplicationStatus.RECOMMENDED))) {
            assertThrows(IllegalArgumentException.class, () -> Transition.resubmissionTo(status), status.toString());
        }
        Application a = new Application();
        a.returned(ApplicationStatus.CITY_REVIEW, "430100", java.time.LocalDate.of(2025, 11, 19));
        a.resubmitted();
        assertNull(a.returnedFrom);
        assertNull(a.resubmitDueOn);
    }

    private static Actor actor(List<String> roles) {
        return new Actor("officer", "办理人", Set.copyOf(roles), Optional.of("某单位"), Optional.of("430104"), Optional.empty());
    }

    /** The CDI event, reduced to what the lifecycle uses: fire, recorded. */
    private static Event<ApplicationLifecycle.StatusChanged> recording(List<ApplicationLifecycle.StatusChanged> fired) {
        return new Event<>() {
            @Override
            public void fire(ApplicationLifecycle.StatusChanged event) {
                fired.add(event);
            }

            @Override
            public <U extends ApplicationLifecycle.StatusChanged> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends ApplicationLifecycle.StatusChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<ApplicationLifecycle.StatusChanged> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends ApplicationLifecycle.StatusChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends ApplicationLifecycle.StatusChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
