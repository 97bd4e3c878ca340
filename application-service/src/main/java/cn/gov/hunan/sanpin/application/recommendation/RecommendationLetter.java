package cn.gov.hunan.sanpin.application.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a recommending unit (市州 or 省直管县 bureau) sends to the province for one batch (行文推荐): the letter and its
 * 附件3 summary table are both generated from this. Plain values only; the caller maps them from its entities.
 *
 * @param issuingUnit      the recommending unit, as it signs, e.g. 长沙市工业和信息化局
 * @param documentNumber   the letter's 文号, e.g. 长工信函〔2026〕35号; {@code null} when the unit numbers it by hand
 * @param addressee        e.g. 省工业和信息化厅
 * @param batchYear        the batch's year, e.g. 2026 (in the titles: 2026年度…)
 * @param date             the letter's date (成文日期)
 * @param contact          contact person and telephone for the 附注, e.g. 张三，0731-88888888; {@code null} for none
 * @param enterprises      the recommended enterprises in rank order: the first is ranked 1; at least one
 */
public record RecommendationLetter(
        String issuingUnit,
        String documentNumber,
        String addressee,
        int batchYear,
        LocalDate date,
        String contact,
        List<RecommendedEnterprise> enterprises) {

    public RecommendationLetter {
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(date, "date");
        enterprises = List.copyOf(enterprises);
        if (enterprises.isEmpty()) {
            throw new IllegalArgumentException("a recommendation letter names at least one enterprise");
        }
    }

    public long reservePoolCount() {
        return enterprises.stream().filter(RecommendedEnterprise::inReservePool).count();
    }

    /**
     * One recommended enterprise.
     *
     * @param name              registered name
     * @param creditCode        统一社会信用代码
     * @param city              所在市州, e.g. 长沙市
     * @param county            所在县市区, e.g. 浏阳市; {@code null} when registered at city level
     * @param industryCode      GB/T 4754 class code, e.g. 1512
     * @param industryName      e.g. 白酒制造
     * @param inReservePool     in the 三品标杆后备企业库
     * @param figures           key figures by year, any order; years missing here are left blank
     * @param specialWorks      the 专项工作 the enterprise claims, by code (SW01–SW12)
     * @param opinion           the unit's signed recommendation opinion (推荐意见); line breaks are kept
     * @param checks            the unit's recorded 真实性、完整性审查, one per checked claim (BC1–BC7, SWxx); the letter
     *                          states exactly these, so an unchecked claim reads as unchecked
     */
    public record RecommendedEnterprise(
            String name,
            String creditCode,
            String city,
            String county,
            String industryCode,
            String industryName,
            boolean inReservePool,
            List<AnnualFigures> figures,
            List<String> specialWorks,
            String opinion,
            List<RecordedCheck> checks) {

        public RecommendedEnterprise {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(creditCode, "creditCode");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(industryCode, "industryCode");
            Objects.requireNonNull(industryName, "industryName");
            Objects.requireNonNull(opinion, "opinion");
            figures = List.copyOf(figures);
            specialWorks = List.copyOf(specialWorks);
            checks = List.copyOf(checks);
        }

        public int specialWorkCount() {
            return specialWorks.size();
        }
    }

    /** What the unit found a claim to be: 属实, 存疑待核 or 不属实. */
    public enum Verdict { ACCEPTED, QUERIED, REJECTED }

    /**
     * The unit's verdict on one claim of the enterprise.
     *
     * @param item    BC1–BC7 or a special work's code
     * @param comment the unit's note; {@code null} for none
     */
    public record RecordedCheck(String item, Verdict verdict, String comment) {

        public RecordedCheck {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * An enterprise's key figures for one year, in 万元; {@code null} where the application gives none. Named after
     * the application form: BC1 经济贡献 (revenue, profit, tax), BC2 R&D spending, BC4 technical-transformation
     * investment, BC5 brand-promotion spending.
     */
    public record AnnualFigures(
            int year,
            BigDecimal revenue,
            BigDecimal profit,
            BigDecimal tax,
            BigDecimal rdSpending,
            BigDecimal transformationInvestment,
            BigDecimal promotionSpending) {
    }
}
