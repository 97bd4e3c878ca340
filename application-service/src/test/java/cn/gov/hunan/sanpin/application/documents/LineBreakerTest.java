package cn.gov.hunan.sanpin.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking measured in ems: a Chinese character or punctuation mark is 1 wide, a Latin letter or digit ½. */
class LineBreakerTest {

    private final LineBreaker breaker = new LineBreaker(LineBreakerTest::ems);

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertEquals(List.of("湖南省工", "业和信息", "化厅"), breaker.lines("湖南省工业和信息化厅", 4));
    }

    @Test
    void closingPunctuationTakesTheCharacterBeforeItToTheNextLineRatherThanStartingOne() {
        assertEquals(List.of("同意推", "荐。理由", "充分"), breaker.lines("同意推荐。理由充分", 4));
        assertEquals(List.of("推荐", "“三", "品”"), breaker.lines("推荐“三品”", 3));
    }

    @Test
    void openingPunctuationMovesToTheNextLineWithWhatItOpens() {
        assertEquals(List.of("经研究", "《办法》"), breaker.lines("经研究《办法》", 4));
    }

    @Test
    void latinAndDigitRunsStayWhole() {
        assertEquals(List.of("通过", "ISO9001", "认证"), breaker.lines("通过ISO9001认证", 4));
    }

    @Test
    void runLongerThanALineIsSplit() {
        assertEquals(List.of("91430100", "MA4L0000", "1X"), breaker.lines("91430100MA4L00001X", 4));
    }

    @Test
    void noLineIsWiderThanAsked() {
        String opinion = "【第7名】企业建有省级企业技术中心，研发投入占营业收入比重逐年提高，主导或参与制定国家标准和行业标准多项。"
                + "企业积极推进智能制造和绿色发展，建成数字化车间，通过ISO9001质量管理体系认证，产品远销30余个国家和地区。同意推荐。";
        for (double width : new double[] {3, 7.5, 12, 15}) {
            for (String line : breaker.lines(opinion, width)) {
                assertTrue(ems(line) <= width, line);
            }
        }
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertEquals(List.of("第一段", "", "第二段"), breaker.lines("第一段\r\n\n第二段", 10));
    }

    private static double ems(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2000 ? 0.5 : 1).sum();
    }
}
