package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.AnnualFigures;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 附件3 summary table: a title, the unit and date, a two-row header (each key figure spans its years), then one
 * row per enterprise in rank order. Amounts are numeric cells in 万元 rounded to 2 decimals. Set up for printing on
 * A4 landscape, one page wide, the header repeated.
 */
final class SummaryWorkbook {

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

    /** A column not split by year; its cells centred or left-aligned, wrapped or on one line. */
    private record TextColumn(String header, double width, boolean centred, boolean wrapped) {
    }

    /** The columns before the figures, in the order {@link #enterpriseRow} fills them. */
    private static final List<TextColumn> LEADING_COLUMNS = List.of(
            new TextColumn("序号", 6, true, false),
            new TextColumn("企业名称", 26, false, true),
            new TextColumn("统一社会信用代码", 21, false, false),
            new TextColumn("所在市州", 11, false, true),
            new TextColumn("所在县市区", 11, false, true),
            new TextColumn("所属行业（GB/T 4754）", 18, false, true),
            new TextColumn("是否后备库", 7, true, true));
    private static final TextColumn SPECIAL_WORKS = new TextColumn("专项工作项数", 8, true, true);
    private static final TextColumn OPINION = new TextColumn("推荐意见", 48, false, true);

    private static final String FONT = "宋体";
    private static final String AMOUNT_FORMAT = "#,##0.00";
    private static final int TITLE_ROW = 0;
    private static final int UNIT_ROW = 1;
    private static final int HEADER_ROW = 2;
    private static final int YEAR_ROW = 3;
    private static final int FIRST_DATA_ROW = 4;

    private final RecommendationLetter letter;
    private final List<Integer> years;
    private final int firstFigureColumn = LEADING_COLUMNS.size();
    private final int specialWorksColumn;
    private final int opinionColumn;

    private SummaryWorkbook(RecommendationLetter letter) {
        this.letter = letter;
        this.years = letter.enterprises().stream()
                .flatMap(enterprise -> enterprise.figures().stream())
                .map(AnnualFigures::year)
                .distinct()
                .sorted()
                .toList();
        this.specialWorksColumn = firstFigureColumn + KeyFigure.values().length * years.size();
        this.opinionColumn = specialWorksColumn + 1;
    }

    static void write(RecommendationLetter letter, OutputStream out) throws IOException {
        new SummaryWorkbook(letter).writeTo(out);
    }

    private void writeTo(OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "Sanpin", "1.0")) {
            workbook.setGlobalDefaultFont(FONT, 10.5);
            Worksheet sheet = workbook.newWorksheet("推荐汇总表");
            titleRows(sheet);
            headerRows(sheet);
            List<RecommendedEnterprise> enterprises = letter.enterprises();
            for (int i = 0; i < enterprises.size(); i++) {
                enterpriseRow(sheet, FIRST_DATA_ROW + i, i + 1, enterprises.get(i));
            }
            int lastRow = FIRST_DATA_ROW + enterprises.size() - 1;
            // fastexcel merges a new style per part (font, fill, alignment, border): this adds borders only
            sheet.range(HEADER_ROW, 0, lastRow, opinionColumn).style().borderStyle("thin").set();
            printSetup(sheet);
        }
    }

    private void titleRows(Worksheet sheet) {
        sheet.value(TITLE_ROW, 0, LetterWording.summaryTitle(letter.batchYear()));
        sheet.range(TITLE_ROW, 0, TITLE_ROW, opinionColumn).merge();
        sheet.style(TITLE_ROW, 0).fontSize(16).bold().horizontalAlignment("center").set();
        sheet.rowHeight(TITLE_ROW, 32);

        int middle = opinionColumn / 2;
        sheet.value(UNIT_ROW, 0, "推荐单位（盖章）：" + letter.issuingUnit());
        sheet.range(UNIT_ROW, 0, UNIT_ROW, middle).merge();
        sheet.value(UNIT_ROW, middle + 1, "填报日期：" + LetterWording.date(letter.date()));
        sheet.range(UNIT_ROW, middle + 1, UNIT_ROW, opinionColumn).merge();
        sheet.style(UNIT_ROW, middle + 1).horizontalAlignment("right").set();
        sheet.rowHeight(UNIT_ROW, 22);
    }

    private void headerRows(Worksheet sheet) {
        for (int column = 0; column < LEADING_COLUMNS.size(); column++) {
            spanningHeader(sheet, column, LEADING_COLUMNS.get(column));
        }
        if (!years.isEmpty()) {
            figureHeaders(sheet);
        }
        spanningHeader(sheet, specialWorksColumn, SPECIAL_WORKS);
        spanningHeader(sheet, opinionColumn, OPINION);
        sheet.range(HEADER_ROW, 0, YEAR_ROW, opinionColumn).style()
                .bold().horizontalAlignment("center").verticalAlignment("center").wrapText(true).fillColor("F2F2F2")
                .set();
    }

    /** Each key figure over its years. */
    private void figureHeaders(Worksheet sheet) {
        for (KeyFigure figure : KeyFigure.values()) {
            int first = figureColumn(figure, 0);
            sheet.value(HEADER_ROW, first, figure.label + "（万元）");
            sheet.range(HEADER_ROW, first, HEADER_ROW, first + years.size() - 1).merge();
            for (int y = 0; y < years.size(); y++) {
                sheet.value(YEAR_ROW, first + y, years.get(y) + "年");
                sheet.width(first + y, 12);
            }
        }
    }

    /** A header over both header rows, for a column that is not split by year. */
    private static void spanningHeader(Worksheet sheet, int column, TextColumn definition) {
        sheet.value(HEADER_ROW, column, definition.header());
        sheet.range(HEADER_ROW, column, YEAR_ROW, column).merge();
        sheet.width(column, definition.width());
    }

    private void enterpriseRow(Worksheet sheet, int row, int rank, RecommendedEnterprise enterprise) {
        sheet.value(row, 0, rank);
        sheet.value(row, 1, enterprise.name());
        sheet.value(row, 2, enterprise.creditCode());
        sheet.value(row, 3, enterprise.city());
        sheet.value(row, 4, enterprise.county());
        sheet.value(row, 5, enterprise.industryCode() + " " + enterprise.industryName());
        sheet.value(row, 6, LetterWording.yesNo(enterprise.inReservePool()));
        for (AnnualFigures figures : enterprise.figures()) {
            for (KeyFigure figure : KeyFigure.values()) {
                BigDecimal amount = figure.value.apply(figures);
                if (amount != null) {
                    sheet.value(row, figureColumn(figure, years.indexOf(figures.year())),
                            amount.setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        sheet.value(row, specialWorksColumn, enterprise.specialWorkCount());
        sheet.value(row, opinionColumn, enterprise.opinion());

        for (int column = 0; column < LEADING_COLUMNS.size(); column++) {
            align(sheet, row, column, LEADING_COLUMNS.get(column));
        }
        for (int column = firstFigureColumn; column < specialWorksColumn; column++) {
            sheet.style(row, column).format(AMOUNT_FORMAT).verticalAlignment("center").set();
        }
        align(sheet, row, specialWorksColumn, SPECIAL_WORKS);
        align(sheet, row, opinionColumn, OPINION);
    }

    private static void align(Worksheet sheet, int row, int column, TextColumn definition) {
        sheet.style(row, column).horizontalAlignment(definition.centred() ? "center" : "left")
                .verticalAlignment("center").wrapText(definition.wrapped()).set();
    }

    private int figureColumn(KeyFigure figure, int yearIndex) {
        return firstFigureColumn + figure.ordinal() * years.size() + yearIndex;
    }

    private void printSetup(Worksheet sheet) {
        sheet.freezePane(2, FIRST_DATA_ROW);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(HEADER_ROW, YEAR_ROW);
        sheet.leftMargin(0.4f);
        sheet.rightMargin(0.4f);
        sheet.topMargin(0.6f);
        sheet.bottomMargin(0.6f);
        sheet.footer("第 &P 页 共 &N 页", Position.CENTER, FONT, 10);
    }
}
