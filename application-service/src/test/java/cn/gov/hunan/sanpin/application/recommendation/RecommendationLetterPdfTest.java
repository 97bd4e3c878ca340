package cn.gov.hunan.sanpin.application.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The letter is read back with PDFBox's text extraction, as a recipient's software would read it. */
class RecommendationLetterPdfTest {

    private static final int ENTERPRISES = 30;

    private static final RecommendationDocuments DOCUMENTS = new RecommendationDocuments();
    private static byte[] letter;

    @BeforeAll
    static void writeLetter() throws IOException {
        letter = pdf(RecommendationLetters.withEnterprises(ENTERPRISES));
    }

    @Test
    void letterNamesTheUnitTheDateAndTheEnterprisesInRankOrder() throws IOException {
        String text = withoutSpaces(text(letter));

        assertTrue(text.contains("关于推荐2026年度湖南省消费品工业“三品”标杆企业的函"), "title");
        assertTrue(text.contains("省工业和信息化厅："), "addressee");
        assertTrue(text.contains("长工信函〔2026〕35号"), "document number");
        assertTrue(text.contains(RecommendationLetters.name(1) + "等30家企业"), "body names the first and the count");
        assertTrue(text.contains(RecommendationLetters.UNIT + "（盖章）2026年11月25日"), "signature block");
        assertTrue(text.contains("附件：2026年度湖南省消费品工业“三品”标杆企业推荐汇总表"), "attachment note");
        int previous = -1;
        for (int rank = 1; rank <= ENTERPRISES; rank++) {
            int position = text.indexOf(RecommendationLetters.name(rank));
            assertTrue(position > previous, "enterprise ranked " + rank + " follows the one before");
            assertTrue(text.indexOf(RecommendationLetters.creditCode(rank)) > position, "credit code under the name");
            previous = position;
        }
    }

    @Test
    void everyPageIsNumberedOfTheTotal() throws IOException {
        try (PDDocument document = Loader.loadPDF(letter)) {
            int total = document.getNumberOfPages();
            assertTrue(total > 5, "30 enterprises with long opinions fill several pages");
            for (int page = 1; page <= total; page++) {
                assertTrue(withoutSpaces(pageText(document, page)).contains("第" + page + "页共" + total + "页"),
                        "page " + page);
            }
        }
    }

    @Test
    void tableHeaderIsRepeatedOnEveryPageTheTableReaches() throws IOException {
        Set<String> codesFound = new HashSet<>();
        int tablePages = 0;
        try (PDDocument document = Loader.loadPDF(letter)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = withoutSpaces(pageText(document, page));
                List<String> codesOnPage = IntStream.rangeClosed(1, ENTERPRISES).mapToObj(RecommendationLetters::creditCode)
                        .filter(text::contains).toList();
                if (!codesOnPage.isEmpty()) {
                    tablePages++;
                    codesFound.addAll(codesOnPage);
                    assertTrue(text.contains("序号") && text.contains("推荐意见"), "header on page " + page);
                }
            }
        }
        assertEquals(ENTERPRISES, codesFound.size(), "every enterprise's credit code is in the table");
        assertTrue(tablePages > 1, "the table of 30 enterprises spans pages, so the header had to be repeated");
    }

    @Test
    void opinionsReadWholeAndInRankOrderAcrossPageBreaks() throws IOException {
        String column = String.join("", opinionColumnByPage(letter)).replace("推荐意见", "");
        int previous = -1;
        for (int rank = 1; rank <= ENTERPRISES; rank++) {
            int position = column.indexOf(RecommendationLetters.opinion(rank));
            assertTrue(position > previous, "opinion of rank " + rank + " whole, after the one before");
            previous = position;
        }
    }

    @Test
    void rowContinuedOnTheNextPageRepeatsItsRankAndEnterprise() throws IOException {
        List<String> columns = opinionColumnByPage(letter);
        int continuations = 0;
        try (PDDocument document = Loader.loadPDF(letter)) {
            for (int page = 2; page <= columns.size(); page++) {
                String previous = columns.get(page - 2);
                String column = columns.get(page - 1).replace("推荐意见", "");
                if (column.isEmpty() || column.startsWith("【第") || !previous.contains("【第")) {
                    continue;
                }
                Matcher lastRank = Pattern.compile("【第(\\d+)名】(?!.*【第)").matcher(previous);
                assertTrue(lastRank.find());
                int rank = Integer.parseInt(lastRank.group(1));
                assertTrue(withoutSpaces(pageText(document, page)).contains(RecommendationLetters.name(rank)),
                        "page " + page + " names enterprise " + rank + " again");
                continuations++;
            }
        }
        assertTrue(continuations > 0, "some rows are split rather than leave a third of a page empty");
    }

    @Test
    void opinionLongerThanAPageContinuesOnTheNextPageUnderTheHeader() throws IOException {
        String longOpinion = "【长意见】" + "企业在湘绣、花炮、黑茶等特色产业领域坚持增品种、提品质、创品牌，成效显著。".repeat(60);
        List<RecommendedEnterprise> enterprises = List.of(RecommendationLetters.enterprise(1),
                RecommendationLetters.enterprise(2, RecommendationLetters.name(2), longOpinion),
                RecommendationLetters.enterprise(3));

        List<String> columns = opinionColumnByPage(pdf(RecommendationLetters.letter(enterprises)));

        assertTrue(columns.stream().noneMatch(column -> column.contains(longOpinion)), "split across pages");
        assertTrue(columns.stream().filter(column -> column.contains("成效显著"))
                .allMatch(column -> column.startsWith("推荐意见")), "every part under the header");
        String continued = String.join("", columns).replace("推荐意见", "");
        assertTrue(continued.contains(longOpinion), "nothing lost where the row breaks");
    }

    @Test
    void chineseFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(letter)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular"), font.getName());
                }
            }
        }
    }

    @Test
    void characterMissingFromTheFontIsDrawnAsAWhiteSquare() throws IOException {
        String name = "湖南\uD840\uDC00食品有限公司"; // U+20000, beyond GB 2312 and the 通用规范汉字表
        byte[] pdf = pdf(RecommendationLetters.letter(
                List.of(RecommendationLetters.enterprise(1, name, RecommendationLetters.opinion(1)))));

        String text = withoutSpaces(text(pdf));
        assertTrue(text.contains("湖南□食品有限公司"), "the gap is visible");
        assertFalse(text.contains("湖南食品有限公司"), "not silently dropped");
    }

    @Test
    void singleEnterpriseIsNamedWithoutACount() throws IOException {
        String text = withoutSpaces(text(pdf(RecommendationLetters.letter(
                List.of(RecommendationLetters.enterprise(2))))));

        assertTrue(text.contains("现推荐" + RecommendationLetters.name(2) + "申报"), text);
        assertEquals(-1, text.indexOf("等1家"));
    }

    private static byte[] pdf(RecommendationLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DOCUMENTS.writeLetterPdf(letter, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<String> opinionColumnByPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("opinion", opinionColumn(document));
            List<String> columns = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                stripper.extractRegions(page);
                columns.add(withoutSpaces(stripper.getTextForRegion("opinion")));
            }
            return columns;
        }
    }

    /** The opinion column is the last: it starts just right of the header of the column before, 后备库. */
    private static Rectangle2D opinionColumn(PDDocument document) throws IOException {
        float[] left = {Float.NaN};
        PDFTextStripper finder = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (int i = 2; i < positions.size() && Float.isNaN(left[0]); i++) {
                    if ("后备库".equals(positions.get(i - 2).getUnicode() + positions.get(i - 1).getUnicode()
                            + positions.get(i).getUnicode())) {
                        left[0] = positions.get(i).getXDirAdj() + positions.get(i).getWidthDirAdj() + 2;
                    }
                }
            }
        };
        finder.getText(document);
        assertFalse(Float.isNaN(left[0]), "table header found");
        PDRectangle page = document.getPage(0).getMediaBox();
        return new Rectangle2D.Float(left[0], 0, page.getWidth() - left[0], page.getHeight());
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }
}
