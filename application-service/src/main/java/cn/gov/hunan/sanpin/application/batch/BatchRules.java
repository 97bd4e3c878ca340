package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.calendar.WorkingDayCalendar;
import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineChange;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationCap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        if (problems.isEmpty() && overlapsAnotherBatch(s.getApplicationOpensOn(), s.getApplicationClosesOn(), self)) {
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

    /**
     * Problems with moving a published batch's deadlines: each only later, before it has passed, onto a working day;
     * the application window still inside the edition and clear of other batches; the phases still in order. A
     * CLOSED batch takes no applications, so its application deadline no longer moves.
     */
    public List<FieldProblem> checkExtension(Batch batch, List<DeadlineChange> changes) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Map<Batch.Phase, Integer> changed = new EnumMap<>(Batch.Phase.class);
        Map<Batch.Phase, LocalDate> proposed = new EnumMap<>(Batch.Phase.class);
        for (Batch.Phase phase : Batch.Phase.values()) {
            proposed.put(phase, batch.dueOn(phase));
        }
        for (int i = 0; i < changes.size(); i++) {
            Batch.Phase phase = Batch.Phase.valueOf(changes.get(i).getPhase().name());
            LocalDate current = batch.dueOn(phase);
            LocalDate dueOn = changes.get(i).getDueOn();
            String field = "deadlines[" + i + "]";
            if (changed.putIfAbsent(phase, i) != null) {
                problems.add(new FieldProblem(field + ".phase", "deadline-duplicate"));
            } else if (phase == Batch.Phase.APPLICATION && batch.status == Batch.Status.CLOSED) {
                problems.add(new FieldProblem(field + ".phase", "intake-closed"));
            } else if (today.isAfter(current)) {
                problems.add(new FieldProblem(field + ".phase", "deadline-passed", current.toString()));
            } else if (!dueOn.isAfter(current)) {
                problems.add(new FieldProblem(field + ".dueOn", "deadline-not-later", current.toString()));
            } else {
                workingDayProblem(field + ".dueOn", dueOn).ifPresent(problems::add);
                if (phase == Batch.Phase.APPLICATION) {
                    if (!batch.edition.isValidOn(dueOn)) {
                        problems.add(new FieldProblem(field + ".dueOn", "window-outside-edition",
                                batch.edition.effectiveFrom.toString(), batch.edition.expiresOn.toString()));
                    } else if (overlapsAnotherBatch(batch.applicationOpensOn, dueOn, batch.id)) {
                        problems.add(new FieldProblem(field + ".dueOn", "window-overlaps-batch"));
                    }
                }
                proposed.put(phase, dueOn);
            }
        }
        // Deadlines only move later, so a pair falls out of order only when its earlier phase moved past the later one.
        Batch.Phase[] phases = Batch.Phase.values();
        for (int k = 0; k + 1 < phases.length; k++) {
            LocalDate next = proposed.get(phases[k + 1]);
            if (!next.isAfter(proposed.get(phases[k]))) {
                problems.add(new FieldProblem("deadlines[" + changed.get(phases[k]) + "].dueOn", "deadline-after-next-phase", next.toString()));
            }
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
            workingDayProblem(d.field(), d.day()).ifPresent(problems::add);
        }
    }

    private Optional<FieldProblem> workingDayProblem(String field, LocalDate day) {
        if (!calendar.isLoaded(day.getYear())) {
            return Optional.of(new FieldProblem(field, "calendar-year-missing", String.valueOf(day.getYear())));
        }
        if (!calendar.isWorkingDay(day)) {
            return Optional.of(new FieldProblem(field, "not-a-working-day", day.toString()));
        }
        return Optional.empty();
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

    private static boolean overlapsAnotherBatch(LocalDate opensOn, LocalDate closesOn, UUID self) {
        return Batch.count("applicationOpensOn <= ?1 and applicationClosesOn >= ?2 and id <> ?3",
                closesOn, opensOn, self == null ? new UUID(0, 0) : self) > 0;
    }
}
