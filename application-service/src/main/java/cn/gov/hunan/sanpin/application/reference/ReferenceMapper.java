package cn.gov.hunan.sanpin.application.reference;

import cn.gov.hunan.sanpin.contract.application.model.RegionKind;
import cn.gov.hunan.sanpin.contract.application.model.RegionLevel;

public final class ReferenceMapper {

    private ReferenceMapper() {
    }

    public static cn.gov.hunan.sanpin.contract.application.model.Region toApi(Region region) {
        return new cn.gov.hunan.sanpin.contract.application.model.Region()
                .code(region.code).name(region.name)
                .level(RegionLevel.fromValue(region.level)).kind(RegionKind.fromValue(region.kind))
                .parentCode(region.parentCode).provinciallyAdministered(region.provinciallyAdministered);
    }

    public static cn.gov.hunan.sanpin.contract.application.model.Industry toApi(Industry industry) {
        return new cn.gov.hunan.sanpin.contract.application.model.Industry()
                .code(industry.code).name(industry.name)
                .level(cn.gov.hunan.sanpin.contract.application.model.Industry.LevelEnum.fromValue(industry.level))
                .parentCode(industry.parentCode).consumerGoods(industry.consumerGoods).sector(industry.sector);
    }
}
