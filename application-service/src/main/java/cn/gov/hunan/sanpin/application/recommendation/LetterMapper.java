package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.application.Application;
import cn.gov.hunan.sanpin.application.reference.Industry;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.reference.Region;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import cn.gov.hunan.sanpin.contract.application.model.YearAmount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The letter's plain values from a unit's list and the applications' forms (figures as the enterprise filled them in). */
@ApplicationScoped
class LetterMapper {

    @Inject
    ReservePool reservePool;

    @Inject
    ReferenceService references;

    @Inject
    RecommendationService recommendations;

    @Inject
    RecordedChecks checks;

    RecommendationLetter of(RecommendationList list, LocalDate date) {
        Set<String> pool = reservePool.creditCodes();
        RecommendingUnitKind unit = recommendations.unitOf(list).kind();
        return new RecommendationLetter(list.unitName, null, "省工业和信息化厅", list.batch.year, date, null,
                list.entries.stream().map(e -> enterprise(e, pool.contains(e.application.creditCode), unit)).toList());
    }

    private RecommendationLetter.RecommendedEnterprise enterprise(RecommendationEntry entry, boolean inPool, RecommendingUnitKind unit) {
        Application a = entry.application;
        Optional<Region> county = references.region(a.regionCode);
        String city = county.flatMap(c -> references.region(c.parentCode)).map(r -> r.name).orElse("");
        String industryCode = a.frozenFacts == null ? "" : String.valueOf(a.frozenFacts.getOrDefault("industryCode", ""));
        String industryName = references.industryOf(industryCode).map(i -> i.name).orElse("");
        ApplicationContent c = a.content;
        return new RecommendationLetter.RecommendedEnterprise(a.enterpriseName, a.creditCode, city, county.map(r -> r.name).orElse(null),
                industryCode, industryName, inPool, figures(c),
                c.getSpecialWorks() == null ? List.of() : c.getSpecialWorks().stream().map(w -> w.getCode().toString()).toList(),
                entry.opinion, checks.recordedBy(unit, a));
    }

    private static List<RecommendationLetter.AnnualFigures> figures(ApplicationContent c) {
        var economic = c.getEconomicContribution() == null || c.getEconomicContribution().getFigures() == null ? List.<cn.gov.hunan.sanpin.contract.application.model.YearFigures>of()
                : c.getEconomicContribution().getFigures();
        List<YearAmount> rd = c.getInnovation() == null ? null : c.getInnovation().getRdSpending();
        List<YearAmount> investment = c.getTechnicalTransformation() == null ? null : c.getTechnicalTransformation().getInvestment();
        List<YearAmount> promotion = c.getBrand() == null ? null : c.getBrand().getPromotionSpending();
        Set<Integer> years = new TreeSet<>();
        economic.forEach(f -> years.add(f.getYear()));
        for (List<YearAmount> amounts : java.util.Arrays.asList(rd, investment, promotion)) {
            if (amounts != null) {
                amounts.forEach(y -> years.add(y.getYear()));
            }
        }
        return years.stream().map(year -> {
            var f = economic.stream().filter(e -> e.getYear() == year).findFirst();
            return new RecommendationLetter.AnnualFigures(year,
                    f.map(cn.gov.hunan.sanpin.contract.application.model.YearFigures::getRevenueTenThousandYuan).orElse(null),
                    f.map(cn.gov.hunan.sanpin.contract.application.model.YearFigures::getProfitTenThousandYuan).orElse(null),
                    f.map(cn.gov.hunan.sanpin.contract.application.model.YearFigures::getTaxTenThousandYuan).orElse(null),
                    amount(rd, year), amount(investment, year), amount(promotion, year));
        }).toList();
    }

    private static BigDecimal amount(List<YearAmount> amounts, int year) {
        return amounts == null ? null : amounts.stream().filter(a -> a.getYear() == year).findFirst()
                .map(YearAmount::getAmountTenThousandYuan).orElse(null);
    }
}
