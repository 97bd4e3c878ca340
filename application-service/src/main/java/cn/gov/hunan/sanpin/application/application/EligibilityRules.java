package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.enterprise.Enterprise;
import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.BasicCondition;
import cn.gov.hunan.sanpin.contract.application.model.Eligibility;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityCheck;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityFact;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityOutcome;
import cn.gov.hunan.sanpin.contract.application.model.Incident;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkClaim;
import cn.gov.hunan.sanpin.contract.application.model.YearAmount;
import cn.gov.hunan.sanpin.contract.application.model.YearFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * 资格预审 (DOMAIN.md §3): the seven basic conditions of section 三 of the policy, computed from the platform's facts
 * and the form, never typed. BC1, BC6 and BC7 are checked mechanically; BC2–BC5 are left to the reviewers with the
 * figures they need. A pure function: what goes in decides what comes out.
 */
public final class EligibilityRules {

    /** The facts a decision rests on. */
    public record Inputs(Enterprise enterprise, boolean consumerGoods, PolicyEdition edition, int batchYear,
            ApplicationContent content, Set<UUID> storedEvidence) {
    }

    private EligibilityRules() {
    }

    public static Eligibility evaluate(Inputs in) {
        List<EligibilityCheck> checks = List.of(bc1(in), bc2(in), bc3(in), bc4(in), bc5(in), bc6(in), bc7(in));
        int failures = (int) checks.stream().filter(c -> c.getOutcome() == EligibilityOutcome.FAIL).count();
        return new Eligibility().checks(new ArrayList<>(checks)).mechanicalFailures(failures);
    }

    /** BC1: an independent legal person, above designated size, reporting normally, in a consumer-goods industry. */
    static EligibilityCheck bc1(Inputs in) {
        Enterprise e = in.enterprise();
        List<EligibilityFact> facts = new ArrayList<>(List.of(
                platform("独立法人资格", yesNo(e.legalPerson)),
                platform("规模以上工业企业", yesNo(e.aboveDesignatedSize)),
                platform("在企业服务平台正常报送数据", yesNo(e.reportsNormally)),
                platform("消费品工业行业（" + e.industryCode + "）", yesNo(in.consumerGoods()))));
        for (Enterprise.YearFigures reported : e.figures) {
            facts.add(platform(reported.year() + "年营业收入（万元，平台）", plain(reported.revenue())));
            declaredRevenue(in.content(), reported.year()).ifPresent(declared ->
                    facts.add(computed(reported.year() + "年申报营业收入与平台数据差异", deviation(declared, reported.revenue()))));
        }
        boolean pass = e.legalPerson && e.aboveDesignatedSize && e.reportsNormally && in.consumerGoods();
        return check(BasicCondition.BC1, pass ? EligibilityOutcome.PASS : EligibilityOutcome.FAIL, facts);
    }

    /** BC2: innovation — R&D spending and intensity, institution, staff. */
    static EligibilityCheck bc2(Inputs in) {
        List<EligibilityFact> facts = new ArrayList<>();
        part(in, ApplicationContent::getInnovation).ifPresent(innovation -> {
            for (YearAmount rd : Objects.requireNonNullElse(innovation.getRdSpending(), List.<YearAmount>of())) {
                facts.add(declared(rd.getYear() + "年研发投入（万元）", plain(rd.getAmountTenThousandYuan())));
                platformRevenue(in.enterprise(), rd.getYear()).filter(r -> rd.getAmountTenThousandYuan() != null && r.signum() > 0)
                        .ifPresent(revenue -> facts.add(computed(rd.getYear() + "年研发投入强度",
                                percent(rd.getAmountTenThousandYuan(), revenue))));
            }
            if (innovation.getRdInstitutionLevel() != null) {
                facts.add(declared("研发机构级别", innovation.getRdInstitutionLevel().toString()));
            }
            if (innovation.getResearchStaff() != null) {
                facts.add(declared("研发人员数", String.valueOf(innovation.getResearchStaff())));
            }
        });
        return judgement(BasicCondition.BC2, facts);
    }

    /** BC3: own intellectual property and leading products. */
    static EligibilityCheck bc3(Inputs in) {
        List<EligibilityFact> facts = new ArrayList<>();
        part(in, ApplicationContent::getIntellectualProperty).ifPresent(ip -> {
            addCount(facts, "发明专利", ip.getInventionPatents());
            addCount(facts, "实用新型专利", ip.getUtilityModelPatents());
            addCount(facts, "外观设计专利", ip.getDesignPatents());
            addCount(facts, "注册商标", ip.getTrademarks());
            addCount(facts, "主导制定标准", ip.getStandardsLed());
        });
        return judgement(BasicCondition.BC3, facts);
    }

    /** BC4: investment in technical transformation, smart factory, digital workshop, 两化融合. */
    static EligibilityCheck bc4(Inputs in) {
        List<EligibilityFact> facts = new ArrayList<>();
        part(in, ApplicationContent::getTechnicalTransformation).ifPresent(t -> {
            for (YearAmount i : Objects.requireNonNullElse(t.getInvestment(), List.<YearAmount>of())) {
                facts.add(declared(i.getYear() + "年技术改造投资（万元）", plain(i.getAmountTenThousandYuan())));
            }
        });
        return judgement(BasicCondition.BC4, facts);
    }

    /** BC5: brand plan, talent, and promotion spending over the lookback years. */
    static EligibilityCheck bc5(Inputs in) {
        List<EligibilityFact> facts = new ArrayList<>();
        part(in, ApplicationContent::getBrand).ifPresent(b -> {
            BigDecimal total = BigDecimal.ZERO;
            for (YearAmount p : Objects.requireNonNullElse(b.getPromotionSpending(), List.<YearAmount>of())) {
                if (p.getAmountTenThousandYuan() != null && p.getYear() >= in.batchYear() - in.edition().brandSpendingLookbackYears) {
                    total = total.add(p.getAmountTenThousandYuan());
                }
            }
            facts.add(computed("近" + in.edition().brandSpendingLookbackYears + "年品牌宣传推广费用合计（万元）", plain(total)));
            facts.add(declared("自主品牌发展规划", b.getBrandPlan() == null || b.getBrandPlan().isBlank() ? "未填写" : "已填写"));
        });
        return judgement(BasicCondition.BC5, facts);
    }

    /** BC6: at least the edition's minimum of the 12 special works, each described and backed by stored evidence. */
    static EligibilityCheck bc6(Inputs in) {
        List<SpecialWorkClaim> claims = Objects.requireNonNullElse(in.content().getSpecialWorks(), List.of());
        long evidenced = claims.stream().map(SpecialWorkClaim::getCode).distinct()
                .filter(code -> claims.stream().filter(c -> c.getCode() == code).anyMatch(c -> isEvidenced(c, in.storedEvidence())))
                .count();
        int minimum = in.edition().minimumSpecialWorks;
        List<EligibilityFact> facts = List.of(
                declared("申报的专项工作项数", String.valueOf(claims.stream().map(SpecialWorkClaim::getCode).distinct().count())),
                computed("有说明且附佐证材料的专项工作项数", String.valueOf(evidenced)),
                computed("办法要求的最少项数", String.valueOf(minimum)));
        return check(BasicCondition.BC6, evidenced >= minimum ? EligibilityOutcome.PASS : EligibilityOutcome.FAIL, facts);
    }

    /** BC7: not blacklisted, and no major quality, safety or environmental incident in the lookback years. */
    static EligibilityCheck bc7(Inputs in) {
        int since = in.batchYear() - in.edition().badRecordLookbackYears;
        List<Incident> recent = part(in, ApplicationContent::getCredit)
                .map(c -> Objects.requireNonNullElse(c.getMajorIncidents(), List.<Incident>of())).orElse(List.of())
                .stream().filter(i -> i.getYear() != null && i.getYear() >= since).toList();
        List<EligibilityFact> facts = List.of(
                platform("列入信用黑名单", yesNo(in.enterprise().blacklisted)),
                declared(since + "年以来重大质量、安全、环保不良记录", String.valueOf(recent.size())));
        boolean pass = !in.enterprise().blacklisted && recent.isEmpty();
        return check(BasicCondition.BC7, pass ? EligibilityOutcome.PASS : EligibilityOutcome.FAIL, facts);
    }

    static boolean isEvidenced(SpecialWorkClaim claim, Set<UUID> storedEvidence) {
        return claim.getDescription() != null && !claim.getDescription().isBlank()
                && claim.getEvidenceIds() != null && claim.getEvidenceIds().stream().anyMatch(storedEvidence::contains);
    }

    private static <T> Optional<T> part(Inputs in, Function<ApplicationContent, T> part) {
        return Optional.ofNullable(part.apply(in.content()));
    }

    private static Optional<BigDecimal> declaredRevenue(ApplicationContent content, int year) {
        return Optional.ofNullable(content.getEconomicContribution()).map(c -> c.getFigures()).orElse(List.of()).stream()
                .filter(f -> f.getYear() != null && f.getYear() == year).map(YearFigures::getRevenueTenThousandYuan)
                .filter(Objects::nonNull).findFirst();
    }

    private static Optional<BigDecimal> platformRevenue(Enterprise e, int year) {
        return e.figures.stream().filter(f -> f.year() == year).map(Enterprise.YearFigures::revenue).filter(Objects::nonNull).findFirst();
    }

    private static void addCount(List<EligibilityFact> facts, String name, Integer count) {
        if (count != null) {
            facts.add(declared(name, String.valueOf(count)));
        }
    }

    private static String deviation(BigDecimal declared, BigDecimal reported) {
        if (reported == null || reported.signum() == 0) {
            return "平台无数据";
        }
        return declared.subtract(reported).multiply(BigDecimal.valueOf(100)).divide(reported, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "未填写" : value.stripTrailingZeros().toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static EligibilityCheck judgement(BasicCondition condition, List<EligibilityFact> facts) {
        return check(condition, EligibilityOutcome.NEEDS_JUDGEMENT, facts);
    }

    private static EligibilityCheck check(BasicCondition condition, EligibilityOutcome outcome, List<EligibilityFact> facts) {
        return new EligibilityCheck().condition(condition).outcome(outcome).facts(new ArrayList<>(facts));
    }

    private static EligibilityFact platform(String name, String value) {
        return new EligibilityFact().name(name).value(value).source(EligibilityFact.SourceEnum.PLATFORM);
    }

    private static EligibilityFact declared(String name, String value) {
        return new EligibilityFact().name(name).value(value).source(EligibilityFact.SourceEnum.APPLICATION);
    }

    private static EligibilityFact computed(String name, String value) {
        return new EligibilityFact().name(name).value(value).source(EligibilityFact.SourceEnum.COMPUTED);
    }
}
