package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.application.edition.PolicyEditionService;
import cn.gov.hunan.sanpin.application.web.Reasons;
import cn.gov.hunan.sanpin.common.audit.AuditEvent;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineChange;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating, changing, opening, extending and closing annual batches; only the province does these, every change
 * audited. A draft is changed freely; once published only its deadlines move, and only later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BatchService {

    public static final String BATCH = "batch";
    public static final Map<String, String> SORTABLE = Map.of("year", "year", "title", "title", "status", "status",
            "applicationOpensOn", "applicationOpensOn", "applicationClosesOn", "applicationClosesOn");

    @Inject
    BatchRules rules;

    @Inject
    PolicyEditionService editions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record BatchPage(List<Batch> items, long totalElements) {
    }

    public BatchPage list(Optional<Batch.Status> status, Optional<Integer> year, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        status.ifPresent(s -> { where.add("status = :status"); params.put("status", s); });
        year.ifPresent(y -> { where.add("year = :year"); params.put("year", y); });
        PanacheQuery<Batch> query = where.isEmpty() ? Batch.findAll(page.sort()) : Batch.find(String.join(" and ", where), page.sort(), params);
        return new BatchPage(query.page(page.panachePage()).list(), query.count());
    }

    /** The calls the public landing page announces: open ones, newest year first. */
    public List<Batch> openBatches() {
        return Batch.list("status", Sort.descending("year"), Batch.Status.OPEN);
    }

    public Optional<Batch> find(UUID id) {
        return Batch.findByIdOptional(id);
    }

    @Transactional
    public Batch create(Actor actor, BatchDraft draft) {
        Optional<PolicyEdition> edition = editions.findForUse(draft.getEditionId());
        List<FieldProblem> problems = rules.check(draft, edition, null);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("batch-invalid", problems);
        }
        if (Batch.count("year", draft.getYear()) > 0) {
            throw ProblemException.conflict("batch-year-exists", draft.getYear());
        }
        Batch batch = new Batch();
        batch.id = UUID.randomUUID();
        batch.status = Batch.Status.DRAFT;
        batch.created = Stamp.of(actor, clock.instant());
        BatchMapper.apply(draft, edition.get(), batch);
        batch.persist();
        audit.record(actor, BATCH, batch.id, "BATCH_CREATED", null, Map.of("year", batch.year, "quota", batch.quota));
        return batch;
    }

    @Transactional
    public Batch update(Actor actor, UUID id, BatchDraft draft, long expectedVersion) {
        Batch batch = find(id).orElseThrow(() -> ProblemException.notFound("batch-unknown", id));
        if (batch.version != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (batch.status != Batch.Status.DRAFT) {
            throw ProblemException.conflict("batch-not-draft", batch.status);
        }
        Optional<PolicyEdition> edition = editions.findForUse(draft.getEditionId());
        List<FieldProblem> problems = rules.check(draft, edition, id);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("batch-invalid", problems);
        }
        if (batch.year != draft.getYear() && Batch.count("year", draft.getYear()) > 0) {
            throw ProblemException.conflict("batch-year-exists", draft.getYear());
        }
        BatchMapper.apply(draft, edition.get(), batch);
        audit.record(actor, BATCH, batch.id, "BATCH_UPDATED", null, Map.of("year", batch.year, "quota", batch.quota));
        return batch;
    }

    /** Publishes the call: enterprises may apply from the window's first day. */
    @Transactional
    public Batch open(Actor actor, UUID id, String reason) {
        Batch batch = find(id).orElseThrow(() -> ProblemException.notFound("batch-unknown", id));
        if (batch.status != Batch.Status.DRAFT) {
            throw ProblemException.conflict("batch-not-draft", batch.status);
        }
        List<FieldProblem> problems = rules.checkOpening(batch);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("batch-cannot-open", problems);
        }
        batch.status = Batch.Status.OPEN;
        batch.opened = Stamp.of(actor, clock.instant());
        audit.record(actor, BATCH, batch.id, "BATCH_OPENED", reason, Map.of("year", batch.year));
        return batch;
    }

    /**
     * Moves deadlines of a published batch later, all in one change so that the phases can stay in order. Each moved
     * deadline is kept as an extension; applications and decisions read the batch's deadlines, so they follow at once.
     */
    @Transactional
    public Batch extend(Actor actor, UUID id, long expectedVersion, List<DeadlineChange> changes, String reason) {
        Batch batch = withEdition(id);
        if (batch.version != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (batch.status == Batch.Status.DRAFT) {
            throw ProblemException.conflict("batch-not-open", batch.status);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Reasons.missing("reason", reason).ifPresent(problems::add);
        problems.addAll(rules.checkExtension(batch, changes));
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("batch-extension-invalid", problems);
        }
        Stamp stamp = Stamp.of(actor, clock.instant());
        Map<String, Object> moved = new HashMap<>();
        for (DeadlineChange change : changes) {
            Batch.Phase phase = Batch.Phase.valueOf(change.getPhase().name());
            moved.put(phase.scheduleField, batch.dueOn(phase) + " → " + change.getDueOn());
            DeadlineExtension.of(batch, phase, change.getDueOn(), reason, stamp).persist();
            batch.moveDeadline(phase, change.getDueOn());
        }
        audit.record(actor, BATCH, batch.id, "BATCH_DEADLINES_EXTENDED", reason, moved);
        return batch;
    }

    /** Ends intake of a published call: no new applications or submissions; review of the submitted ones goes on. */
    @Transactional
    public Batch close(Actor actor, UUID id, String reason) {
        Batch batch = withEdition(id);
        if (batch.status != Batch.Status.OPEN) {
            throw ProblemException.conflict("batch-not-open", batch.status);
        }
        Reasons.missing("reason", reason).ifPresent(missing -> {
            throw ProblemException.unprocessable("validation", List.of(missing));
        });
        batch.status = Batch.Status.CLOSED;
        batch.closed = Stamp.of(actor, clock.instant());
        batch.closeReason = reason;
        audit.record(actor, BATCH, batch.id, "BATCH_CLOSED", reason, Map.of("year", batch.year));
        return batch;
    }

    /** A batch about to change, with its edition, which the answer shows after the transaction has ended. */
    private static Batch withEdition(UUID id) {
        return Batch.<Batch>find("from Batch b join fetch b.edition where b.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("batch-unknown", id));
    }

    public List<AuditEvent> history(UUID id) {
        find(id).orElseThrow(() -> ProblemException.notFound("batch-unknown", id));
        return audit.history(BATCH, id);
    }
}
