package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.calendar.WorkingDayCalendar;
import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.application.edition.PolicyEditionMapper;
import cn.gov.hunan.sanpin.application.web.Stamps;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.BatchPhase;
import cn.gov.hunan.sanpin.contract.application.model.BatchStatus;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.PublicBatch;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Between the contract's batch shapes and the {@link Batch} entity. */
@ApplicationScoped
public class BatchMapper {

    /** The form of the 2021 policy (BC1–BC7, SW01–SW12), as openapi/application.yaml's ApplicationContent. */
    public static final String DEFAULT_FORM_VERSION = "SANPIN-2021-1";

    @Inject
    WorkingDayCalendar calendar;

    static void apply(BatchDraft draft, PolicyEdition edition, Batch batch) {
        PhaseSchedule s = draft.getSchedule();
        batch.year = draft.getYear();
        batch.title = draft.getTitle();
        batch.edition = edition;
        batch.quota = draft.getQuota();
        batch.applicationOpensOn = s.getApplicationOpensOn();
        batch.applicationClosesOn = s.getApplicationClosesOn();
        batch.recommendationDueOn = s.getRecommendationDueOn();
        batch.preliminaryReviewDueOn = s.getPreliminaryReviewDueOn();
        batch.expertReviewDueOn = s.getExpertReviewDueOn();
        batch.publicityWorkingDays = s.getPublicityWorkingDays();
        batch.resubmissionWorkingDays = java.util.Objects.requireNonNullElse(s.getResubmissionWorkingDays(), 5);
        batch.recommendationCaps.clear();
        for (cn.gov.hunan.sanpin.contract.application.model.RecommendationCap c : draft.getRecommendationCaps()) {
            RecommendationCap cap = new RecommendationCap();
            cap.unitKind = c.getUnitKind().toString();
            cap.cityCode = c.getCityCode();
            cap.maxRecommendations = c.getMaxRecommendations();
            batch.recommendationCaps.add(cap);
        }
        batch.reservePoolPriority = Boolean.TRUE.equals(draft.getReservePoolPriority());
        batch.summaryTableRequired = Boolean.TRUE.equals(draft.getSummaryTableRequired());
        batch.formVersion = draft.getFormVersion() == null ? DEFAULT_FORM_VERSION : draft.getFormVersion();
        batch.rubricCode = draft.getRubricCode();
        batch.requiredAttachments = new ArrayList<>(draft.getRequiredAttachments());
    }

    /** The generated BatchUpdate repeats BatchDraft's fields (allOf); the rules read a BatchDraft. */
    static BatchDraft draftOf(cn.gov.hunan.sanpin.contract.application.model.BatchUpdate u) {
        return new BatchDraft().year(u.getYear()).title(u.getTitle()).editionId(u.getEditionId()).quota(u.getQuota())
                .schedule(u.getSchedule()).recommendationCaps(u.getRecommendationCaps())
                .reservePoolPriority(u.getReservePoolPriority()).summaryTableRequired(u.getSummaryTableRequired())
                .formVersion(u.getFormVersion()).rubricCode(u.getRubricCode()).requiredAttachments(u.getRequiredAttachments());
    }

    cn.gov.hunan.sanpin.contract.application.model.Batch toApi(Batch b) {
        List<cn.gov.hunan.sanpin.contract.application.model.RecommendationCap> caps = b.recommendationCaps.stream()
                .map(c -> new cn.gov.hunan.sanpin.contract.application.model.RecommendationCap()
                        .unitKind(RecommendingUnitKind.fromValue(c.unitKind)).cityCode(c.cityCode)
                        .maxRecommendations(c.maxRecommendations))
                .toList();
        return new cn.gov.hunan.sanpin.contract.application.model.Batch()
                .id(b.id).year(b.year).title(b.title).editionId(b.edition.id).quota(b.quota)
                .status(BatchStatus.fromValue(b.status.name())).version(b.version)
                .schedule(scheduleOf(b))
                .recommendationCaps(new ArrayList<>(caps))
                .reservePoolPriority(b.reservePoolPriority).summaryTableRequired(b.summaryTableRequired)
                .formVersion(b.formVersion).rubricCode(b.rubricCode).requiredAttachments(new ArrayList<>(b.requiredAttachments))
                .edition(PolicyEditionMapper.toSummary(b.edition))
                .applicationWorkingDays(applicationWorkingDays(b))
                .created(Stamps.toApi(b.created)).opened(Stamps.toApi(b.opened))
                .closed(Stamps.toApi(b.closed)).closeReason(b.closeReason)
                .extensions(toApi(DeadlineExtension.ofBatch(b.id)));
    }

    /** Public fields only, with each call's extensions (fetched for all the calls at once). */
    List<PublicBatch> toPublic(List<Batch> batches) {
        Map<UUID, List<DeadlineExtension>> extensions = DeadlineExtension.ofBatches(batches.stream().map(b -> b.id).toList());
        return batches.stream().map(b -> new PublicBatch().id(b.id).year(b.year).title(b.title).quota(b.quota).schedule(scheduleOf(b))
                .applicationWorkingDays(applicationWorkingDays(b)).requiredAttachments(new ArrayList<>(b.requiredAttachments))
                .editionDocumentNumber(b.edition.documentNumber).editionTitle(b.edition.title)
                .extensions(toApi(extensions.getOrDefault(b.id, List.of())))).toList();
    }

    private static List<cn.gov.hunan.sanpin.contract.application.model.DeadlineExtension> toApi(List<DeadlineExtension> extensions) {
        return new ArrayList<>(extensions.stream().map(e -> new cn.gov.hunan.sanpin.contract.application.model.DeadlineExtension()
                .phase(BatchPhase.fromValue(e.phase.name())).previousDueOn(e.previousDueOn).dueOn(e.dueOn).reason(e.reason)
                .extendedAt(e.extended.at.atOffset(ZoneOffset.UTC)).unit(e.extended.unit)).toList());
    }

    private static PhaseSchedule scheduleOf(Batch b) {
        return new PhaseSchedule()
                .applicationOpensOn(b.applicationOpensOn).applicationClosesOn(b.applicationClosesOn)
                .recommendationDueOn(b.recommendationDueOn).preliminaryReviewDueOn(b.preliminaryReviewDueOn)
                .expertReviewDueOn(b.expertReviewDueOn).publicityWorkingDays(b.publicityWorkingDays)
                .resubmissionWorkingDays(b.resubmissionWorkingDays);
    }

    private int applicationWorkingDays(Batch b) {
        return calendar.workingDaysBetween(b.applicationOpensOn.minusDays(1), b.applicationClosesOn);
    }
}
