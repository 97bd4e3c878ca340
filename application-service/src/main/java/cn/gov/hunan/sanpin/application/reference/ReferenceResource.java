package cn.gov.hunan.sanpin.application.reference;

import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.ReferenceApi;
import cn.gov.hunan.sanpin.contract.application.model.Industry;
import cn.gov.hunan.sanpin.contract.application.model.ProvinciallyAdministeredChange;
import cn.gov.hunan.sanpin.contract.application.model.Region;
import cn.gov.hunan.sanpin.contract.application.model.RegionLevel;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@Authenticated
public class ReferenceResource implements ReferenceApi {

    @Inject
    ReferenceService references;

    @Inject
    CurrentActor actor;

    @Override
    public List<Region> listRegions(String parentCode, RegionLevel level, Boolean provinciallyAdministered) {
        return references.regions(Optional.ofNullable(parentCode), Optional.ofNullable(level).map(RegionLevel::toString),
                Optional.ofNullable(provinciallyAdministered)).stream().map(ReferenceMapper::toApi).toList();
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Region setProvinciallyAdministered(String regionCode, ProvinciallyAdministeredChange change) {
        return ReferenceMapper.toApi(references.setProvinciallyAdministered(actor.get(), regionCode,
                change.getProvinciallyAdministered(), change.getReason()));
    }

    @Override
    public List<Industry> listIndustries(Boolean consumerGoods) {
        return references.industries(Optional.ofNullable(consumerGoods)).stream().map(ReferenceMapper::toApi).toList();
    }
}
