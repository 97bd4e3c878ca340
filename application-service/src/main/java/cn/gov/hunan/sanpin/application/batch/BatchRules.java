package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.calendar.WorkingDayCalendar;
import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationCap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a batch's parameters must meet (DOMAIN.md §1), each broken rule reported against its field so the
 * province officer sees all of them at once.
 */
@ApplicationScoped
public class BatchRules {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ReferenceService references;

    @Inject
    Clock clock;

    /** Problems with a draft (new when {@code self} is null, else a change to that batch). */
    public List<FieldProblem> check(BatchDraft draft, Optional<PolicyEdition> edition, UUID self) {
        List<FieldProblem> problems = new ArrayList<>();
        PhaseSchedule s = draft.getSchedule();
        LocalDate today = LocalDate.now(clock);

        if (edition.isEmpty()) {
            problems.add(new FieldProblem("editionId", "edition-unknown"));
        } else {
            PolicyEdition e = edition.get();
            if (today.isAfter(e.expiresOn)) {
                problems.add(new FieldProblem("editionId", "edition-expired", e.documentNumber, e.expiresOn.toString()));
            } else if (!e.isValidOn(s.getApplicationOpensOn()) || !e.isValidOn(s.getApplicationClosesOn())) {
                problems.add(new FieldProblem("schedule.applicationClosesOn", "window-outside-edition",
                        e.effectiveFrom.toString(), e.expiresOn.toString()));
            }
            if (draft.getQuota() > e.annualQuota) {
                problems.add(new FieldProblem("quota", "quota-exceeds-edition", e.annualQuota));
            }
        }
        if (s.getApplicationOpensOn().getYear() != draft.getYear()) {
            problems.add(new FieldProblem("schedule.applicationOpensOn", "window-not-in-year", draft.getYear()));
        }
        checkPhaseOrder(s, problems);
        checkWorkingDays(s, problems);
        checkCaps(draft, problems);
        if (problems.isEmpty() && overlapsAnotherBatch(s, self)) {
            problems.add(new FieldProblem("schedule.applicationOpensOn", "window-overlaps-batch"));
        }
        return problems;
    }

    /** Problems that keep a draft from opening today. */
    public List<FieldProblem> checkOpening(Batch batch) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (today.isAfter(batch.edition.expiresOn)) {
            problems.add(new FieldProblem("editionId", "edition-expired", batch.edition.documentNumber, batch.edition.expiresOn.toString()));
        }
        if (today.isAfter(batch.applicationClosesOn)) {
            problems.add(new FieldProblem("schedule.applicationClosesOn", "window-passed", batch.applicationClosesOn.toString()));
        }
        return problems;
    }

    private static void checkPhaseOrder(PhaseSchedule s, List<FieldProblem> problems) {
        if (s.getApplicationClosesOn().isBefore(s.getApplicationOpensOn())) {
            problems.add(new FieldProblem("schedule.applicationClosesOn", "phase-out-of-order", "applicationOpensOn"));
        }
        requireAfter(s.getRecommendationDueOn(), s.getApplicationClosesOn(), "schedule.recommendationDueOn", "applicationClosesOn", problems);
        requireAfter(s.getPreliminaryReviewDueOn(), s.getRecommendationDueOn(), "schedule.preliminaryReviewDueOn", "recommendationDueOn", problems);
        requireAfter(s.getExpertReviewDueOn(), s.getPreliminaryReviewDueOn(), "schedule.expertReviewDueOn", "preliminaryReviewDueOn", problems);
    }

    private static void requireAfter(LocalDate later, LocalDate earlier, String field, String earlierName, List<FieldProblem> problems) {
        if (!later.isAfter(earlier)) {
            problems.add(new FieldProblem(field, "phase-out-of-order", earlierName));
        }
    }

    /** A deadline on a holiday or weekend cannot be met by an office; the notices always set working days. */
    private void checkWorkingDays(PhaseSchedule s, List<FieldProblem> problems) {
        record Deadline(String field, LocalDate day) {
        }
        for (Deadline d : List.of(new Deadline("schedule.applicationClosesOn", s.getApplicationClosesOn()),
                new Deadline("schedule.recommendationDueOn", s.getRecommendationDueOn()),
                new Deadline("schedule.preliminaryReviewDueOn", s.getPreliminaryReviewDueOn()),
                new Deadline("schedule.expertReviewDueOn", s.getExpertReviewDueOn()))) {
            if (!calendar.isLoaded(d.day().getYear())) {
                problems.add(new FieldProblem(d.field(), "calendar-year-missing", String.valueOf(d.day().getYear())));
            } else if (!calendar.isWorkingDay(d.day())) {
                problems.add(new FieldProblem(d.field(), "not-a-working-day", d.day().toString()));
            }
        }
    }

    private void checkCaps(BatchDraft draft, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.getRecommendationCaps().size(); i++) {
            RecommendationCap cap = draft.getRecommendationCaps().get(i);
            String field = "recommendationCaps[" + i + "]";
            if (cap.getMaxRecommendations() > draft.getQuota()) {
                problems.add(new FieldProblem(field + ".maxRecommendations", "cap-exceeds-quota", cap.getMaxRecommendations(), draft.getQuota()));
            }
            if (cap.getCityCode() != null && references.region(cap.getCityCode()).filter(r -> r.isCity()).isEmpty()) {
                problems.add(new FieldProblem(field + ".cityCode", "cap-city-unknown", cap.getCityCode()));
            }
            if (!seen.add(cap.getUnitKind() + "/" + cap.getCityCode())) {
                problems.add(new FieldProblem(field, "cap-duplicate"));
            }
        }
    }

    private static boolean overlapsAnotherBatch(PhaseSchedule s, UUID self) {
        return Batch.count("applicationOpensOn <= ?1 and applicationClosesOn >= ?2 and id <> ?3",
                s.getApplicationClosesOn(), s.getApplicationOpensOn(), self == null ? new UUID(0, 0) : self) > 0;
    }
}
