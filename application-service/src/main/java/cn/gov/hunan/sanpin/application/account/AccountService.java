package cn.gov.hunan.sanpin.application.account;

import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.application.enterprise.EnterpriseService;
import cn.gov.hunan.sanpin.application.reference.Region;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.creditcode.CreditCode;
import cn.gov.hunan.sanpin.common.creditcode.CreditCodes;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.model.EnterpriseRegistration;
import cn.gov.hunan.sanpin.contract.application.model.OfficerAccountDraft;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: an enterprise registers itself once the platform confirms it; officers are created by the system
 * administrator. Whoever it is, the scope attributes (credit code, region, unit) come from the platform or the
 * administrator, never from the person — so nobody can give themselves a role or a region.
 */
@ApplicationScoped
public class AccountService {

    public static final String ACCOUNT = "account";

    @Inject
    EnterpriseService enterprises;

    @Inject
    ReferenceService references;

    @Inject
    IdentityDirectory directory;

    @Inject
    AuditTrail audit;

    /** Registration is checked against the platform before any account is created; the username is the credit code. */
    public Enterprise register(EnterpriseRegistration r) {
        CreditCode code = CreditCodes.require("creditCode", r.getCreditCode());
        Enterprise e;
        try {
            e = enterprises.refresh(code);
        } catch (ProblemException notThere) {
            if (!"enterprise-not-on-platform".equals(notThere.kind())) {
                throw notThere;
            }
            throw ProblemException.unprocessable("registration-refused", List.of(new FieldProblem("creditCode", "not-on-platform", code.value())));
        }
        if (!e.legalPerson) {
            throw ProblemException.unprocessable("registration-refused", List.of(new FieldProblem("creditCode", "not-legal-person", e.name)));
        }
        if (!sameName(r.getLegalRepresentative(), e.legalRepresentative)) {
            throw ProblemException.unprocessable("registration-refused",
                    List.of(new FieldProblem("legalRepresentative", "legal-representative-mismatch")));
        }
        directory.create(new IdentityDirectory.NewAccount(code.value(), r.getContactName(), r.getContactEmail(), Roles.ENTERPRISE,
                Map.of("creditCode", code.value(), "regionCode", e.regionCode, "unitName", e.name), r.getPassword(), false));
        Actor registrant = new Actor("public-registration", r.getContactName(), Set.of(), Optional.of(e.name),
                Optional.of(e.regionCode), Optional.of(code.value()));
        QuarkusTransaction.requiringNew().run(() -> audit.record(registrant, ACCOUNT, code.value(), "ENTERPRISE_REGISTERED", null,
                Map.of("contactPhone", r.getContactPhone(), "contactEmail", r.getContactEmail())));
        return e;
    }

    /** An officer's account, its role matching the level of its region; the person sets a password at first login. */
    public void createOfficer(Actor admin, OfficerAccountDraft d) {
        Region region = references.region(d.getRegionCode()).orElseThrow(() -> ProblemException.unprocessable("account-rejected",
                List.of(new FieldProblem("regionCode", "region-unknown", d.getRegionCode()))));
        String level = switch (d.getRole()) {
            case COUNTY_OFFICER -> "COUNTY";
            case CITY_OFFICER -> "CITY";
            case PROVINCE_OFFICER -> "PROVINCE";
        };
        if (!level.equals(region.level)) {
            throw ProblemException.unprocessable("account-rejected",
                    List.of(new FieldProblem("regionCode", "role-region-mismatch", d.getRole().toString(), region.name)));
        }
        directory.create(new IdentityDirectory.NewAccount(d.getUsername(), d.getFullName(), d.getEmail(), d.getRole().toString(),
                Map.of("regionCode", region.code, "unitName", d.getUnitName()), d.getTemporaryPassword(), true));
        QuarkusTransaction.requiringNew().run(() -> audit.record(admin, ACCOUNT, d.getUsername(), "OFFICER_ACCOUNT_CREATED", null,
                Map.of("role", d.getRole().toString(), "regionCode", region.code, "unitName", d.getUnitName())));
    }

    private static boolean sameName(String given, String onRecord) {
        return given != null && onRecord != null && given.replaceAll("\\s", "").equals(onRecord.replaceAll("\\s", ""));
    }
}
