package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.application.application.Application;
import cn.gov.hunan.sanpin.application.application.ApplicationLifecycle;
import cn.gov.hunan.sanpin.application.application.ApplicationService;
import cn.gov.hunan.sanpin.application.application.ReviewProgress;
import cn.gov.hunan.sanpin.application.application.Transition;
import cn.gov.hunan.sanpin.application.calendar.WorkingDayCalendar;
import cn.gov.hunan.sanpin.application.evidence.Evidence;
import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.notification.NotificationService;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationEntry;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter;
import cn.gov.hunan.sanpin.application.recommendation.RecordedChecks;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationList;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationService;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.reference.Region;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.outbox.Outbox;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ClaimCheckDraft;
import cn.gov.hunan.sanpin.contract.application.model.ClaimVerdict;
import cn.gov.hunan.sanpin.contract.application.model.DecisionDraft;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import cn.gov.hunan.sanpin.contract.application.model.Resubmission;
import cn.gov.hunan.sanpin.contract.application.model.ReviewTurn;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The procedure from submission to the gate of expert review (DOMAIN.md §4): each level checks the claims and
 * decides, on the version it read and before its phase deadline; the province's pass hands the application to
 * review-service through the outbox, in the same transaction.
 */
@ApplicationScoped
public class WorkflowService implements ReviewProgress, RecordedChecks {

    public static final String REVIEW_SERVICE = "review-service";

    @Inject
    ReservePool reservePool;

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    RecommendationService recommendations;

    @Inject
    NotificationService notifications;

    @Inject
    ReferenceService references;

    @Inject
    EvidenceService evidence;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Where an application waits and until when. */
    record Waiting(ReviewStage stage, LocalDate dueOn, int workingDaysLeft) {
    }

    /** The deadline of the level it waits at, if it waits at one. */
    private Optional<Waiting> waiting(Application a) {
        return ReviewStage.of(a).map(stage -> {
            LocalDate due = dueOn(stage, a);
            return new Waiting(stage, due, calendar.workingDaysBetween(today(), due));
        });
    }

    @Override
    public Optional<Deadline> deadline(Application a) {
        return waiting(a).map(w -> new Deadline(w.dueOn(), w.workingDaysLeft()));
    }

    /**
     * Whether the caller's unit is to decide on the application now (the same rule {@link #decide} enforces, so a
     * screen offers exactly what would be accepted): its level and region, and no decision of its own pending.
     */
    @Override
    public Optional<ReviewTurn> turnOf(Actor viewer, Application a) {
        return waiting(a).filter(w -> w.stage().isActingUnit(viewer, a) && recommendations.pendingEntryOf(a).isEmpty())
                .map(w -> new ReviewTurn().stage(apiStage(w.stage())).decisions(List.copyOf(w.stage().allowedDecisions(a.route)))
                        .dueOn(w.dueOn()).workingDaysLeft(w.workingDaysLeft()));
    }

    @Override
    public Optional<Resubmission> resubmissionOf(Application a) {
        if (a.status != ApplicationStatus.RETURNED || a.returnedFrom == null) {
            return Optional.empty();
        }
        return ReviewStage.waitingIn(a.returnedFrom).map(stage -> new Resubmission().stage(apiStage(stage))
                .reviewingRegion(a.returnedRegion).dueOn(a.resubmitDueOn));
    }

    /**
     * The caller's inbox as a list condition: what waits at its level, in its unit, and is not yet decided there
     * (a recommendation waiting for its letter is decided). Nothing for anyone who decides nothing.
     */
    public ApplicationService.Condition inbox(Actor actor) {
        for (ReviewStage stage : List.of(ReviewStage.PROVINCE, ReviewStage.CITY, ReviewStage.COUNTY)) {
            if (actor.hasRole(stage.role())) {
                Map<String, Object> parameters = new java.util.HashMap<>(Map.of("waiting", stage.waitingStatus(),
                        "draftList", RecommendationList.Status.DRAFT));
                String jpql = "a.status = :waiting and not exists (select 1 from RecommendationEntry e where e.application = a"
                        + " and e.list.status = :draftList)";
                if (stage != ReviewStage.PROVINCE) {
                    jpql += " and a.reviewingRegion = :unit";
                    parameters.put("unit", actor.regionCode().orElse(""));
                }
                return new ApplicationService.Condition(jpql, parameters);
            }
        }
        return new ApplicationService.Condition("false", Map.of());
    }

    @Override
    public Optional<ApplicationService.Condition> inboxIf(Actor actor, Boolean awaitingMe) {
        return Boolean.TRUE.equals(awaitingMe) ? Optional.of(inbox(actor)) : Optional.empty();
    }

    @Transactional
    public List<ClaimCheck> saveChecks(Actor actor, UUID id, List<ClaimCheckDraft> drafts) {
        Application a = applications.inScope(actor, id);
        ReviewStage stage = actingStage(actor, a);
        requireBeforeDeadline(stage, a);
        Set<String> claimed = ClaimItems.of(a.content);
        List<FieldProblem> invalid = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ClaimCheckDraft draft = drafts.get(i);
            if (!claimed.contains(draft.getItem())) {
                invalid.add(new FieldProblem("[" + i + "].item", "claim-item-not-claimed", draft.getItem()));
            } else if (draft.getVerdict() != ClaimVerdict.ACCEPTED && (draft.getComment() == null || draft.getComment().isBlank())) {
                invalid.add(new FieldProblem("[" + i + "].comment", "claim-needs-comment", draft.getItem()));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable("claim-checks-invalid", invalid);
        }
        for (ClaimCheckDraft draft : drafts) {
            ClaimCheck.Key key = new ClaimCheck.Key(a.id, stage, draft.getItem());
            ClaimCheck check = ClaimCheck.<ClaimCheck>findByIdOptional(key).orElseGet(() -> {
                ClaimCheck fresh = new ClaimCheck();
                fresh.key = key;
                return fresh;
            });
            check.verdict = ClaimCheck.Verdict.valueOf(draft.getVerdict().toString());
            check.comment = draft.getComment();
            check.checked = Stamp.of(actor, clock.instant());
            check.persist();
        }
        audit.record(actor, ApplicationService.APPLICATION, a.id, "CLAIMS_CHECKED", null, Map.of("stage", stage.name(),
                "verdicts", drafts.stream().map(d -> d.getItem() + "=" + d.getVerdict()).toList()));
        return checks(actor, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimCheck> checks(Actor actor, UUID id) {
        UUID applicationId = applications.inScope(actor, id).id;
        return ClaimCheck.list("key.applicationId = ?1 order by key.stage, key.item", applicationId);
    }

    /** What the recommending unit recorded, claim by claim: a city's check at the city level, a 直管县's at the county's. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationLetter.RecordedCheck> recordedBy(RecommendingUnitKind unit, Application a) {
        ReviewStage stage = unit == RecommendingUnitKind.CITY ? ReviewStage.CITY : ReviewStage.COUNTY;
        return ClaimCheck.<ClaimCheck>list("key.applicationId = ?1 and key.stage = ?2 order by key.item", a.id, stage).stream()
                .map(c -> new RecommendationLetter.RecordedCheck(c.key.item(), RecommendationLetter.Verdict.valueOf(c.verdict.name()), c.comment))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Decision> decisions(Actor actor, UUID id) {
        return Decision.list("applicationId", Sort.by("decided.at"), applications.inScope(actor, id).id);
    }

    /**
     * Decides for the caller's level. Refused with 409 when it is not the caller's turn, a decision on this step
     * exists (a recommendation waiting for its letter counts), the version read is stale, or the deadline passed.
     */
    @Transactional
    public Application decide(Actor actor, UUID id, DecisionDraft draft) {
        Application a = applications.inScopeForUpdate(actor, id); // a racing decision waits, then finds its version stale
        ReviewStage stage = actingStage(actor, a);
        if (a.version != draft.getVersion()) {
            throw new OptimisticLockException();
        }
        if (recommendations.pendingEntryOf(a).isPresent()) {
            throw ProblemException.conflict("decision-exists");
        }
        requireBeforeDeadline(stage, a);
        DecisionKind kind = draft.getKind();
        if (!stage.allowedDecisions(a.route).contains(kind)) {
            throw ProblemException.unprocessable("decision-not-allowed", List.of(new FieldProblem("kind", "decision-not-allowed", kind.toString())));
        }
        List<UUID> attachments = requireReviewAttachments(a, draft.getAttachmentIds());

        String enterprise = NotificationService.enterprise(a.creditCode);
        switch (kind) {
            case FORWARD -> {
                String city = references.region(a.regionCode).map(r -> r.parentCode).orElseThrow();
                lifecycle.move(actor, a, Transition.FORWARD, city);
                notifications.notify(NotificationService.unit(ReviewStage.CITY.role(), city), "APPLICATION_FORWARDED", a.id,
                        "待审申报：" + a.enterpriseName, unitOf(actor) + "审核通过后报送，请于" + dueOn(ReviewStage.CITY, a) + "前完成审查推荐。");
                notifications.notify(enterprise, "APPLICATION_FORWARDED", a.id, "申报已报送市州审查", unitOf(actor) + "已审核通过您的申报并报送市州工信局。");
            }
            case RECOMMEND -> {
                requireRecordedChecks(a, stage);
                recommendations.add(actor, recommendations.unitOf(actor), a, draft.getOpinion());
                a.updated = Stamp.of(actor, clock.instant()); // the decision moves the version on: a racing one is stale
            }
            case RETURN -> {
                LocalDate resubmitBy = calendar.addWorkingDays(today(), a.batch.resubmissionWorkingDays);
                a.returned(a.status, a.reviewingRegion, resubmitBy);
                lifecycle.move(actor, a, Transition.RETURN, null);
                notifications.notify(enterprise, "APPLICATION_RETURNED", a.id, "申报被退回补正", unitOf(actor) + "退回了您的申报，请按意见补正后于"
                        + resubmitBy + "前重新提交，重新提交后由" + unitOf(actor) + "继续审查：" + draft.getOpinion());
            }
            case NOT_RECOMMEND -> {
                lifecycle.move(actor, a, Transition.NOT_RECOMMEND, null);
                notifications.notify(enterprise, "APPLICATION_NOT_RECOMMENDED", a.id, "申报未获推荐", unitOf(actor) + "决定不予推荐：" + draft.getOpinion());
                if (stage == ReviewStage.COUNTY && !stage.recommends(a.route)) { // the city answers for its counties' recommendations
                    String city = references.region(a.regionCode).map(r -> r.parentCode).orElseThrow();
                    notifications.notify(NotificationService.unit(ReviewStage.CITY.role(), city), "APPLICATION_NOT_RECOMMENDED_BY_COUNTY", a.id,
                            unitOf(actor) + "不予推荐：" + a.enterpriseName, "意见：" + draft.getOpinion());
                }
            }
            case PASS -> {
                lifecycle.move(actor, a, Transition.PASS_PRELIMINARY, null);
                outbox.enqueue(REVIEW_SERVICE, "APPLICATION_PASSED_PRELIMINARY", a.id, handOver(actor, a, draft.getOpinion()));
                notifications.notify(enterprise, "APPLICATION_PRELIMINARY_PASSED", a.id, "申报通过省级初审", "您的申报已通过省工信厅初审，进入专家评审。");
            }
            case FAIL -> {
                lifecycle.move(actor, a, Transition.FAIL_PRELIMINARY, null);
                notifications.notify(enterprise, "APPLICATION_PRELIMINARY_FAILED", a.id, "申报未通过省级初审", "初审意见：" + draft.getOpinion());
            }
        }

        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.applicationId = a.id;
        decision.stage = stage;
        decision.kind = kind;
        decision.opinion = draft.getOpinion();
        decision.attachmentIds = attachments;
        decision.decided = Stamp.of(actor, clock.instant());
        decision.persist();
        Map<String, Object> details = new java.util.HashMap<>(Map.of("stage", stage.name(), "status", a.status.toString(),
                "attachments", attachments.stream().map(UUID::toString).toList()));
        if (a.resubmitDueOn != null) {
            details.put("resubmitDueOn", a.resubmitDueOn.toString());
        }
        audit.record(actor, ApplicationService.APPLICATION, a.id, "DECISION_" + kind, draft.getOpinion(), details);
        return a;
    }

    /**
     * The recommending unit's 真实性、完整性审查 must be on record before it recommends: a verdict on every basic
     * condition and every claimed special work, none 不属实, each 存疑待核 with its comment.
     */
    private static void requireRecordedChecks(Application a, ReviewStage stage) {
        Map<String, ClaimCheck> recorded = new java.util.HashMap<>();
        ClaimCheck.<ClaimCheck>list("key.applicationId = ?1 and key.stage = ?2", a.id, stage).forEach(c -> recorded.put(c.key.item(), c));
        List<FieldProblem> problems = new ArrayList<>();
        for (String item : ClaimItems.of(a.content)) {
            ClaimCheck check = recorded.get(item);
            if (check == null) {
                problems.add(new FieldProblem("claimChecks." + item, "claim-check-missing", item));
            } else if (check.verdict == ClaimCheck.Verdict.REJECTED) {
                problems.add(new FieldProblem("claimChecks." + item, "claim-rejected", item));
            } else if (check.verdict == ClaimCheck.Verdict.QUERIED && (check.comment == null || check.comment.isBlank())) {
                problems.add(new FieldProblem("claimChecks." + item, "claim-needs-comment", item)); // recorded before comments were required
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("recommendation-needs-checks", problems);
        }
    }

    /** A file for a decision, stored like evidence (content-checked, hashed) and marked as the reviewers'. */
    public Evidence uploadReviewAttachment(Actor actor, UUID id, String fileName, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> actingStage(actor, applications.inScope(actor, id)));
        EvidenceService.Received received = evidence.receive(fileName, body);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Application a = applications.inScope(actor, id);
                actingStage(actor, a);
                return evidence.record(actor, a.id, fileName, EvidenceService.REVIEW_ATTACHMENT, received);
            });
        } catch (RuntimeException notRecorded) {
            evidence.discard(received);
            throw notRecorded;
        }
    }

    /** The unit's stamped letter makes its list final: each listed application goes to the province. */
    void onLetterStamped(@Observes RecommendationService.LetterStamped stamped) {
        stamped.list().entries.forEach(entry -> toProvince(stamped.actor(), entry));
    }

    private void toProvince(Actor actor, RecommendationEntry entry) {
        Application a = entry.application;
        RecommendationList list = entry.list;
        requireBeforeDeadline(ReviewStage.of(a).orElseThrow(), a);
        lifecycle.move(actor, a, Transition.RECOMMEND, ReviewStage.PROVINCE_REGION);
        a.reviewDueOn = null; // a resubmission's extra time was the local levels'; the province keeps its own deadline
        audit.record(actor, ApplicationService.APPLICATION, a.id, "APPLICATION_RECOMMENDED", entry.opinion,
                Map.of("unit", list.unitName, "rank", entry.rank, "letterSha256", list.scan.sha256));
        notifications.notify(NotificationService.enterprise(a.creditCode), "APPLICATION_RECOMMENDED", a.id,
                "申报已推荐至省工信厅", list.unitName + "已行文推荐您的申报（排名第" + entry.rank + "位），进入省级初审。");
        if (entry.rank == 1) {
            notifications.notify(NotificationService.unit(ReviewStage.PROVINCE.role(), ReviewStage.PROVINCE_REGION), "RECOMMENDATION_RECEIVED",
                    null, list.unitName + "行文推荐" + list.entries.size() + "家企业", "请于" + a.batch.preliminaryReviewDueOn + "前完成初审。");
        }
    }

    /**
     * A submitted application waits at its county; a resubmitted one at the level that returned it, which has the
     * batch's working days for a correction again to decide, even past its phase deadline. Either way that unit is told.
     */
    void onSubmitted(@Observes ApplicationLifecycle.StatusChanged change) {
        Application a = change.application();
        Transition t = change.transition();
        boolean resubmitted = t == Transition.RESUBMIT_TO_COUNTY || t == Transition.RESUBMIT_TO_CITY || t == Transition.RESUBMIT_TO_PROVINCE;
        if (t != Transition.SUBMIT && !resubmitted) {
            return;
        }
        ReviewStage stage = ReviewStage.of(a).orElseThrow();
        if (resubmitted) {
            a.reviewDueOn = calendar.addWorkingDays(today(), a.batch.resubmissionWorkingDays);
        }
        notifications.notify(NotificationService.unit(stage.role(), a.reviewingRegion), "APPLICATION_SUBMITTED", a.id,
                (resubmitted ? "补正后重新提交的申报：" : "新提交的申报：") + a.enterpriseName,
                "请于" + dueOn(stage, a) + "前完成" + (stage == ReviewStage.PROVINCE ? "初审。" : "真实性、完整性审查。"));
    }

    /** Applications whose level's deadline has passed while they wait, most overdue first (province only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Overdue> overdue(Optional<UUID> batchId) {
        LocalDate today = today();
        List<Application> waiting = Application.list("status in ?1 and (?2 = false or batch.id = ?3)",
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CITY_REVIEW, ApplicationStatus.RECOMMENDED),
                batchId.isPresent(), batchId.orElse(new UUID(0, 0)));
        List<Overdue> late = new ArrayList<>();
        for (Application a : waiting) {
            ReviewStage stage = ReviewStage.of(a).orElseThrow();
            LocalDate due = dueOn(stage, a);
            if (today.isAfter(due)) {
                late.add(new Overdue(a, stage, references.region(a.reviewingRegion), due, calendar.workingDaysBetween(due, today)));
            }
        }
        late.sort(java.util.Comparator.comparingInt(Overdue::workingDaysOverdue).reversed());
        return late;
    }

    public record Overdue(Application application, ReviewStage stage, Optional<Region> unitRegion, LocalDate dueOn, int workingDaysOverdue) {
    }

    private ReviewStage actingStage(Actor actor, Application a) {
        return ReviewStage.of(a).filter(stage -> stage.isActingUnit(actor, a))
                .orElseThrow(() -> ProblemException.conflict("application-not-at-your-stage", a.status));
    }

    private void requireBeforeDeadline(ReviewStage stage, Application a) {
        LocalDate due = dueOn(stage, a);
        if (today().isAfter(due)) {
            throw ProblemException.conflict("phase-deadline-passed", due.toString());
        }
    }

    /** The batch's deadline for the level's phase, or the later one a resubmission was given. */
    private static LocalDate dueOn(ReviewStage stage, Application a) {
        LocalDate phase = stage == ReviewStage.PROVINCE ? a.batch.preliminaryReviewDueOn : a.batch.recommendationDueOn;
        return a.reviewDueOn != null && a.reviewDueOn.isAfter(phase) ? a.reviewDueOn : phase;
    }

    private static cn.gov.hunan.sanpin.contract.application.model.ReviewStage apiStage(ReviewStage stage) {
        return cn.gov.hunan.sanpin.contract.application.model.ReviewStage.fromValue(stage.name());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<UUID> requireReviewAttachments(Application a, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> known = evidence.reviewAttachmentIdsOf(a.id);
        List<FieldProblem> unknown = ids.stream().filter(id -> !known.contains(id))
                .map(id -> new FieldProblem("attachmentIds", "review-attachment-unknown", id.toString())).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("decision-invalid", unknown);
        }
        return List.copyOf(ids);
    }

    private static String unitOf(Actor actor) {
        return actor.unitName().orElse(actor.displayName());
    }

    @SuppressWarnings("unchecked")
    private ApplicationHandOver handOver(Actor actor, Application a, String opinion) {
        Object industry = a.frozenFacts == null ? null : a.frozenFacts.get("industryCode");
        return new ApplicationHandOver().applicationId(a.id).batchId(a.batch.id).batchYear(a.batch.year).rubricCode(a.batch.rubricCode)
                .creditCode(a.creditCode).enterpriseName(a.enterpriseName).regionCode(a.regionCode)
                .cityCode(references.region(a.regionCode).map(r -> r.parentCode).orElseThrow())
                .industryCode(industry == null ? "" : industry.toString())
                .reservePool(reservePool.creditCodes().contains(a.creditCode))
                .passedAt(clock.instant().atOffset(ZoneOffset.UTC)).passedBy(unitOf(actor)).opinion(opinion)
                .content(json.convertValue(a.content, Map.class)); // the message id is the outbox row's, set on delivery
    }
}
