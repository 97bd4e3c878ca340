package cn.gov.hunan.sanpin.application.reservepool;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 三品标杆后备企业库, kept by the province: lists mark its enterprises, and a batch may rank them first. */
@ApplicationScoped
public class ReservePool {

    static final String RESERVE_POOL = "reserve-pool";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> creditCodes() {
        return new HashSet<>(ReservePoolEntry.<ReservePoolEntry>listAll().stream().map(e -> e.creditCode).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReservePoolEntry> entries() {
        return ReservePoolEntry.listAll(Sort.by("creditCode"));
    }

    @Transactional
    public ReservePoolEntry add(Actor actor, String creditCode, String enterpriseName, String reason) {
        ReservePoolEntry entry = ReservePoolEntry.<ReservePoolEntry>findByIdOptional(creditCode).orElseGet(ReservePoolEntry::new);
        boolean isNew = entry.creditCode == null;
        entry.creditCode = creditCode;
        entry.enterpriseName = enterpriseName;
        entry.reason = reason;
        entry.added = Stamp.of(actor, clock.instant());
        if (isNew) {
            entry.persist();
        }
        audit.record(actor, RESERVE_POOL, creditCode, "RESERVE_POOL_ADDED", reason, Map.of());
        return entry;
    }

    @Transactional
    public void remove(Actor actor, String creditCode, String reason) {
        ReservePoolEntry entry = ReservePoolEntry.<ReservePoolEntry>findByIdOptional(creditCode)
                .orElseThrow(() -> ProblemException.notFound("reserve-pool-unknown", creditCode));
        entry.delete();
        audit.record(actor, RESERVE_POOL, creditCode, "RESERVE_POOL_REMOVED", reason, Map.of());
    }
}
