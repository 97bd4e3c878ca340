package cn.gov.hunan.sanpin.application.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out an official letter the way a Chinese official letter is set (GB/T 9704): 文号, title, addressee, body, the
 * table, the attachment note, then the unit's name and date with room for its seal, and a 附注 with the contact.
 */
public final class OfficialLetterPdf {

    private static final float TITLE_SIZE = 22;
    private static final float TITLE_LEADING = 34;
    private static final float BODY_SIZE = 16;
    private static final float BODY_LEADING = 28;
    /** Two ideographic spaces: the first-line indent of a Chinese paragraph. */
    private static final String INDENT = "\u3000\u3000";

    private final OfficialLetter letter;
    private final PdfPages pages;
    private final LineBreaker bodyBreaker;

    private OfficialLetterPdf(OfficialLetter letter, PdfPages pages) {
        this.letter = letter;
        this.pages = pages;
        this.bodyBreaker = new LineBreaker(text -> pages.width(text, BODY_SIZE));
    }

    /** Writes the letter to the caller's stream, which is left open. */
    public static void write(OfficialLetter letter, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); ChineseFont font = ChineseFont.embed(FontProgram.BYTES, document)) {
            describe(document, letter);
            new OfficialLetterPdf(letter, new PdfPages(document, font)).compose();
            document.save(out);
        }
    }

    private static void describe(PDDocument document, OfficialLetter letter) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(letter.title());
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
        for (String body : letter.paragraphs()) {
            paragraph(body, INDENT);
        }
        pages.advance(BODY_LEADING / 2);
        new LetterTable(pages, letter.table()).draw();
        pages.advance(BODY_LEADING);
        if (letter.attachment() != null) {
            attachmentNote(letter.attachment());
        }
        signature();
        if (letter.contact() != null) {
            paragraph("（联系人：" + letter.contact() + "）", INDENT);
        }
        pages.finish();
    }

    private void title() throws IOException {
        LineBreaker breaker = new LineBreaker(text -> pages.width(text, TITLE_SIZE));
        for (String titleLine : letter.titleLines()) {
            for (String line : breaker.lines(titleLine, PdfPages.WIDTH)) {
                pages.line(line, PdfPages.LEFT, PdfPages.WIDTH, Align.CENTER, TITLE_SIZE, TITLE_LEADING, true);
            }
        }
    }

    private void paragraph(String text, String indent) throws IOException {
        for (String line : bodyBreaker.lines(indent + text, PdfPages.WIDTH)) {
            keepOnPage(BODY_LEADING);
            pages.line(line, PdfPages.LEFT, PdfPages.WIDTH, Align.LEFT, BODY_SIZE, BODY_LEADING, false);
        }
    }

    /** 附件：name, the name's continuation lines aligned under its first character. */
    private void attachmentNote(String attachment) throws IOException {
        String label = INDENT + "附件：";
        float labelWidth = pages.width(label, BODY_SIZE);
        List<String> lines = bodyBreaker.lines(attachment, PdfPages.WIDTH - labelWidth);
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
        String date = ChineseDate.of(letter.date());
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
