package cn.gov.hunan.sanpin.review.intake;

import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.review.api.IntakeApi;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import cn.gov.hunan.sanpin.contract.review.model.PageMeta;
import cn.gov.hunan.sanpin.contract.review.model.ReceivedApplication;
import cn.gov.hunan.sanpin.contract.review.model.ReceivedApplicationPage;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Authenticated
public class IntakeResource implements IntakeApi {

    private static final Map<String, String> SORTABLE = Map.of("receivedAt", "received_at", "enterpriseName", "enterprise_name",
            "cityCode", "city_code");

    @Inject
    IntakeService intake;

    @Inject
    CurrentActor actor;

    @Override
    @RolesAllowed(Roles.SERVICE)
    public ReceivedApplication receiveApplication(ApplicationHandOver handOver) {
        return intake.receive(actor.get(), handOver);
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public ReceivedApplicationPage listReceivedApplications(Integer page, Integer size, String sort, UUID batchId) {
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, Sort.ascending("received_at"));
        String orderBy = request.sort().getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .reduce((a, b) -> a + ", " + b).orElse("received_at");
        IntakeService.Page result = intake.list(Optional.ofNullable(batchId), request.page(), request.size(), orderBy);
        return new ReceivedApplicationPage().items(result.items()).page(new PageMeta().number(request.page()).size(request.size())
                .totalElements(result.totalElements()).totalPages(request.totalPages(result.totalElements())));
    }
}
