package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.application.batch.BatchService;
import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.application.enterprise.EnterpriseService;
import cn.gov.hunan.sanpin.application.enterprise.EnterpriseSnapshot;
import cn.gov.hunan.sanpin.application.evidence.Evidence;
import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.scope.Jurisdiction;
import cn.gov.hunan.sanpin.common.audit.AuditEvent;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.creditcode.CreditCode;
import cn.gov.hunan.sanpin.common.creditcode.CreditCodes;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.idempotency.IdempotentRequests;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityOutcome;
import cn.gov.hunan.sanpin.contract.application.model.ReviewRoute;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkClaim;
import cn.gov.hunan.sanpin.contract.application.model.Submission;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Applications from the enterprise's side: start, fill in, and who may read them. */
@ApplicationScoped
public class ApplicationService {

    public static final String APPLICATION = "application";
    public static final Map<String, String> SORTABLE = Map.of("enterpriseName", "a.enterpriseName", "status", "a.status",
            "regionCode", "a.regionCode", "updatedAt", "a.updated.at", "createdAt", "a.created.at");
    private static final Logger LOG = Logger.getLogger(ApplicationService.class);

    @Inject
    BatchService batches;

    @Inject
    EnterpriseService enterprises;

    @Inject
    ReferenceService references;

    @Inject
    EvidenceService evidence;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ApplicationPage(List<Application> items, long totalElements) {
    }

    /**
     * Starts the enterprise's application to a batch that takes applications today. The platform is asked first,
     * outside the transaction, so the application begins with current facts.
     */
    public Application start(Actor actor, UUID batchId) {
        CreditCode code = CreditCodes.require("credit_code", actor.creditCode().orElse(""));
        Enterprise enterprise = enterprises.current(code);
        return QuarkusTransaction.requiringNew().call(() -> create(actor, batchId, enterprise));
    }

    private Application create(Actor actor, UUID batchId, Enterprise enterprise) {
        Batch batch = batches.find(batchId).orElseThrow(() -> ProblemException.unprocessable("application-invalid",
                List.of(new FieldProblem("batchId", "batch-unknown"))));
        requireAccepting(batch);
        if (Application.count("batch.id = ?1 and creditCode = ?2", batchId, enterprise.creditCode) > 0) {
            throw ProblemException.conflict("application-exists", batch.year);
        }
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.batch = batch;
        a.creditCode = enterprise.creditCode;
        a.enterpriseName = enterprise.name;
        a.regionCode = enterprise.regionCode;
        a.status = ApplicationStatus.DRAFT;
        a.formVersion = batch.formVersion;
        a.content = new ApplicationContent();
        a.assess(EligibilityRules.evaluate(inputs(a, enterprise)));
        a.created = Stamp.of(actor, clock.instant());
        a.persist();
        audit.record(actor, APPLICATION, a.id, "APPLICATION_CREATED", null, Map.of("batchYear", batch.year));
        return a;
    }

    /** Saves the form as it is, complete or not, and computes the eligibility again. */
    @Transactional
    public Application saveContent(Actor actor, UUID id, long expectedVersion, ApplicationContent content) {
        Application a = editableByItsEnterprise(actor, id);
        if (a.version != expectedVersion) {
            throw new OptimisticLockException();
        }
        a.content = content;
        List<FieldProblem> foreign = foreignEvidence(a);
        if (!foreign.isEmpty()) {
            throw ProblemException.unprocessable("application-invalid", foreign);
        }
        a.assess(EligibilityRules.evaluate(inputs(a, storedEnterprise(a))));
        a.updated = Stamp.of(actor, clock.instant());
        audit.record(actor, APPLICATION, a.id, "APPLICATION_SAVED", null,
                Map.of("mechanicalFailures", a.eligibility.getMechanicalFailures()));
        return a;
    }

    /**
     * Submits the application: the platform is asked again first (outside the transaction; down means 503 and no
     * change), then in one transaction the key is claimed, the pledge, version, window, completeness, the cited
     * evidence and the mechanical checks on the fresh facts are verified, the facts are frozen with their hash, and
     * the application goes to its county bureau — which forwards to the city, or, for a 省财政直管县, straight to the
     * province. A returned application, corrected in time, goes back to the level that returned it.
     * A retry with the same Idempotency-Key returns the first result.
     */
    public Application submit(Actor actor, UUID id, String idempotencyKey, Submission submission) {
        Application current = QuarkusTransaction.joiningExisting().call(() -> ownedByItsEnterprise(actor, id));
        CreditCode code = new CreditCode(current.creditCode);
        Enterprise fresh = current.isEditable() ? enterprises.refresh(code) : enterprises.known(code).orElseThrow();
        String request = submission.getVersion() + "/" + submission.getPledgeAccepted();
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotentRequests.Claim claim = idempotent.claim("submit:" + id, idempotencyKey, request);
            if (claim.previousResult().isPresent()) {
                return inScope(actor, id);
            }
            Application a = editableByItsEnterprise(actor, id);
            if (!Boolean.TRUE.equals(submission.getPledgeAccepted())) {
                throw ProblemException.unprocessable("application-incomplete", List.of(new FieldProblem("pledgeAccepted", "pledge-required")));
            }
            if (a.version != submission.getVersion()) {
                throw new OptimisticLockException();
            }
            if (a.status == ApplicationStatus.RETURNED && a.resubmitDueOn != null && LocalDate.now(clock).isAfter(a.resubmitDueOn)) {
                throw ProblemException.conflict("resubmission-deadline-passed", a.resubmitDueOn.toString());
            }
            List<FieldProblem> missing = new ArrayList<>(Completeness.missing(a.content, a.batch.year));
            missing.addAll(foreignEvidence(a));
            if (!missing.isEmpty()) {
                throw ProblemException.unprocessable("application-incomplete", missing);
            }
            a.regionCode = fresh.regionCode;
            a.assess(EligibilityRules.evaluate(inputs(a, fresh)));
            List<FieldProblem> failed = a.eligibility.getChecks().stream().filter(c -> c.getOutcome() == EligibilityOutcome.FAIL)
                    .map(c -> new FieldProblem("eligibility." + c.getCondition(), "condition-failed", c.getCondition().toString())).toList();
            if (!failed.isEmpty()) {
                throw ProblemException.unprocessable("application-ineligible", failed);
            }
            EnterpriseSnapshot snapshot = EnterpriseSnapshot.of(fresh);
            a.frozenFacts = snapshot.facts();
            a.frozenSha256 = snapshot.sha256();
            a.frozenRetrievedAt = fresh.retrievedAt;
            boolean direct = references.region(a.regionCode).orElseThrow().provinciallyAdministered;
            a.route = (direct ? ReviewRoute.COUNTY_PROVINCE : ReviewRoute.COUNTY_CITY_PROVINCE).toString();
            if (a.status == ApplicationStatus.RETURNED) {
                lifecycle.move(actor, a, Transition.resubmissionTo(a.returnedFrom), a.returnedRegion);
                a.resubmitted();
            } else {
                lifecycle.move(actor, a, Transition.SUBMIT, a.regionCode);
            }
            a.submitted = a.updated;
            audit.record(actor, APPLICATION, a.id, "APPLICATION_SUBMITTED", "企业提交申报并签署诚信承诺",
                    Map.of("status", a.status.toString(), "route", a.route, "reviewingRegion", a.reviewingRegion, "factsSha256", a.frozenSha256));
            claim.complete(a.id.toString());
            return a;
        });
    }

    /** The enterprise withdraws, while {@link Transition#WITHDRAW} allows: before the province has it, or while it is returned. */
    @Transactional
    public Application withdraw(Actor actor, UUID id, String reason) {
        Application a = ownedByItsEnterprise(actor, id);
        if (!a.isWithdrawable()) {
            throw ProblemException.conflict("application-not-withdrawable", a.status);
        }
        lifecycle.move(actor, a, Transition.WITHDRAW, null);
        audit.record(actor, APPLICATION, a.id, "APPLICATION_WITHDRAWN", reason, Map.of());
        return a;
    }

    /** Evidence the form cites that is not this application's own: one problem per citation. */
    private List<FieldProblem> foreignEvidence(Application a) {
        List<SpecialWorkClaim> works = Objects.requireNonNullElse(a.content.getSpecialWorks(), List.of());
        Set<UUID> own = evidence.idsOf(a.id);
        List<FieldProblem> foreign = new ArrayList<>();
        for (int w = 0; w < works.size(); w++) {
            List<UUID> cited = Objects.requireNonNullElse(works.get(w).getEvidenceIds(), List.of());
            for (int e = 0; e < cited.size(); e++) {
                if (!own.contains(cited.get(e))) {
                    foreign.add(new FieldProblem("specialWorks[" + w + "].evidenceIds[" + e + "]", "evidence-not-this-application",
                            String.valueOf(cited.get(e))));
                }
            }
        }
        return foreign;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(Actor actor, UUID id) {
        return audit.history(APPLICATION, inScope(actor, id).id);
    }

    /** The application, to its own enterprise only: officers get 404 as for anything outside their scope. */
    private Application ownedByItsEnterprise(Actor actor, UUID id) {
        Application a = inScope(actor, id);
        if (!actor.hasRole(Roles.ENTERPRISE)) {
            throw ProblemException.notFound("application-unknown", id);
        }
        return a;
    }

    /**
     * Stores a file for the application and computes the eligibility again (evidence decides BC6). The bytes stream
     * in with no transaction open; only then, in one short transaction, the application is checked again and the
     * file recorded. If that fails, the stored bytes are removed.
     */
    public Evidence uploadEvidence(Actor actor, UUID id, String fileName, String claim, java.io.InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> editableByItsEnterprise(actor, id));
        EvidenceService.Received received = evidence.receive(fileName, body);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Application a = editableByItsEnterprise(actor, id);
                Evidence stored = evidence.record(actor, a.id, fileName, claim, received);
                a.assess(EligibilityRules.evaluate(inputs(a, storedEnterprise(a))));
                return stored;
            });
        } catch (RuntimeException notRecorded) {
            evidence.discard(received);
            throw notRecorded;
        }
    }

    /** The application's enterprise, while it may still change it (a draft in the window, or returned). */
    private Application editableByItsEnterprise(Actor actor, UUID id) {
        Application a = ownedByItsEnterprise(actor, id);
        if (!a.isEditable()) {
            throw ProblemException.conflict("application-not-editable", a.status);
        }
        if (a.status == ApplicationStatus.DRAFT) {
            requireAccepting(a.batch);
        }
        return a;
    }

    /** One application the caller may see; anything else, including another enterprise's, is 404 and logged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Application inScope(Actor actor, UUID id) {
        Scoped scoped = scoped(actor, "a.id = :id");
        scoped.params.put("id", id);
        // its batch in the same statement: every use of an application reads it
        return Application.<Application>find("from Application a join fetch a.batch where " + scoped.where, scoped.params).firstResultOptional()
                .orElseThrow(() -> {
                    LOG.infof("application %s refused to %s (absent or outside scope)", id, actor.username());
                    return ProblemException.notFound("application-unknown", id);
                });
    }

    /**
     * One application the caller may see, its row locked until the transaction ends: a concurrent change waits, and
     * then finds the version it read stale (409) — never a half-applied decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application inScopeForUpdate(Actor actor, UUID id) {
        Application a = inScope(actor, id);
        Application.getEntityManager().lock(a, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    /** What a list of applications is narrowed to; every part optional. */
    public record Filter(Optional<UUID> batchId, Optional<ApplicationStatus> status, Optional<String> cityCode,
            Optional<String> industryCode, Optional<Boolean> ineligible) {

        /** From a list's query parameters, any of them absent. */
        public static Filter of(UUID batchId, ApplicationStatus status, String cityCode, String industryCode, Boolean ineligible) {
            return new Filter(Optional.ofNullable(batchId), Optional.ofNullable(status), Optional.ofNullable(cityCode),
                    Optional.ofNullable(industryCode), Optional.ofNullable(ineligible));
        }
    }

    /** A further JPQL condition on {@code a}, with its named parameters (e.g. a unit's inbox). */
    public record Condition(String jpql, Map<String, Object> parameters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationPage list(Actor actor, Filter filter, Optional<Condition> also, PageRequest page) {
        PanacheQuery<Application> query = query(actor, filter, also, page.sort());
        return new ApplicationPage(query.page(page.panachePage()).list(), query.count());
    }

    /** Every application of the list, for an export (bounded by the caller's scope and the filter). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> all(Actor actor, Filter filter, Optional<Condition> also, io.quarkus.panache.common.Sort sort) {
        return query(actor, filter, also, sort).list();
    }

    /** How many of a list's applications share one key: a 市州's code, an industry class or a status. */
    public record Tally<K>(K key, long count) {
    }

    /** The applications of a list counted three ways; each way adds up to {@code total}. */
    public record Statistics(long total, List<Tally<String>> byCity, List<Tally<String>> byIndustry,
            List<Tally<ApplicationStatus>> byStatus) {
    }

    /**
     * The dashboard's numbers: exactly the applications {@link #list} shows the caller, grouped in SQL so that none is
     * loaded. The 市州 and the industry are read as the list's cityCode and industryCode filters read them, so each
     * number opens as the list it counts. Every tally is largest first, then by key.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics statistics(Actor actor, Filter filter) {
        Scoped listed = listed(actor, filter, Optional.empty());
        List<Tally<ApplicationStatus>> byStatus = tally(listed, "", "a.status", ApplicationStatus.class);
        return new Statistics(byStatus.stream().mapToLong(Tally::count).sum(),
                tally(listed, "join Region applicantRegion on applicantRegion.code = a.regionCode", CITY_OF_APPLICANT, String.class),
                tally(listed, "join Enterprise applicant on applicant.creditCode = a.creditCode", "applicant.industryCode", String.class),
                byStatus);
    }

    /** The 市州 the cityCode filter puts an application under: its county's parent, else its own region. */
    private static final String CITY_OF_APPLICANT =
            "case when applicantRegion.level = 'COUNTY' then applicantRegion.parentCode else applicantRegion.code end";

    private static <K> List<Tally<K>> tally(Scoped listed, String join, String key, Class<K> keyType) {
        var query = Application.getEntityManager().createQuery("select " + key + ", count(a) from Application a " + join
                + " where " + listed.where + " group by " + key + " order by count(a) desc, " + key, Object[].class);
        listed.params.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new Tally<>(keyType.cast(row[0]), (Long) row[1])).toList();
    }

    private PanacheQuery<Application> query(Actor actor, Filter filter, Optional<Condition> also, io.quarkus.panache.common.Sort sort) {
        Scoped listed = listed(actor, filter, also);
        return Application.find("from Application a where " + listed.where, sort, listed.params);
    }

    /** Which applications a list holds, as a condition on {@code a}: the filter, the further condition, the scope. */
    private static Scoped listed(Actor actor, Filter filter, Optional<Condition> also) {
        List<String> filters = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.batchId().ifPresent(b -> { filters.add("a.batch.id = :batch"); params.put("batch", b); });
        filter.status().ifPresent(s -> { filters.add("a.status = :status"); params.put("status", s); });
        filter.cityCode().ifPresent(c -> {
            filters.add("a.regionCode in (select r.code from Region r where r.parentCode = :city or r.code = :city)");
            params.put("city", c);
        });
        filter.industryCode().ifPresent(i -> {
            filters.add("a.creditCode in (select e.creditCode from Enterprise e where e.industryCode = :industry)");
            params.put("industry", i);
        });
        filter.ineligible().ifPresent(i -> filters.add(i ? "a.mechanicalFailures > 0" : "a.mechanicalFailures = 0"));
        also.ifPresent(c -> { filters.add(c.jpql()); params.putAll(c.parameters()); });
        Scoped scoped = scoped(actor, filters.isEmpty() ? "true" : String.join(" and ", filters));
        scoped.params.putAll(params);
        return scoped;
    }

    private record Scoped(String where, Map<String, Object> params) {
    }

    /** The caller's jurisdiction; officers never see an enterprise's unsubmitted draft. */
    private static Scoped scoped(Actor actor, String condition) {
        Jurisdiction jurisdiction = Jurisdiction.of(actor, "a.regionCode", "a.creditCode");
        String where = condition + " and " + jurisdiction.condition();
        Map<String, Object> params = new HashMap<>(jurisdiction.parameters());
        if (!actor.hasRole(Roles.ENTERPRISE)) {
            where += " and a.status <> :draft";
            params.put("draft", ApplicationStatus.DRAFT);
        }
        return new Scoped(where, params);
    }

    private void requireAccepting(Batch batch) {
        LocalDate today = LocalDate.now(clock);
        if (batch.status == Batch.Status.CLOSED) {
            throw ProblemException.conflict("batch-closed", batch.year, LocalDate.ofInstant(batch.closed.at, clock.getZone()).toString(),
                    batch.closeReason);
        }
        if (!batch.acceptsApplicationsOn(today)) {
            throw ProblemException.unprocessable("batch-not-accepting", List.of(new FieldProblem("batchId", "batch-not-accepting",
                    batch.year, batch.applicationOpensOn.toString(), batch.applicationClosesOn.toString())));
        }
    }

    /** The enterprise as last fetched: an application exists only for an enterprise the platform described. */
    private Enterprise storedEnterprise(Application a) {
        return enterprises.known(new CreditCode(a.creditCode)).orElseThrow();
    }

    private EligibilityRules.Inputs inputs(Application a, Enterprise enterprise) {
        return new EligibilityRules.Inputs(enterprise, references.isConsumerGoods(enterprise.industryCode), a.batch.edition,
                a.batch.year, a.content, evidence.idsOf(a.id));
    }
}
