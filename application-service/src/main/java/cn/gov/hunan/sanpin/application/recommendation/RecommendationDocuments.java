package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.documents.OfficialLetterPdf;
import cn.gov.hunan.sanpin.application.documents.SheetWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The documents of a formal recommendation (行文推荐): the letter to the province as a PDF, for the unit to print,
 * seal and upload back as a scan, and the 附件3 summary table as an xlsx. This package says what they contain; the
 * documents package lays them out. Both are written to the caller's stream, which is left open.
 */
@ApplicationScoped
public class RecommendationDocuments {

    public void writeLetterPdf(RecommendationLetter letter, OutputStream out) throws IOException {
        OfficialLetterPdf.write(LetterContent.of(letter), out);
    }

    public void writeSummaryXlsx(RecommendationLetter letter, OutputStream out) throws IOException {
        SheetWorkbook.write(SummaryContent.of(letter), out);
    }
}
