package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.api.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationPage;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.AuditEntry;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.contract.application.model.Submission;
import cn.gov.hunan.sanpin.contract.application.model.Evidence;
import cn.gov.hunan.sanpin.contract.application.model.PageMeta;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Authenticated
public class ApplicationResource implements ApplicationsApi {

    @Inject
    ReservePool reservePool;

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationMapper mapper;

    @Inject
    EvidenceService evidence;

    @Inject
    ReviewProgress progress;


    @Inject
    CurrentActor actor;

    @Inject
    HttpServerResponse response;

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public ApplicationPage listApplications(Integer page, Integer size, String sort, UUID batchId, ApplicationStatus status,
            Boolean awaitingMe, String cityCode, String industryCode, Boolean ineligible) {
        PageRequest request = PageRequest.of(page, size, sort, ApplicationService.SORTABLE, Sort.descending("a.created.at"));
        ApplicationService.ApplicationPage result = applications.list(actor.get(),
                ApplicationService.Filter.of(batchId, status, cityCode, industryCode, ineligible), progress.inboxIf(actor.get(), awaitingMe), request);
        Set<String> pool = reservePool.creditCodes();
        return new ApplicationPage().items(result.items().stream().map(a -> mapper.toSummary(a, pool)).toList())
                .page(new PageMeta().number(request.page()).size(request.size())
                        .totalElements(result.totalElements()).totalPages(request.totalPages(result.totalElements())));
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application createApplication(ApplicationStart start) {
        return mapper.toApi(applications.start(actor.get(), start.getBatchId()), actor.get());
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public cn.gov.hunan.sanpin.contract.application.model.Application getApplication(UUID applicationId) {
        return mapper.toApi(applications.inScope(actor.get(), applicationId), actor.get());
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application saveApplicationContent(UUID applicationId,
            ApplicationContentUpdate update) {
        return mapper.toApi(applications.saveContent(actor.get(), applicationId, update.getVersion(), update.getContent()), actor.get());
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public List<Evidence> listEvidence(UUID applicationId) {
        var application = applications.inScope(actor.get(), applicationId);
        return evidence.of(application.id).stream().map(mapper::toApi).toList();
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public Evidence uploadEvidence(UUID applicationId, String fileName, InputStream body, String claim) {
        return mapper.toApi(applications.uploadEvidence(actor.get(), applicationId, fileName, claim, body));
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public InputStream downloadEvidence(UUID applicationId, UUID evidenceId) {
        var application = applications.inScope(actor.get(), applicationId);
        var file = evidence.find(application.id, evidenceId);
        // the contract's media type is octet-stream; the detected type and the original name help the browser
        response.putHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.putHeader("X-Content-Type", file.mediaType);
        response.putHeader("X-Content-Type-Options", "nosniff");
        return evidence.content(file);
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application submitApplication(UUID applicationId, String idempotencyKey,
            Submission submission) {
        return mapper.toApi(applications.submit(actor.get(), applicationId, idempotencyKey, submission), actor.get());
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application withdrawApplication(UUID applicationId, StateChange change) {
        return mapper.toApi(applications.withdraw(actor.get(), applicationId, change.getReason()), actor.get());
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public List<AuditEntry> getApplicationHistory(UUID applicationId) {
        return applications.history(actor.get(), applicationId).stream().map(e -> new AuditEntry().action(e.action)
                .at(e.occurredAt.atOffset(ZoneOffset.UTC)).by(e.actor).byName(e.actorName).unit(e.actorUnit).reason(e.reason)).toList();
    }
}
