package cn.gov.hunan.sanpin.application.edition;

import cn.gov.hunan.sanpin.application.web.Reasons;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionDraft;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionUpdate;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyEditionService {

    public static final String EDITION = "policy-edition";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public List<PolicyEdition> all() {
        return PolicyEdition.listAll(Sort.descending("effectiveFrom"));
    }

    public Optional<PolicyEdition> find(UUID id) {
        return PolicyEdition.findByIdOptional(id);
    }

    /**
     * The edition a batch is about to be created or changed under, share-locked until the transaction ends so that a
     * concurrent correction waits, then finds the batch and refuses.
     */
    public Optional<PolicyEdition> findForUse(UUID id) {
        return PolicyEdition.findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    @Transactional
    public PolicyEdition create(Actor actor, PolicyEditionDraft draft) {
        List<FieldProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("edition-invalid", problems);
        }
        if (PolicyEdition.count("documentNumber", draft.getDocumentNumber()) > 0) {
            throw ProblemException.conflict("edition-exists", draft.getDocumentNumber());
        }
        PolicyEdition edition = new PolicyEdition();
        edition.id = UUID.randomUUID();
        apply(draft, edition);
        edition.created = Stamp.of(actor, clock.instant());
        edition.persist();
        audit.record(actor, EDITION, edition.id, "EDITION_CREATED", null,
                Map.of("documentNumber", edition.documentNumber, "expiresOn", edition.expiresOn.toString()));
        return edition;
    }

    /**
     * Corrects an edition entered wrongly, while no batch uses it: a batch was issued under the edition's parameters,
     * so from then on they stand (a revised policy is a new edition). The audit keeps each changed field, before and after.
     */
    @Transactional
    public PolicyEdition correct(Actor actor, UUID id, PolicyEditionUpdate update) {
        PolicyEdition edition = PolicyEdition.<PolicyEdition>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("edition-unknown", id));
        if (edition.version != update.getVersion()) {
            throw new OptimisticLockException();
        }
        if (usedByABatch(id)) {
            throw ProblemException.conflict("edition-in-use", edition.documentNumber);
        }
        PolicyEditionDraft draft = draftOf(update);
        List<FieldProblem> problems = check(draft);
        Reasons.missing("reason", update.getReason()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("edition-invalid", problems);
        }
        if (PolicyEdition.count("documentNumber = ?1 and id <> ?2", draft.getDocumentNumber(), id) > 0) {
            throw ProblemException.conflict("edition-exists", draft.getDocumentNumber());
        }
        Map<String, String> before = valuesOf(edition);
        apply(draft, edition);
        Map<String, Object> changed = new TreeMap<>();
        valuesOf(edition).forEach((field, after) -> {
            if (!after.equals(before.get(field))) {
                changed.put(field, before.get(field) + " → " + after);
            }
        });
        audit.record(actor, EDITION, edition.id, "EDITION_CORRECTED", update.getReason(), changed);
        return edition;
    }

    /** Batches reference editions (batch.edition_id); asking the table keeps this feature free of the batch feature's classes. */
    private boolean usedByABatch(UUID id) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from batch where edition_id = ?1)").setParameter(1, id).getSingleResult();
    }

    private static List<FieldProblem> check(PolicyEditionDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.getExpiresOn().isBefore(draft.getEffectiveFrom())) {
            problems.add(new FieldProblem("expiresOn", "expires-before-effective"));
        }
        if (draft.getEffectiveFrom().isBefore(draft.getPublishedOn())) {
            problems.add(new FieldProblem("effectiveFrom", "effective-before-published"));
        }
        return problems;
    }

    private static void apply(PolicyEditionDraft draft, PolicyEdition edition) {
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
    }

    /** The edition's parameters as the contract names them, to say what a correction changed. */
    private static Map<String, String> valuesOf(PolicyEdition e) {
        Map<String, String> values = new TreeMap<>();
        values.put("documentNumber", e.documentNumber);
        values.put("title", e.title);
        values.put("issuer", e.issuer);
        values.put("publishedOn", e.publishedOn.toString());
        values.put("effectiveFrom", e.effectiveFrom.toString());
        values.put("expiresOn", e.expiresOn.toString());
        values.put("annualQuota", String.valueOf(e.annualQuota));
        values.put("minimumSpecialWorks", String.valueOf(e.minimumSpecialWorks));
        values.put("reReviewPeriodYears", String.valueOf(e.reReviewPeriodYears));
        values.put("badRecordLookbackYears", String.valueOf(e.badRecordLookbackYears));
        values.put("brandSpendingLookbackYears", String.valueOf(e.brandSpendingLookbackYears));
        return values;
    }

    /** The generated PolicyEditionUpdate repeats PolicyEditionDraft's fields (allOf); the rules read a draft. */
    private static PolicyEditionDraft draftOf(PolicyEditionUpdate u) {
        return new PolicyEditionDraft().documentNumber(u.getDocumentNumber()).title(u.getTitle()).issuer(u.getIssuer())
                .publishedOn(u.getPublishedOn()).effectiveFrom(u.getEffectiveFrom()).expiresOn(u.getExpiresOn())
                .annualQuota(u.getAnnualQuota()).minimumSpecialWorks(u.getMinimumSpecialWorks())
                .reReviewPeriodYears(u.getReReviewPeriodYears()).badRecordLookbackYears(u.getBadRecordLookbackYears())
                .brandSpendingLookbackYears(u.getBrandSpendingLookbackYears());
    }
}
