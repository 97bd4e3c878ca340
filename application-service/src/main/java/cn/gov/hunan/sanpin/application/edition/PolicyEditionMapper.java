package cn.gov.hunan.sanpin.application.edition;

import cn.gov.hunan.sanpin.application.web.Stamps;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionSummary;

public final class PolicyEditionMapper {

    private PolicyEditionMapper() {
    }

    static cn.gov.hunan.sanpin.contract.application.model.PolicyEdition toApi(PolicyEdition e) {
        return new cn.gov.hunan.sanpin.contract.application.model.PolicyEdition()
                .id(e.id).documentNumber(e.documentNumber).title(e.title).issuer(e.issuer)
                .publishedOn(e.publishedOn).effectiveFrom(e.effectiveFrom).expiresOn(e.expiresOn)
                .annualQuota(e.annualQuota).minimumSpecialWorks(e.minimumSpecialWorks)
                .reReviewPeriodYears(e.reReviewPeriodYears).badRecordLookbackYears(e.badRecordLookbackYears)
                .brandSpendingLookbackYears(e.brandSpendingLookbackYears)
                .version(e.version).created(Stamps.toApi(e.created));
    }

    public static PolicyEditionSummary toSummary(PolicyEdition e) {
        return new PolicyEditionSummary().id(e.id).documentNumber(e.documentNumber).title(e.title)
                .expiresOn(e.expiresOn).minimumSpecialWorks(e.minimumSpecialWorks);
    }
}
