package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.api.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationPage;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.PageMeta;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

@Authenticated
public class ApplicationResource implements ApplicationsApi {

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationMapper mapper;

    @Inject
    CurrentActor actor;

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public ApplicationPage listApplications(Integer page, Integer size, String sort, UUID batchId, ApplicationStatus status) {
        PageRequest request = PageRequest.of(page, size, sort, ApplicationService.SORTABLE, Sort.descending("a.created.at"));
        ApplicationService.ApplicationPage result = applications.list(actor.get(), Optional.ofNullable(batchId), Optional.ofNullable(status), request);
        return new ApplicationPage().items(result.items().stream().map(mapper::toSummary).toList())
                .page(new PageMeta().number(request.page()).size(request.size())
                        .totalElements(result.totalElements()).totalPages(request.totalPages(result.totalElements())));
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application createApplication(ApplicationStart start) {
        return mapper.toApi(applications.start(actor.get(), start.getBatchId()));
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public cn.gov.hunan.sanpin.contract.application.model.Application getApplication(UUID applicationId) {
        return mapper.toApi(applications.inScope(actor.get(), applicationId));
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public cn.gov.hunan.sanpin.contract.application.model.Application saveApplicationContent(UUID applicationId,
            ApplicationContentUpdate update) {
        return mapper.toApi(applications.saveContent(actor.get(), applicationId, update.getVersion(), update.getContent()));
    }
}
