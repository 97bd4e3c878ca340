package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.AnnualFigures;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecordedCheck;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Letters for the tests: a city bureau's ranked recommendations with long opinions and three years of figures. */
final class RecommendationLetters {

    static final String UNIT = "长沙市工业和信息化局";
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private static final String[] COUNTIES = {"浏阳市", "宁乡市", "长沙县", "望城区", "雨花区"};
    private static final String[] PRODUCTS = {"酱卤食品", "湘绣", "花炮", "黑茶", "日用陶瓷", "中成药"};
    private static final String[] OPINION_SENTENCES = {
            "该企业为规模以上消费品工业企业，近三年营业收入、利润总额和税收稳定增长，在企业服务平台正常报送数据。",
            "企业建有省级企业技术中心，研发投入占营业收入比重逐年提高，主导或参与制定国家标准和行业标准多项。",
            "企业坚持“增品种、提品质、创品牌”，累计开展专项工作八项，自主品牌在省内外具有较高知名度和美誉度。",
            "经审查，企业申报材料真实、完整，近三年未发生重大产品质量、安全生产和环境污染事故，未列入失信名单。",
            "企业积极推进智能制造和绿色发展，建成数字化车间，通过ISO9001质量管理体系认证，产品远销30余个国家和地区。",
            "同意推荐。"
    };

    private RecommendationLetters() {
    }

    static RecommendationLetter withEnterprises(int count) {
        return letter(IntStream.rangeClosed(1, count).mapToObj(RecommendationLetters::enterprise).toList());
    }

    static RecommendationLetter letter(List<RecommendedEnterprise> enterprises) {
        return new RecommendationLetter(UNIT, "长工信函〔2026〕35号", "省工业和信息化厅", 2026, DATE,
                "张三，0731-88886666", enterprises);
    }

    /** Names stay within one line of the table, so the extracted text holds each name whole. */
    static String name(int rank) {
        return PRODUCTS[rank % PRODUCTS.length].substring(0, 2) + rank + "号食品有限公司";
    }

    static String opinion(int rank) {
        StringBuilder opinion = new StringBuilder("【第" + rank + "名】");
        for (int i = 0; i < 3 + rank % 4; i++) {
            opinion.append(OPINION_SENTENCES[(rank + i) % (OPINION_SENTENCES.length - 1)]);
        }
        return opinion.append(OPINION_SENTENCES[OPINION_SENTENCES.length - 1]).toString();
    }

    static RecommendedEnterprise enterprise(int rank) {
        return enterprise(rank, name(rank), opinion(rank));
    }

    /** An enterprise whose every claim the unit recorded as true. */
    static RecommendedEnterprise enterprise(int rank, String name, String opinion) {
        List<String> specialWorks = specialWorks(6 + rank % 7);
        return enterprise(rank, name, opinion, specialWorks, allAccepted(specialWorks));
    }

    static RecommendedEnterprise enterprise(int rank, String name, String opinion, List<String> specialWorks,
            List<RecordedCheck> checks) {
        List<AnnualFigures> figures = List.of(2023, 2024, 2025).stream()
                .map(year -> new AnnualFigures(year,
                        amount("12345.678", rank, year), amount("1234.5", rank, year), amount("456.789", rank, year),
                        amount("567.891", rank, year), amount("789.012", rank, year),
                        missingPromotionSpending(rank, year) ? null : amount("89.125", rank, year)))
                .toList();
        return new RecommendedEnterprise(name, creditCode(rank), "长沙市", COUNTIES[rank % COUNTIES.length],
                "1512", "白酒制造", rank % 4 == 1, figures, specialWorks, opinion, checks);
    }

    /** The first {@code count} of SW01–SW12. */
    static List<String> specialWorks(int count) {
        return IntStream.rangeClosed(1, count).mapToObj("SW%02d"::formatted).toList();
    }

    /** 属实 for BC1–BC7 and each special work given. */
    static List<RecordedCheck> allAccepted(List<String> specialWorks) {
        return Stream.concat(IntStream.rangeClosed(1, 7).mapToObj(i -> "BC" + i), specialWorks.stream())
                .map(item -> new RecordedCheck(item, Verdict.ACCEPTED, null)).toList();
    }

    static boolean missingPromotionSpending(int rank, int year) {
        return rank % 3 == 0 && year == 2023;
    }

    static String creditCode(int rank) {
        return "91430100MA4L%05dX".formatted(rank);
    }

    /** A distinct amount per enterprise and year, so a figure in the wrong cell shows. */
    static BigDecimal amount(String base, int rank, int year) {
        return new BigDecimal(base).add(BigDecimal.valueOf(rank * 100L + (year - 2020)));
    }
}
