package cn.gov.hunan.sanpin.application.recommendation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecordedCheck;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The letter states the unit's 真实性、完整性审查 as it was recorded, enterprise by enterprise, and claims no check it
 * has no record of. Read back with PDFBox in drawing order, so each table cell's lines read on together.
 */
class RecommendationLetterChecksTest {

    private static final List<String> SIX_WORKS = RecommendationLetters.specialWorks(6);
    private static String text;

    @BeforeAll
    static void writeLetter() throws IOException {
        List<RecordedCheck> oneQueried = new ArrayList<>(RecommendationLetters.allAccepted(SIX_WORKS));
        oneQueried.set(7 + 2, new RecordedCheck("SW03", Verdict.QUERIED, "请补充检测报告"));
        List<RecordedCheck> oneUntrueOneUnchecked = new ArrayList<>(RecommendationLetters.allAccepted(SIX_WORKS));
        oneUntrueOneUnchecked.set(5, new RecordedCheck("BC6", Verdict.REJECTED, "专项工作佐证与实际不符"));
        oneUntrueOneUnchecked.remove(6); // BC7

        RecommendationLetter letter = RecommendationLetters.letter(List.of(
                RecommendationLetters.enterprise(1, RecommendationLetters.name(1), "同意推荐。", SIX_WORKS, oneQueried),
                RecommendationLetters.enterprise(2, RecommendationLetters.name(2), "同意推荐。", SIX_WORKS, List.of()),
                RecommendationLetters.enterprise(3, RecommendationLetters.name(3), "同意推荐。", SIX_WORKS,
                        oneUntrueOneUnchecked),
                RecommendationLetters.enterprise(4, RecommendationLetters.name(4), "同意推荐。", SIX_WORKS,
                        RecommendationLetters.allAccepted(SIX_WORKS))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecommendationDocuments().writeLetterPdf(letter, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void letterCountsTheClaimsFoundTrueAndNamesEachQueriedOneWithItsComment() {
        assertTrue(text.contains("同意推荐。审查情况：基本条件7项中已核实属实7项；专项工作6项中已核实属实5项；"
                + "存疑待核：SW03（请补充检测报告）。"), text);
    }

    @Test
    void letterSaysSoWhereNothingWasRecorded() {
        int second = text.indexOf(RecommendationLetters.creditCode(2));
        assertTrue(text.indexOf("审查情况：未记录真实性、完整性审查意见。", second) > second, text);
    }

    @Test
    void letterNamesAClaimFoundUntrueAndOneLeftUnchecked() {
        assertTrue(text.contains("审查情况：基本条件7项中已核实属实5项；专项工作6项中已核实属实6项；"
                + "不属实：BC6（专项工作佐证与实际不符）；未审查：BC7。"), text);
    }

    @Test
    void letterSaysInOneSentenceWhenEveryClaimWasFoundTrue() {
        int fourth = text.indexOf(RecommendationLetters.creditCode(4));
        assertTrue(text.indexOf("审查情况：基本条件7项、专项工作6项均已核实属实。", fourth) > fourth, text);
    }

    @Test
    void letterMakesNoBlanketClaimOfACheck() {
        assertFalse(text.contains("进行了真实性、完整性审查"), "no blanket claim in the body");
    }
}
