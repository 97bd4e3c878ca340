package cn.gov.hunan.sanpin.application.scope;

import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.common.security.Roles;
import java.util.Map;

/**
 * Whose enterprises an officer may see (DOMAIN.md §7), as a JPQL condition on a region code so that scoped lists
 * and lookups filter in SQL: a county officer sees its county; a city officer its city's counties except the
 * 省财政直管县; the province everything; an enterprise user only its own enterprise; anyone else nothing.
 * Out of scope is indistinguishable from absent (404).
 *
 * @param condition a JPQL condition using named parameters
 * @param parameters the named parameters the condition uses
 */
public record Jurisdiction(String condition, Map<String, Object> parameters) {

    /**
     * @param actor      the caller
     * @param regionPath JPQL path of the region code to scope, e.g. {@code e.regionCode}
     * @param creditPath JPQL path of the enterprise's credit code, e.g. {@code e.creditCode}
     */
    public static Jurisdiction of(Actor actor, String regionPath, String creditPath) {
        if (actor.hasRole(Roles.PROVINCE_OFFICER)) {
            return new Jurisdiction("true", Map.of());
        }
        if (actor.hasRole(Roles.CITY_OFFICER) && actor.regionCode().isPresent()) {
            return new Jurisdiction(regionPath + " in (select r.code from Region r where r.parentCode = :jurisdiction"
                    + " and r.provinciallyAdministered = false)", Map.of("jurisdiction", actor.regionCode().get()));
        }
        if (actor.hasRole(Roles.COUNTY_OFFICER) && actor.regionCode().isPresent()) {
            return new Jurisdiction(regionPath + " = :jurisdiction", Map.of("jurisdiction", actor.regionCode().get()));
        }
        if (actor.hasRole(Roles.ENTERPRISE) && actor.creditCode().isPresent()) {
            return new Jurisdiction(creditPath + " = :jurisdiction", Map.of("jurisdiction", actor.creditCode().get()));
        }
        return new Jurisdiction("false", Map.of());
    }
}
