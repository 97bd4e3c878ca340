package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.recommendation.PdfPages.Align;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out the recommendation letter the way a Chinese official letter is set (GB/T 9704): 文号, title, addressee,
 * body, the ranked list, the attachment note, then the unit's name and date with room for its seal, and a 附注 with
 * the contact.
 */
final class LetterPdf {

    private static final float TITLE_SIZE = 22;
    private static final float TITLE_LEADING = 34;
    private static final float BODY_SIZE = 16;
    private static final float BODY_LEADING = 28;
    /** Two ideographic spaces: the first-line indent of a Chinese paragraph. */
    private static final String INDENT = "\u3000\u3000";

    private final RecommendationLetter letter;
    private final PdfPages pages;
    private final LineBreaker bodyBreaker;

    private LetterPdf(RecommendationLetter letter, PdfPages pages) {
        this.letter = letter;
        this.pages = pages;
        this.bodyBreaker = new LineBreaker(text -> pages.width(text, BODY_SIZE));
    }

    static void write(RecommendationLetter letter, byte[] fontProgram, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); ChineseFont font = ChineseFont.embed(fontProgram, document)) {
            describe(document, letter);
            new LetterPdf(letter, new PdfPages(document, font)).compose();
            document.save(out);
        }
    }

    private static void describe(PDDocument document, RecommendationLetter letter) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(LetterWording.letterTitle(letter.batchYear()));
        information.setAuthor(letter.issuingUnit());
        document.getDocumentCatalog().setLanguage("zh-CN");
    }

    private void compose() throws IOException {
        pages.newPage();
        if (letter.documentNumber() != null) {
            pages.line(letter.documentNumber(), PdfPages.LEFT, PdfPages.WIDTH, Align.RIGHT, BODY_SIZE, BODY_LEADING,
                    false);
            pages.advance(BODY_LEADING);
        }
        title();
        pages.advance(BODY_LEADING);
        paragraph(letter.addressee() + "：", "");
        paragraph(body(), INDENT);
        pages.advance(BODY_LEADING / 2);
        new RankingTable(pages).draw(letter.enterprises());
        pages.advance(BODY_LEADING);
        attachmentNote();
        signature();
        if (letter.contact() != null) {
            paragraph("（联系人：" + letter.contact() + "）", INDENT);
        }
        pages.finish();
    }

    private void title() throws IOException {
        LineBreaker breaker = new LineBreaker(text -> pages.width(text, TITLE_SIZE));
        for (String titleLine : LetterWording.letterTitleLines(letter.batchYear())) {
            for (String line : breaker.lines(titleLine, PdfPages.WIDTH)) {
                pages.line(line, PdfPages.LEFT, PdfPages.WIDTH, Align.CENTER, TITLE_SIZE, TITLE_LEADING, true);
            }
        }
    }

    private String body() {
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

    private void paragraph(String text, String indent) throws IOException {
        for (String line : bodyBreaker.lines(indent + text, PdfPages.WIDTH)) {
            keepOnPage(BODY_LEADING);
            pages.line(line, PdfPages.LEFT, PdfPages.WIDTH, Align.LEFT, BODY_SIZE, BODY_LEADING, false);
        }
    }

    /** 附件：name, the name's continuation lines aligned under its first character. */
    private void attachmentNote() throws IOException {
        String label = INDENT + "附件：";
        float labelWidth = pages.width(label, BODY_SIZE);
        List<String> lines = bodyBreaker.lines(LetterWording.summaryTitle(letter.batchYear()),
                PdfPages.WIDTH - labelWidth);
        keepOnPage(lines.size() * BODY_LEADING);
        pages.text(label, PdfPages.LEFT, labelWidth, Align.LEFT,
                PdfPages.baseline(pages.cursor(), BODY_LEADING, BODY_SIZE), BODY_SIZE, false);
        for (String line : lines) {
            pages.line(line, PdfPages.LEFT + labelWidth, PdfPages.WIDTH - labelWidth, Align.LEFT, BODY_SIZE,
                    BODY_LEADING, false);
        }
    }

    /**
     * The unit's name, the seal's place and the date, kept together: the date ends four characters from the right
     * margin and the name is centred over it (GB/T 9704 for a sealed document); the seal is pressed over both.
     */
    private void signature() throws IOException {
        String date = LetterWording.date(letter.date());
        float dateWidth = pages.width(date, BODY_SIZE);
        float dateCentre = PdfPages.RIGHT - 4 * BODY_SIZE - dateWidth / 2;
        float nameWidth = Math.min(pages.width(letter.issuingUnit(), BODY_SIZE), PdfPages.WIDTH);
        float nameLeft = Math.min(dateCentre - nameWidth / 2, PdfPages.RIGHT - nameWidth);

        keepOnPage(5 * BODY_LEADING);
        pages.advance(2 * BODY_LEADING);
        pages.line(letter.issuingUnit(), nameLeft, nameWidth, Align.CENTER, BODY_SIZE, BODY_LEADING, false);
        pages.line("（盖章）", nameLeft, nameWidth, Align.CENTER, BODY_SIZE, BODY_LEADING, false);
        pages.line(date, dateCentre - dateWidth / 2, dateWidth, Align.LEFT, BODY_SIZE, BODY_LEADING, false);
    }

    private void keepOnPage(float height) throws IOException {
        if (height > pages.remaining()) {
            pages.newPage();
        }
    }
}
