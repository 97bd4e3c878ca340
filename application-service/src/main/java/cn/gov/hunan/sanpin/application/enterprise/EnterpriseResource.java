package cn.gov.hunan.sanpin.application.enterprise;

import cn.gov.hunan.sanpin.common.creditcode.CreditCode;
import cn.gov.hunan.sanpin.common.creditcode.CreditCodes;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.EnterprisesApi;
import cn.gov.hunan.sanpin.contract.application.model.EnterpriseProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

public class EnterpriseResource implements EnterprisesApi {

    @Inject
    EnterpriseService enterprises;

    @Inject
    EnterpriseMapper mapper;

    @Inject
    CurrentActor actor;

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public EnterpriseProfile getMyEnterprise() {
        return mapper.toApi(enterprises.current(myCode()));
    }

    @Override
    @RolesAllowed(Roles.ENTERPRISE)
    public EnterpriseProfile refreshMyEnterprise() {
        return mapper.toApi(enterprises.refresh(myCode()));
    }

    @Override
    @RolesAllowed({Roles.COUNTY_OFFICER, Roles.CITY_OFFICER, Roles.PROVINCE_OFFICER})
    public EnterpriseProfile getEnterprise(String creditCode) {
        return mapper.toApi(enterprises.inScope(actor.get(), CreditCodes.require("creditCode", creditCode)));
    }

    /** An enterprise user's enterprise is the one an administrator put in their token, never one they name. */
    private CreditCode myCode() {
        return CreditCodes.require("credit_code", actor.get().creditCode().orElse(""));
    }
}
