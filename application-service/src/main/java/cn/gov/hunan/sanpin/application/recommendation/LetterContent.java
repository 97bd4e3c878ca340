package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.documents.Align;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Cell;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Column;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.util.List;

/** What the recommendation letter says: its title, the body naming the nominees, and the ranked list with opinions. */
final class LetterContent {

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

    private static String body(RecommendationLetter letter) {
        List<RecommendedEnterprise> enterprises = letter.enterprises();
        String programme = LetterWording.programme(letter.batchYear());
        String nominees = enterprises.size() == 1
                ? enterprises.getFirst().name()
                : enterprises.getFirst().name() + "等" + enterprises.size() + "家企业";
        long reserve = letter.reservePoolCount();
        return "按照省工业和信息化厅关于" + programme + "申报工作的部署，我局组织开展了本地区企业申报和推荐工作，"
                + "对企业申报材料进行了真实性、完整性审查。经研究，现推荐" + nominees + "申报" + programme
                + (reserve > 0 ? "（其中三品标杆后备企业库企业" + reserve + "家）" : "")
                + "。推荐排序及推荐意见如下：";
    }

    private static OfficialLetter.Table ranking(List<RecommendedEnterprise> enterprises) {
        return new OfficialLetter.Table(RANKING_COLUMNS, java.util.stream.IntStream.range(0, enterprises.size())
                .mapToObj(i -> row(i + 1, enterprises.get(i))).toList());
    }

    private static List<Cell> row(int rank, RecommendedEnterprise enterprise) {
        String region = enterprise.county() == null ? enterprise.city() : enterprise.city() + "\n" + enterprise.county();
        return List.of(Cell.of(String.valueOf(rank)),
                new Cell(enterprise.name(), enterprise.creditCode()),
                Cell.of(region),
                Cell.of(enterprise.industryCode() + " " + enterprise.industryName()),
                Cell.of(LetterWording.yesNo(enterprise.inReservePool())),
                Cell.of(enterprise.opinion()));
    }
}
