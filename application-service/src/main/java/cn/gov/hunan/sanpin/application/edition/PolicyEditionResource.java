package cn.gov.hunan.sanpin.application.edition;

import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.EditionsApi;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionDraft;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionUpdate;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

@Authenticated
public class PolicyEditionResource implements EditionsApi {

    @Inject
    PolicyEditionService editions;

    @Inject
    CurrentActor actor;

    @Override
    public List<cn.gov.hunan.sanpin.contract.application.model.PolicyEdition> listPolicyEditions() {
        return editions.all().stream().map(PolicyEditionMapper::toApi).toList();
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public cn.gov.hunan.sanpin.contract.application.model.PolicyEdition createPolicyEdition(PolicyEditionDraft draft) {
        return PolicyEditionMapper.toApi(editions.create(actor.get(), draft));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public cn.gov.hunan.sanpin.contract.application.model.PolicyEdition updatePolicyEdition(UUID editionId, PolicyEditionUpdate update) {
        return PolicyEditionMapper.toApi(editions.correct(actor.get(), editionId, update));
    }

    @Override
    public cn.gov.hunan.sanpin.contract.application.model.PolicyEdition getPolicyEdition(UUID editionId) {
        return editions.find(editionId).map(PolicyEditionMapper::toApi)
                .orElseThrow(() -> ProblemException.notFound("edition-unknown", editionId));
    }
}
