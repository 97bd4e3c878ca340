package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.YearAmount;
import cn.gov.hunan.sanpin.contract.application.model.YearFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * What a submission must contain (the mandatory parts of the 2021 form): the last three years' figures for BC1,
 * BC2, BC4 and BC5, the descriptions reviewers judge BC2, BC3 and BC5 by, and an explicit BC7 declaration. Every
 * missing part is reported at once, against its field.
 */
final class Completeness {

    private Completeness() {
    }

    static List<FieldProblem> missing(ApplicationContent c, int batchYear) {
        List<Integer> years = IntStream.rangeClosed(batchYear - 3, batchYear - 1).boxed().toList();
        String span = years.getFirst() + "–" + years.getLast();
        List<FieldProblem> missing = new ArrayList<>();
        var economic = c.getEconomicContribution();
        if (economic == null || !coversFigures(economic.getFigures(), years)) {
            missing.add(new FieldProblem("content.economicContribution.figures", "figures-required", span));
        }
        var innovation = c.getInnovation();
        if (innovation == null || !coversAmounts(innovation.getRdSpending(), years)) {
            missing.add(new FieldProblem("content.innovation.rdSpending", "figures-required", span));
        }
        if (innovation == null || innovation.getRdInstitutionLevel() == null) {
            missing.add(new FieldProblem("content.innovation.rdInstitutionLevel", "required-for-submission"));
        }
        if (innovation == null || isBlank(innovation.getTalentTeam())) {
            missing.add(new FieldProblem("content.innovation.talentTeam", "required-for-submission"));
        }
        if (c.getIntellectualProperty() == null || isBlank(c.getIntellectualProperty().getLeadingProducts())) {
            missing.add(new FieldProblem("content.intellectualProperty.leadingProducts", "required-for-submission"));
        }
        if (c.getTechnicalTransformation() == null || !coversAmounts(c.getTechnicalTransformation().getInvestment(), years)) {
            missing.add(new FieldProblem("content.technicalTransformation.investment", "figures-required", span));
        }
        var brand = c.getBrand();
        if (brand == null || isBlank(brand.getBrandPlan())) {
            missing.add(new FieldProblem("content.brand.brandPlan", "required-for-submission"));
        }
        if (brand == null || !coversAmounts(brand.getPromotionSpending(), years)) {
            missing.add(new FieldProblem("content.brand.promotionSpending", "figures-required", span));
        }
        if (c.getCredit() == null || c.getCredit().getMajorIncidents() == null) {
            missing.add(new FieldProblem("content.credit.majorIncidents", "declaration-required"));
        }
        return missing;
    }

    private static boolean coversFigures(List<YearFigures> figures, List<Integer> years) {
        return covers(figures, years, f -> f.getYear(), f -> f.getRevenueTenThousandYuan() != null
                && f.getProfitTenThousandYuan() != null && f.getTaxTenThousandYuan() != null);
    }

    private static boolean coversAmounts(List<YearAmount> amounts, List<Integer> years) {
        return covers(amounts, years, YearAmount::getYear, a -> a.getAmountTenThousandYuan() != null);
    }

    private static <T> boolean covers(List<T> rows, List<Integer> years, java.util.function.Function<T, Integer> year, Predicate<T> complete) {
        List<T> present = Objects.requireNonNullElse(rows, List.of());
        return years.stream().allMatch(y -> present.stream().anyMatch(r -> y.equals(year.apply(r)) && complete.test(r)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
