package cn.gov.hunan.sanpin.application.account;

import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.AccountsApi;
import cn.gov.hunan.sanpin.contract.application.model.Account;
import cn.gov.hunan.sanpin.contract.application.model.EnterpriseRegistration;
import cn.gov.hunan.sanpin.contract.application.model.OfficerAccountDraft;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

public class AccountResource implements AccountsApi {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    @Override
    @PermitAll
    public Account registerEnterprise(EnterpriseRegistration registration) {
        var enterprise = accounts.register(registration);
        return new Account().username(enterprise.creditCode).role(Roles.ENTERPRISE).creditCode(enterprise.creditCode)
                .regionCode(enterprise.regionCode).unitName(enterprise.name);
    }

    @Override
    @RolesAllowed(Roles.SYSADMIN)
    public Account createOfficerAccount(OfficerAccountDraft draft) {
        accounts.createOfficer(actor.get(), draft);
        return new Account().username(draft.getUsername()).role(draft.getRole().toString()).regionCode(draft.getRegionCode())
                .unitName(draft.getUnitName());
    }
}
