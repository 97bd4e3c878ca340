package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.documents.Align;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Cell;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Column;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecordedCheck;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the recommendation letter says: its title, the body naming the nominees, and the ranked list with each
 * opinion and the unit's recorded check of the enterprise's claims.
 */
final class LetterContent {

    private static final List<String> BASIC_CONDITIONS = List.of("BC1", "BC2", "BC3", "BC4", "BC5", "BC6", "BC7");

    private static final List<Column> RANKING_COLUMNS = List.of(
            new Column("序号", 30, Align.CENTER, true),
            new Column("企业名称\n统一社会信用代码", 110, Align.LEFT, true),
            new Column("所在地区", 50, Align.CENTER, false),
            new Column("所属行业", 60, Align.LEFT, false),
            new Column("后备库", 38, Align.CENTER, false),
            new Column("推荐意见", Column.REST, Align.LEFT, false));

    private LetterContent() {
    }

    static OfficialLetter of(RecommendationLetter letter) {
        return new OfficialLetter(letter.documentNumber(), LetterWording.letterTitleLines(letter.batchYear()),
                letter.addressee(), List.of(body(letter)), ranking(letter.enterprises()),
                LetterWording.summaryTitle(letter.batchYear()), letter.issuingUnit(), letter.date(), letter.contact());
    }

    /** Names the nominees; what the unit checked is stated per enterprise in the table, as it was recorded. */
    private static String body(RecommendationLetter letter) {
        List<RecommendedEnterprise> enterprises = letter.enterprises();
        String programme = LetterWording.programme(letter.batchYear());
        String nominees = enterprises.size() == 1
                ? enterprises.getFirst().name()
                : enterprises.getFirst().name() + "等" + enterprises.size() + "家企业";
        long reserve = letter.reservePoolCount();
        return "按照省工业和信息化厅关于" + programme + "申报工作的部署，我局组织开展了本地区企业申报和推荐工作。"
                + "经研究，现推荐" + nominees + "申报" + programme
                + (reserve > 0 ? "（其中三品标杆后备企业库企业" + reserve + "家）" : "")
                + "。推荐排序、推荐意见及申报材料真实性、完整性审查情况如下：";
    }

    /**
     * The unit's 真实性、完整性审查 of one enterprise as recorded, claim by claim: how many of the basic conditions and
     * of the claimed special works it found true, then each claim it queried or found untrue with its note, then any
     * it did not check. Nothing recorded is said as such.
     */
    private static String checkStatement(RecommendedEnterprise enterprise) {
        Map<String, RecordedCheck> recorded = enterprise.checks().stream()
                .collect(Collectors.toMap(RecordedCheck::item, Function.identity(), (first, second) -> second));
        List<String> claimed = new ArrayList<>(BASIC_CONDITIONS);
        claimed.addAll(enterprise.specialWorks());
        if (claimed.stream().noneMatch(recorded::containsKey)) {
            return "审查情况：未记录真实性、完整性审查意见。";
        }
        if (accepted(claimed, recorded) == claimed.size()) {
            return "审查情况：基本条件" + BASIC_CONDITIONS.size() + "项"
                    + (enterprise.specialWorks().isEmpty() ? "" : "、专项工作" + enterprise.specialWorkCount() + "项") + "均已核实属实。";
        }
        List<String> parts = new ArrayList<>();
        parts.add("基本条件" + BASIC_CONDITIONS.size() + "项中已核实属实" + accepted(BASIC_CONDITIONS, recorded) + "项");
        parts.add(enterprise.specialWorks().isEmpty() ? "未申报专项工作"
                : "专项工作" + enterprise.specialWorkCount() + "项中已核实属实" + accepted(enterprise.specialWorks(), recorded) + "项");
        listed("存疑待核", claimed, recorded, Verdict.QUERIED).ifPresent(parts::add);
        listed("不属实", claimed, recorded, Verdict.REJECTED).ifPresent(parts::add);
        List<String> unchecked = claimed.stream().filter(item -> !recorded.containsKey(item)).toList();
        if (!unchecked.isEmpty()) {
            parts.add("未审查：" + String.join("、", unchecked));
        }
        return "审查情况：" + String.join("；", parts) + "。";
    }

    private static long accepted(List<String> items, Map<String, RecordedCheck> recorded) {
        return items.stream().map(recorded::get).filter(c -> c != null && c.verdict() == Verdict.ACCEPTED).count();
    }

    /** e.g. 存疑待核：SW03（请补充检测报告）、BC2 */
    private static Optional<String> listed(String label, List<String> claimed, Map<String, RecordedCheck> recorded,
            Verdict verdict) {
        List<String> items = claimed.stream().map(recorded::get).filter(c -> c != null && c.verdict() == verdict)
                .map(c -> c.comment() == null || c.comment().isBlank() ? c.item() : c.item() + "（" + c.comment().strip() + "）")
                .toList();
        return items.isEmpty() ? Optional.empty() : Optional.of(label + "：" + String.join("、", items));
    }

    private static OfficialLetter.Table ranking(List<RecommendedEnterprise> enterprises) {
        return new OfficialLetter.Table(RANKING_COLUMNS, IntStream.range(0, enterprises.size())
                .mapToObj(i -> row(i + 1, enterprises.get(i))).toList());
    }

    private static List<Cell> row(int rank, RecommendedEnterprise enterprise) {
        String region = enterprise.county() == null ? enterprise.city() : enterprise.city() + "\n" + enterprise.county();
        return List.of(Cell.of(String.valueOf(rank)),
                new Cell(enterprise.name(), enterprise.creditCode()),
                Cell.of(region),
                Cell.of(enterprise.industryCode() + " " + enterprise.industryName()),
                Cell.of(LetterWording.yesNo(enterprise.inReservePool())),
                Cell.of(enterprise.opinion() + "\n" + checkStatement(enterprise)));
    }
}
