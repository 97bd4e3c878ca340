package cn.gov.hunan.sanpin.application.enterprise;

import cn.gov.hunan.sanpin.application.reference.ReferenceMapper;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.contract.application.model.EnterpriseProfile;
import cn.gov.hunan.sanpin.contract.application.model.YearFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;

@ApplicationScoped
public class EnterpriseMapper {

    @Inject
    ReferenceService references;

    EnterpriseProfile toApi(Enterprise e) {
        return new EnterpriseProfile().creditCode(e.creditCode).name(e.name)
                .region(references.region(e.regionCode).map(ReferenceMapper::toApi).orElseThrow())
                .industryCode(e.industryCode)
                .industryName(references.industryOf(e.industryCode).map(i -> i.name).orElse(null))
                .consumerGoods(references.isConsumerGoods(e.industryCode))
                .legalPerson(e.legalPerson).aboveDesignatedSize(e.aboveDesignatedSize).reportsNormally(e.reportsNormally)
                .blacklisted(e.blacklisted).legalRepresentative(e.legalRepresentative).establishedOn(e.establishedOn)
                .figures(new ArrayList<>(e.figures.stream().map(y -> new YearFigures().year(y.year())
                        .revenueTenThousandYuan(y.revenue()).profitTenThousandYuan(y.profit()).taxTenThousandYuan(y.tax())).toList()))
                .retrievedAt(e.retrievedAt.atOffset(ZoneOffset.UTC)).fetchedAt(e.fetchedAt.atOffset(ZoneOffset.UTC));
    }
}
