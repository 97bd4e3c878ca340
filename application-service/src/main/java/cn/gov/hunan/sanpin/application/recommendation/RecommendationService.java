package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.application.Application;
import cn.gov.hunan.sanpin.application.application.ApplicationLifecycle;
import cn.gov.hunan.sanpin.application.application.ApplicationService;
import cn.gov.hunan.sanpin.application.application.Transition;
import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.application.batch.BatchService;
import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.reference.Region;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The recommending units' lists (DOMAIN.md §1, §4): a 市州 bureau, or a 省财政直管县's bureau, ranks what it
 * recommends within the batch's cap for it, prints the letter, and makes the recommendation final by uploading the
 * stamped scan. Caps count every enterprise a unit put forward in the batch, in all its lists.
 */
@ApplicationScoped
public class RecommendationService {

    public static final String RECOMMENDATION = "recommendation";

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    ReferenceService references;

    @Inject
    EvidenceService evidence;

    @Inject
    ReservePool reservePool;

    @Inject
    Event<LetterStamped> stamped;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A unit that recommends to the province, as the caller acts for it. */
    public record RecommendingUnit(Region region, String name, RecommendingUnitKind kind) {

        /** The 市州 the cap is looked up by: the city itself, or the city a 直管县 lies in. */
        String capCity() {
            return kind == RecommendingUnitKind.CITY ? region.code : region.parentCode;
        }
    }

    /** The caller's recommending unit; county bureaus of ordinary counties forward instead (403). */
    public RecommendingUnit unitOf(Actor actor) {
        Optional<Region> region = actor.regionCode().flatMap(references::region);
        String name = actor.unitName().orElse(region.map(r -> r.name).orElse(""));
        if (actor.hasRole(Roles.CITY_OFFICER) && region.filter(Region::isCity).isPresent()) {
            return new RecommendingUnit(region.get(), name, RecommendingUnitKind.CITY);
        }
        if (actor.hasRole(Roles.COUNTY_OFFICER) && region.filter(r -> r.provinciallyAdministered).isPresent()) {
            return new RecommendingUnit(region.get(), name, RecommendingUnitKind.PROVINCIALLY_ADMINISTERED_COUNTY);
        }
        throw ProblemException.forbidden("not-a-recommending-unit");
    }

    /** The unit that made a list, as it recommends: its cap and its level follow from it. */
    public RecommendingUnit unitOf(RecommendationList list) {
        Region region = references.region(list.unitRegion).orElseThrow();
        return new RecommendingUnit(region, list.unitName, region.isCity() ? RecommendingUnitKind.CITY
                : RecommendingUnitKind.PROVINCIALLY_ADMINISTERED_COUNTY);
    }

    /** The batch's cap for the unit: its own, else the default for its kind, else the whole quota. */
    public int capFor(Batch batch, RecommendingUnit unit) {
        String kind = unit.kind().toString();
        return batch.recommendationCaps.stream().filter(c -> kind.equals(c.unitKind) && unit.capCity().equals(c.cityCode)).findFirst()
                .or(() -> batch.recommendationCaps.stream().filter(c -> kind.equals(c.unitKind) && c.cityCode == null).findFirst())
                .map(c -> c.maxRecommendations).orElse(batch.quota);
    }

    /**
     * Adds the application to the unit's draft list, within its cap. Where the batch gives the reserve pool
     * priority, a pool enterprise is ranked after the pool enterprises already listed, before the others.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecommendationEntry add(Actor actor, RecommendingUnit unit, Application a, String opinion) {
        RecommendationList list = draftFor(a.batch, unit);
        long putForward = RecommendationEntry.count("select count(distinct e.application.id) from RecommendationEntry e"
                + " where e.list.batch.id = ?1 and e.list.unitRegion = ?2 and e.application.id <> ?3", a.batch.id, unit.region().code, a.id);
        int cap = capFor(a.batch, unit);
        if (putForward + 1 > cap) {
            throw ProblemException.conflict("recommendation-cap-exceeded", cap, putForward);
        }
        RecommendationEntry entry = new RecommendationEntry();
        entry.list = list;
        entry.application = a;
        entry.opinion = opinion;
        Set<String> pool = reservePool.creditCodes();
        int position = a.batch.reservePoolPriority && pool.contains(a.creditCode)
                ? (int) list.entries.stream().filter(e -> pool.contains(e.application.creditCode)).count()
                : list.entries.size();
        list.entries.add(position, entry);
        renumber(list);
        staleRankings(list);
        audit.record(actor, RECOMMENDATION, list.id, "RECOMMENDATION_ADDED", opinion, Map.of("applicationId", a.id.toString(), "rank", entry.rank));
        return entry;
    }

    /** The unit's list to show: the one it is putting together, else its latest; empty before any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecommendationList> current(UUID batchId, RecommendingUnit unit) {
        return RecommendationList.<RecommendationList>find("batch.id = ?1 and unitRegion = ?2 order by status, sequence desc",
                batchId, unit.region().code).firstResultOptional();
    }

    /**
     * The letters of a batch the caller may read, by unit then sequence: every unit's for the province, its own for a
     * recommending unit (anyone else 403). A draft the unit emptied is no letter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationList> letters(Actor actor, UUID batchId, Optional<RecommendationList.Status> status) {
        StringBuilder jpql = new StringBuilder("batch.id = :batch and entries is not empty");
        Map<String, Object> parameters = new HashMap<>(Map.of("batch", batchId));
        readableUnit(actor).ifPresent(unit -> {
            jpql.append(" and unitRegion = :unit");
            parameters.put("unit", unit);
        });
        status.ifPresent(wanted -> {
            jpql.append(" and status = :status");
            parameters.put("status", wanted);
        });
        return RecommendationList.list(jpql.append(" order by unitRegion, sequence").toString(), parameters);
    }

    /** One letter the caller may read; another unit's is 404, as anything outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecommendationList letter(Actor actor, UUID batchId, UUID id) {
        Optional<String> unit = readableUnit(actor);
        return RecommendationList.<RecommendationList>find("id = ?1 and batch.id = ?2 and (?3 = false or unitRegion = ?4)", id,
                batchId, unit.isPresent(), unit.orElse("")).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("recommendation-unknown", id));
    }

    /** The only unit whose letters the caller may read; none for the province, which reads all. */
    private Optional<String> readableUnit(Actor actor) {
        return actor.hasRole(Roles.PROVINCE_OFFICER) ? Optional.empty() : Optional.of(unitOf(actor).region().code);
    }

    /** Orders the unit's draft list; the ids must be exactly the listed applications. */
    @Transactional
    public RecommendationList rank(Actor actor, UUID batchId, long expectedVersion, List<UUID> order) {
        RecommendingUnit unit = unitOf(actor);
        RecommendationList list = draft(batchId, unit);
        if (list.version != expectedVersion) {
            throw new OptimisticLockException();
        }
        Set<UUID> listed = new HashSet<>(list.entries.stream().map(e -> e.application.id).toList());
        if (order.size() != listed.size() || !listed.equals(new HashSet<>(order))) {
            throw ProblemException.unprocessable("recommendation-ranking-invalid",
                    List.of(new FieldProblem("applicationIds", "recommendation-ranking-mismatch", listed.size())));
        }
        list.entries.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.application.id)));
        renumber(list);
        staleRankings(list);
        audit.record(actor, RECOMMENDATION, list.id, "RECOMMENDATION_RANKED", null, Map.of("order", order.stream().map(UUID::toString).toList()));
        return list;
    }

    /** A unit's list was made final by its stamped letter; observers act in the same transaction. */
    public record LetterStamped(Actor actor, RecommendationList list) {
    }

    /**
     * Makes the unit's draft list final with its stamped scan (streamed in first, with no transaction open); then
     * {@link LetterStamped} is fired in the same transaction, for the listed applications to move to the province.
     */
    public RecommendationList finalise(Actor actor, UUID batchId, String fileName, java.io.InputStream body) {
        RecommendingUnit unit = unitOf(actor);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> draft(batchId, unit));
        EvidenceService.Received scan = evidence.receiveScan(fileName, body);
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                RecommendationList list = draft(batchId, unit);
                list.status = RecommendationList.Status.FINAL;
                list.scan = new StampedScan();
                list.scan.storageName = scan.storageName();
                list.scan.fileName = fileName.strip();
                list.scan.mediaType = scan.type().mediaType;
                list.scan.size = scan.stored().size();
                list.scan.sha256 = scan.stored().sha256();
                list.finalized = Stamp.of(actor, clock.instant());
                audit.record(actor, RECOMMENDATION, list.id, "RECOMMENDATION_FINALISED", "上传盖章推荐函",
                        Map.of("count", list.entries.size(), "scanSha256", list.scan.sha256));
                stamped.fire(new LetterStamped(actor, list));
                return list;
            });
        } catch (RuntimeException notRecorded) {
            evidence.discard(scan);
            throw notRecorded;
        }
    }

    /** The draft list the application waits in, if the unit has recommended it but not yet sent the letter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecommendationEntry> pendingEntryOf(Application a) {
        return RecommendationEntry.<RecommendationEntry>find("application.id = ?1 and list.status = ?2", a.id,
                RecommendationList.Status.DRAFT).firstResultOptional();
    }

    /** A withdrawn application leaves the draft list it waits in. */
    void dropWithdrawn(@Observes ApplicationLifecycle.StatusChanged change) {
        if (change.transition() != Transition.WITHDRAW) {
            return;
        }
        Actor actor = change.actor();
        Application a = change.application();
        pendingEntryOf(a).ifPresent(entry -> {
            RecommendationList list = remove(entry);
            audit.record(actor, RECOMMENDATION, list.id, "RECOMMENDATION_DROPPED", "企业撤回申报", Map.of("applicationId", a.id.toString()));
        });
    }

    /**
     * The unit takes its recommendation back (撤回推荐) while its letter waits for the stamped scan: the entry leaves
     * the draft list, those after it move up, and the place in the unit's cap is free again. Once the unit's latest
     * letter naming the application is final, 409. The application's status does not change: until the scan it
     * still waits at the unit (CITY_REVIEW at a city, SUBMITTED at a 直管县), and without its entry it is the unit's
     * turn again; its version moves on, so what was read before is stale. Audited on the list and the application.
     */
    @Transactional
    public RecommendationList takeBack(Actor actor, UUID batchId, UUID applicationId, String reason) {
        RecommendingUnit unit = unitOf(actor);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.unprocessable("take-back-invalid", List.of(new FieldProblem("reason", "reason-required")));
        }
        Application a = applications.inScope(actor, applicationId);
        if (!a.batch.id.equals(batchId)) {
            throw ProblemException.notFound("application-unknown", applicationId);
        }
        RecommendationEntry entry = RecommendationEntry.<RecommendationEntry>find(
                        "application.id = ?1 and list.unitRegion = ?2 order by list.sequence desc", a.id, unit.region().code)
                .firstResultOptional().orElseThrow(() -> ProblemException.conflict("recommendation-not-listed"));
        if (entry.list.status == RecommendationList.Status.FINAL) {
            throw ProblemException.conflict("recommendation-final",
                    LocalDate.ofInstant(entry.list.finalized.at, clock.getZone()).toString());
        }
        RecommendationList list = remove(entry);
        a.updated = Stamp.of(actor, clock.instant());
        audit.record(actor, RECOMMENDATION, list.id, "RECOMMENDATION_TAKEN_BACK", reason, Map.of("applicationId", a.id.toString()));
        audit.record(actor, ApplicationService.APPLICATION, a.id, "RECOMMENDATION_TAKEN_BACK", reason,
                Map.of("unit", list.unitName, "recommendationId", list.id.toString()));
        return list;
    }

    private RecommendationList draft(UUID batchId, RecommendingUnit unit) {
        return RecommendationList.<RecommendationList>find("batch.id = ?1 and unitRegion = ?2 and status = ?3", batchId,
                unit.region().code, RecommendationList.Status.DRAFT).firstResultOptional()
                .filter(list -> !list.entries.isEmpty())
                .orElseThrow(() -> ProblemException.conflict("recommendation-empty"));
    }

    private RecommendationList draftFor(Batch batch, RecommendingUnit unit) {
        return RecommendationList.<RecommendationList>find("batch.id = ?1 and unitRegion = ?2 and status = ?3", batch.id,
                unit.region().code, RecommendationList.Status.DRAFT).firstResultOptional().orElseGet(() -> {
                    RecommendationList list = new RecommendationList();
                    list.id = UUID.randomUUID();
                    list.batch = batch;
                    list.unitRegion = unit.region().code;
                    list.unitName = unit.name();
                    list.sequence = 1 + (int) RecommendationList.count("batch.id = ?1 and unitRegion = ?2", batch.id, unit.region().code);
                    list.status = RecommendationList.Status.DRAFT;
                    list.persist();
                    return list;
                });
    }

    private static RecommendationList remove(RecommendationEntry entry) {
        RecommendationList list = entry.list;
        list.entries.remove(entry);
        renumber(list);
        staleRankings(list);
        return list;
    }

    /** The list's entries changed: a ranking made on the version read before is refused. */
    private static void staleRankings(RecommendationList list) {
        RecommendationList.getEntityManager().lock(list, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static void renumber(RecommendationList list) {
        for (int i = 0; i < list.entries.size(); i++) {
            list.entries.get(i).rank = i + 1;
        }
    }
}
