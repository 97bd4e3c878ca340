package cn.gov.hunan.sanpin.application.reference;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Regions and industries: read by everyone, the 直管县 flag maintained by the province with an audit record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    public static final String REGION = "region";

    @Inject
    AuditTrail audit;

    public List<Region> regions(Optional<String> parentCode, Optional<String> level, Optional<Boolean> provinciallyAdministered) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        parentCode.ifPresent(p -> { where.add("parentCode = :parent"); params.put("parent", p); });
        level.ifPresent(l -> { where.add("level = :level"); params.put("level", l); });
        provinciallyAdministered.ifPresent(f -> { where.add("provinciallyAdministered = :flag"); params.put("flag", f); });
        return where.isEmpty() ? Region.listAll(Sort.by("code")) : Region.list(String.join(" and ", where), Sort.by("code"), params);
    }

    public Optional<Region> region(String code) {
        return Region.findByIdOptional(code);
    }

    public List<Industry> industries(Optional<Boolean> consumerGoods) {
        return consumerGoods.map(flag -> Industry.<Industry>list("consumerGoods", Sort.by("code"), flag))
                .orElseGet(() -> Industry.listAll(Sort.by("code")));
    }

    /** The most specific listed industry a GB/T 4754 class falls under: the longest listed prefix of its code. */
    public Optional<Industry> industryOf(String industryCode) {
        for (int length = industryCode.length(); length >= 2; length--) {
            Optional<Industry> match = Industry.findByIdOptional(industryCode.substring(0, length));
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** True when a GB/T 4754 class belongs to a consumer-goods industry. */
    public boolean isConsumerGoods(String industryCode) {
        return industryOf(industryCode).map(i -> i.consumerGoods).orElse(false);
    }

    /** Sets or clears 省财政直管县 on a county-level region; only the province does this, always with a reason. */
    @Transactional
    public Region setProvinciallyAdministered(Actor actor, String code, boolean flag, String reason) {
        Region region = Region.<Region>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("region-unknown", code));
        if (!region.isCounty()) {
            throw ProblemException.unprocessable("region-not-county",
                    List.of(new FieldProblem("regionCode", "region-not-county", region.name)));
        }
        if (region.provinciallyAdministered != flag) {
            region.provinciallyAdministered = flag;
            audit.record(actor, REGION, code, flag ? "REGION_PROVINCIALLY_ADMINISTERED_SET" : "REGION_PROVINCIALLY_ADMINISTERED_CLEARED",
                    reason, Map.of("provinciallyAdministered", flag, "name", region.name));
        }
        return region;
    }
}
