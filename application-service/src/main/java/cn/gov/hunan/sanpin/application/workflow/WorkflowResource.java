package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.application.application.ApplicationMapper;
import cn.gov.hunan.sanpin.application.application.ApplicationService;
import cn.gov.hunan.sanpin.application.evidence.Evidence;
import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.reference.ReferenceMapper;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.application.web.Stamps;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatistics;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ClaimCheckDraft;
import cn.gov.hunan.sanpin.contract.application.model.ClaimVerdict;
import cn.gov.hunan.sanpin.contract.application.model.CountByIndustry;
import cn.gov.hunan.sanpin.contract.application.model.CountByRegion;
import cn.gov.hunan.sanpin.contract.application.model.CountByStatus;
import cn.gov.hunan.sanpin.contract.application.model.DecisionDraft;
import cn.gov.hunan.sanpin.contract.application.model.OverdueApplication;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Authenticated
public class WorkflowResource implements WorkflowApi {

    @Inject
    ReservePool reservePool;

    @Inject
    WorkflowService workflow;

    @Inject
    ApplicationService applications;


    @Inject
    EvidenceService evidence;

    @Inject
    ReferenceService references;

    @Inject
    ApplicationMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    HttpServerResponse response;

    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public List<cn.gov.hunan.sanpin.contract.application.model.ClaimCheck> saveClaimChecks(UUID applicationId, List<ClaimCheckDraft> drafts) {
        return workflow.saveChecks(actor.get(), applicationId, drafts).stream().map(WorkflowResource::toApi).toList();
    }

    @Override
    public List<cn.gov.hunan.sanpin.contract.application.model.ClaimCheck> listClaimChecks(UUID applicationId) {
        return workflow.checks(actor.get(), applicationId).stream().map(WorkflowResource::toApi).toList();
    }

    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public Application decide(UUID applicationId, DecisionDraft draft) {
        return mapper.toApi(workflow.decide(actor.get(), applicationId, draft), actor.get());
    }

    @Override
    public List<cn.gov.hunan.sanpin.contract.application.model.Decision> listDecisions(UUID applicationId) {
        List<Decision> decisions = workflow.decisions(actor.get(), applicationId);
        Map<UUID, Evidence> files = decisions.isEmpty() ? Map.of() : evidence.of(decisions.getFirst().applicationId).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return decisions.stream().map(d -> new cn.gov.hunan.sanpin.contract.application.model.Decision().id(d.id)
                .stage(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.fromValue(d.stage.name())).kind(d.kind)
                .opinion(d.opinion).decided(Stamps.toApi(d.decided))
                .attachments(d.attachmentIds.stream().map(files::get).filter(java.util.Objects::nonNull).map(mapper::toApi).toList()))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public cn.gov.hunan.sanpin.contract.application.model.Evidence uploadReviewAttachment(UUID applicationId, String fileName, InputStream body) {
        return mapper.toApi(workflow.uploadReviewAttachment(actor.get(), applicationId, fileName, body));
    }

    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public InputStream exportApplications(UUID batchId, ApplicationStatus status, Boolean awaitingMe, String cityCode,
            String industryCode, Boolean ineligible) {
        var filter = ApplicationService.Filter.of(batchId, status, cityCode, industryCode, ineligible);
        Set<String> pool = reservePool.creditCodes();
        var rows = applications.all(actor.get(), filter, workflow.inboxIf(actor.get(), awaitingMe), Sort.by("a.regionCode").and("a.enterpriseName"))
                .stream().map(a -> mapper.toSummary(a, pool)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ApplicationsWorkbook.write("申报列表（" + actor.get().unitName().orElse("") + "导出）", rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.putHeader("Content-Disposition", "attachment; filename=\"applications.xlsx\"");
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** The dashboard's counts of the caller's list, named from the reference tables (a handful of rows each). */
    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public ApplicationStatistics getApplicationStatistics(UUID batchId) {
        var counted = applications.statistics(actor.get(), ApplicationService.Filter.of(batchId, null, null, null, null));
        return new ApplicationStatistics().total(Math.toIntExact(counted.total()))
                .byCity(counted.byCity().stream().map(city -> new CountByRegion().code(city.key())
                        .name(references.region(city.key()).orElseThrow().name).count(Math.toIntExact(city.count()))).toList())
                .byIndustry(counted.byIndustry().stream().map(industry -> new CountByIndustry().code(industry.key())
                        .name(references.industryOf(industry.key()).map(listed -> listed.name).orElse(null))
                        .count(Math.toIntExact(industry.count()))).toList())
                .byStatus(counted.byStatus().stream().map(status -> new CountByStatus().status(status.key())
                        .count(Math.toIntExact(status.count()))).toList());
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public List<OverdueApplication> listOverdueApplications(UUID batchId) {
        Set<String> pool = reservePool.creditCodes();
        return workflow.overdue(Optional.ofNullable(batchId)).stream().map(o -> new OverdueApplication()
                .application(mapper.toSummary(o.application(), pool))
                .stage(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.fromValue(o.stage().name()))
                .unitRegion(o.unitRegion().map(ReferenceMapper::toApi).orElse(null))
                .dueOn(o.dueOn()).workingDaysOverdue(o.workingDaysOverdue())).toList();
    }

    private static cn.gov.hunan.sanpin.contract.application.model.ClaimCheck toApi(ClaimCheck c) {
        return new cn.gov.hunan.sanpin.contract.application.model.ClaimCheck().item(c.key.item())
                .verdict(ClaimVerdict.fromValue(c.verdict.name())).comment(c.comment)
                .stage(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.fromValue(c.key.stage().name()))
                .checked(Stamps.toApi(c.checked));
    }
}
