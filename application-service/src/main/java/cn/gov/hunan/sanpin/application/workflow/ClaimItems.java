package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.BasicCondition;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a level's 真实性、完整性审查 covers: every basic condition, and each special work the application claims. */
final class ClaimItems {

    private ClaimItems() {
    }

    static Set<String> of(ApplicationContent content) {
        Set<String> items = new LinkedHashSet<>();
        for (BasicCondition condition : BasicCondition.values()) {
            items.add(condition.toString());
        }
        List<SpecialWorkClaim> works = Objects.requireNonNullElse(content.getSpecialWorks(), List.of());
        works.stream().map(SpecialWorkClaim::getCode).filter(Objects::nonNull).map(Object::toString).sorted().forEach(items::add);
        return items;
    }
}
