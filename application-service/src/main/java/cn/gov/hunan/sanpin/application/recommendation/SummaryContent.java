package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.documents.Align;
import cn.gov.hunan.sanpin.application.documents.ChineseDate;
import cn.gov.hunan.sanpin.application.documents.SheetTable;
import cn.gov.hunan.sanpin.application.documents.SheetTable.Column;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.AnnualFigures;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the 附件3 summary table holds: the unit and date, then one row per enterprise in rank order, each key figure
 * over the years any enterprise gives (none when none does). Amounts are numbers in 万元 rounded to 2 decimals.
 */
final class SummaryContent {

    private enum KeyFigure {
        REVENUE("营业收入", AnnualFigures::revenue),
        PROFIT("利润总额", AnnualFigures::profit),
        TAX("税收", AnnualFigures::tax),
        RD_SPENDING("研发投入", AnnualFigures::rdSpending),
        TRANSFORMATION_INVESTMENT("技术改造投入", AnnualFigures::transformationInvestment),
        PROMOTION_SPENDING("品牌建设投入", AnnualFigures::promotionSpending);

        final String label;
        final Function<AnnualFigures, BigDecimal> value;

        KeyFigure(String label, Function<AnnualFigures, BigDecimal> value) {
            this.label = label;
            this.value = value;
        }
    }

    /** The columns before the figures, in the order {@link #row} fills them. */
    private static final List<Column> LEADING_COLUMNS = List.of(
            Column.text("序号", 6, Align.CENTER, false),
            Column.text("企业名称", 26, Align.LEFT, true),
            Column.text("统一社会信用代码", 21, Align.LEFT, false),
            Column.text("所在市州", 11, Align.LEFT, true),
            Column.text("所在县市区", 11, Align.LEFT, true),
            Column.text("所属行业（GB/T 4754）", 18, Align.LEFT, true),
            Column.text("是否后备库", 7, Align.CENTER, true));
    private static final Column SPECIAL_WORKS = Column.text("专项工作项数", 8, Align.CENTER, true);
    private static final Column OPINION = Column.text("推荐意见", 48, Align.LEFT, true);
    private static final String AMOUNT_FORMAT = "#,##0.00";

    private SummaryContent() {
    }

    static SheetTable of(RecommendationLetter letter) {
        List<Integer> years = letter.enterprises().stream()
                .flatMap(enterprise -> enterprise.figures().stream())
                .map(AnnualFigures::year)
                .distinct()
                .sorted()
                .toList();
        List<Column> columns = new ArrayList<>(LEADING_COLUMNS);
        for (KeyFigure figure : KeyFigure.values()) {
            for (int year : years) {
                columns.add(new Column(year + "年", figure.label + "（万元）", 12, Align.RIGHT, false, AMOUNT_FORMAT));
            }
        }
        columns.add(SPECIAL_WORKS);
        columns.add(OPINION);
        List<RecommendedEnterprise> enterprises = letter.enterprises();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < enterprises.size(); i++) {
            rows.add(row(i + 1, enterprises.get(i), years));
        }
        return new SheetTable("推荐汇总表", LetterWording.summaryTitle(letter.batchYear()),
                "推荐单位（盖章）：" + letter.issuingUnit(), "填报日期：" + ChineseDate.of(letter.date()), columns, 2, 2, rows);
    }

    private static List<Object> row(int rank, RecommendedEnterprise enterprise, List<Integer> years) {
        List<Object> row = new ArrayList<>(List.of(rank, enterprise.name(), enterprise.creditCode(), enterprise.city()));
        row.add(enterprise.county());
        row.add(enterprise.industryCode() + " " + enterprise.industryName());
        row.add(LetterWording.yesNo(enterprise.inReservePool()));
        for (KeyFigure figure : KeyFigure.values()) {
            for (int year : years) {
                row.add(enterprise.figures().stream().filter(f -> f.year() == year).findFirst().map(figure.value)
                        .map(amount -> amount.setScale(2, RoundingMode.HALF_UP)).orElse(null));
            }
        }
        row.add(enterprise.specialWorkCount());
        row.add(enterprise.opinion());
        return row;
    }
}
