package cn.gov.hunan.sanpin.application.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The summary table is read back with Apache POI, an independent parser. */
class RecommendationSummaryXlsxTest {

    private static final int ENTERPRISES = 30;
    private static final int HEADER_ROW = 2;
    private static final int YEAR_ROW = 3;
    private static final int FIRST_DATA_ROW = 4;
    /** Seven leading columns, six figures over three years, then these. */
    private static final int SPECIAL_WORKS = 7 + 6 * 3;
    private static final int OPINION = SPECIAL_WORKS + 1;
    private static final List<String> FIGURES = List.of("营业收入", "利润总额", "税收", "研发投入", "技术改造投入", "品牌建设投入");

    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void writeSummary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecommendationDocuments().writeSummaryXlsx(RecommendationLetters.withEnterprises(ENTERPRISES), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        sheet = workbook.getSheetAt(0);
    }

    @Test
    void titleNamesTheBatchAndTheUnitAndDate() {
        assertEquals("2026年度湖南省消费品工业“三品”标杆企业推荐汇总表", text(0, 0));
        assertEquals("推荐单位（盖章）：" + RecommendationLetters.UNIT, text(1, 0));
        assertTrue(rowTexts(1).contains("填报日期：2026年11月25日"));
        assertTrue(sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(0, 0)
                && region.getLastColumn() == OPINION), "title spans the table");
    }

    @Test
    void headerNamesEveryColumnWithEachFigureSpanningItsThreeYears() {
        List<String> header = rowTexts(HEADER_ROW);
        assertEquals(List.of("序号", "企业名称", "统一社会信用代码", "所在市州", "所在县市区", "所属行业（GB/T 4754）", "是否后备库"),
                header.subList(0, 7));
        for (int f = 0; f < FIGURES.size(); f++) {
            int first = 7 + 3 * f;
            assertEquals(FIGURES.get(f) + "（万元）", text(HEADER_ROW, first));
            assertTrue(merged(HEADER_ROW, first, HEADER_ROW, first + 2), FIGURES.get(f) + " spans its years");
            assertEquals(List.of("2023年", "2024年", "2025年"),
                    List.of(text(YEAR_ROW, first), text(YEAR_ROW, first + 1), text(YEAR_ROW, first + 2)));
        }
        assertEquals("专项工作项数", text(HEADER_ROW, SPECIAL_WORKS));
        assertEquals("推荐意见", text(HEADER_ROW, OPINION));
        assertTrue(merged(HEADER_ROW, 0, YEAR_ROW, 0), "序号 spans both header rows");
        assertTrue(workbook.getFontAt(sheet.getRow(HEADER_ROW).getCell(1).getCellStyle().getFontIndex()).getBold());
    }

    @Test
    void oneRowPerEnterpriseInRankOrder() {
        assertEquals(FIRST_DATA_ROW + ENTERPRISES - 1, sheet.getLastRowNum());
        for (int rank = 1; rank <= ENTERPRISES; rank++) {
            int row = FIRST_DATA_ROW + rank - 1;
            assertEquals(rank, sheet.getRow(row).getCell(0).getNumericCellValue());
            assertEquals(RecommendationLetters.name(rank), text(row, 1));
            assertEquals(RecommendationLetters.creditCode(rank), text(row, 2));
            assertEquals("长沙市", text(row, 3));
            assertEquals("1512 白酒制造", text(row, 5));
            assertEquals(rank % 4 == 1 ? "是" : "否", text(row, 6));
            assertEquals(RecommendationLetters.opinion(rank), text(row, OPINION));
        }
    }

    @Test
    void figuresAreNumericCellsInTenThousandYuanWithTwoDecimals() {
        Row row = sheet.getRow(FIRST_DATA_ROW + 4); // rank 5: amounts are the base + 500 + (year - 2020)
        Cell revenue2024 = row.getCell(7 + 1);
        assertEquals(CellType.NUMERIC, revenue2024.getCellType());
        assertEquals(12849.68, revenue2024.getNumericCellValue());
        assertEquals("#,##0.00", revenue2024.getCellStyle().getDataFormatString());
        assertEquals(594.13, row.getCell(7 + 3 * 5 + 2).getNumericCellValue(), "promotion 2025, rounded half up");
        Cell specialWorks = row.getCell(SPECIAL_WORKS);
        assertEquals(CellType.NUMERIC, specialWorks.getCellType());
        assertEquals(6 + 5 % 7, specialWorks.getNumericCellValue());
    }

    @Test
    void figureTheApplicationLacksIsLeftBlank() {
        assertTrue(RecommendationLetters.missingPromotionSpending(3, 2023));
        Cell promotion2023 = sheet.getRow(FIRST_DATA_ROW + 2).getCell(7 + 3 * 5);
        assertTrue(promotion2023 == null || promotion2023.getCellType() == CellType.BLANK);
    }

    @Test
    void enterprisesWithoutFiguresGetNoFigureColumns() throws IOException {
        RecommendedEnterprise first = RecommendationLetters.enterprise(1);
        RecommendedEnterprise cityLevel = new RecommendedEnterprise(first.name(), first.creditCode(), first.city(),
                null, first.industryCode(), first.industryName(), false, List.of(), RecommendationLetters.specialWorks(7),
                "同意推荐。", List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecommendationDocuments().writeSummaryXlsx(RecommendationLetters.letter(List.of(cityLevel)), out);

        try (XSSFWorkbook lean = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = lean.getSheetAt(0).getRow(HEADER_ROW);
            assertEquals("专项工作项数", header.getCell(7).getStringCellValue());
            assertEquals("推荐意见", header.getCell(8).getStringCellValue());
            Row row = lean.getSheetAt(0).getRow(FIRST_DATA_ROW);
            assertEquals(first.name(), row.getCell(1).getStringCellValue());
            assertEquals(CellType.BLANK, row.getCell(4).getCellType(), "no county");
            assertEquals(7, row.getCell(7).getNumericCellValue());
        }
    }

    @Test
    void headerIsFrozenAndTheSheetPrintsLandscapeOnePageWide() {
        assertNotNull(sheet.getPaneInformation());
        assertEquals(FIRST_DATA_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition());
        assertTrue(sheet.getPrintSetup().getLandscape());
        assertEquals(1, sheet.getPrintSetup().getFitWidth());
        assertEquals(0, sheet.getPrintSetup().getFitHeight());
        assertTrue(sheet.getFitToPage());
        assertEquals(CellRangeAddress.valueOf("3:4"), sheet.getRepeatingRows());
        assertTrue(sheet.getColumnWidth(OPINION) > sheet.getColumnWidth(0) * 5, "opinions get a wide column");
        assertTrue(sheet.getRow(FIRST_DATA_ROW).getCell(OPINION).getCellStyle().getWrapText(), "opinions wrap");
    }

    private static boolean merged(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return sheet.getMergedRegions().contains(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    private static String text(int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(int row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(row)) {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }
}
