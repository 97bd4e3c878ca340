package cn.gov.hunan.sanpin.application.edition;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionDraft;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyEditionService {

    public static final String EDITION = "policy-edition";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<PolicyEdition> all() {
        return PolicyEdition.listAll(Sort.descending("effectiveFrom"));
    }

    public Optional<PolicyEdition> find(UUID id) {
        return PolicyEdition.findByIdOptional(id);
    }

    @Transactional
    public PolicyEdition create(Actor actor, PolicyEditionDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.getExpiresOn().isBefore(draft.getEffectiveFrom())) {
            problems.add(new FieldProblem("expiresOn", "expires-before-effective"));
        }
        if (draft.getEffectiveFrom().isBefore(draft.getPublishedOn())) {
            problems.add(new FieldProblem("effectiveFrom", "effective-before-published"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("edition-invalid", problems);
        }
        if (PolicyEdition.count("documentNumber", draft.getDocumentNumber()) > 0) {
            throw ProblemException.conflict("edition-exists", draft.getDocumentNumber());
        }
        PolicyEdition edition = new PolicyEdition();
        edition.id = UUID.randomUUID();
        edition.documentNumber = draft.getDocumentNumber();
        edition.title = draft.getTitle();
        edition.issuer = draft.getIssuer();
        edition.publishedOn = draft.getPublishedOn();
        edition.effectiveFrom = draft.getEffectiveFrom();
        edition.expiresOn = draft.getExpiresOn();
        edition.annualQuota = draft.getAnnualQuota();
        edition.minimumSpecialWorks = draft.getMinimumSpecialWorks();
        edition.reReviewPeriodYears = draft.getReReviewPeriodYears();
        edition.badRecordLookbackYears = draft.getBadRecordLookbackYears();
        edition.brandSpendingLookbackYears = draft.getBrandSpendingLookbackYears();
        edition.created = Stamp.of(actor, clock.instant());
        edition.persist();
        audit.record(actor, EDITION, edition.id, "EDITION_CREATED", null,
                Map.of("documentNumber", edition.documentNumber, "expiresOn", edition.expiresOn.toString()));
        return edition;
    }
}
