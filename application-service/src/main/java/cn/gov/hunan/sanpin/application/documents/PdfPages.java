package cn.gov.hunan.sanpin.application.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages with the margins of a Chinese official document (GB/T 9704: 37 mm top, 28 mm left, a 156 × 225 mm text
 * block), a cursor moving down them, and text in the embedded Chinese font. Coordinates are PDF points from the
 * bottom-left corner; "top" is where a line or box begins, the cursor the top of whatever comes next.
 */
final class PdfPages {

    private static final float MM = 72f / 25.4f;
    static final float LEFT = 28 * MM;
    static final float RIGHT = PDRectangle.A4.getWidth() - 26 * MM;
    static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PDRectangle.A4.getHeight() - 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float PAGE_NUMBER_BASELINE = 20 * MM;
    private static final float PAGE_NUMBER_SIZE = 12;
    /** A stroked outline of this fraction of the size stands in for a bold face, so one font file serves both. */
    private static final float BOLD_STROKE = 0.035f;
    private static final float RULE_WIDTH = 0.6f;

    private final PDDocument document;
    private final ChineseFont font;
    private PDPageContentStream content;
    private float cursor;

    PdfPages(PDDocument document, ChineseFont font) {
        this.document = document;
        this.font = font;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        cursor = TOP;
    }

    float cursor() {
        return cursor;
    }

    void advance(float height) {
        cursor -= height;
    }

    /** Height left on this page below the cursor. */
    float remaining() {
        return cursor - BOTTOM;
    }

    static float pageHeight() {
        return TOP - BOTTOM;
    }

    float width(String text, float size) {
        return font.width(text, size);
    }

    /** Draws one line in a band {@code leading} high at the cursor, aligned within [x, x + width], and moves down. */
    void line(String text, float x, float width, Align align, float size, float leading, boolean bold)
            throws IOException {
        text(text, x, width, align, baseline(cursor, leading, size), size, bold);
        cursor -= leading;
    }

    /** The baseline that centres CJK glyphs (their em box spans −0.12 to 0.88 of the size) in a band. */
    static float baseline(float top, float leading, float size) {
        return top - leading / 2 - 0.38f * size;
    }

    /** Draws text on a baseline, aligned within [x, x + width]. */
    void text(String text, float x, float width, Align align, float baseline, float size, boolean bold)
            throws IOException {
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - font.width(text, size)) / 2;
            case RIGHT -> x + width - font.width(text, size);
        };
        show(content, text, start, baseline, size, bold);
    }

    private void show(PDPageContentStream stream, String text, float x, float baseline, float size, boolean bold)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        stream.setLineWidth(size * BOLD_STROKE);
        stream.newLineAtOffset(x, baseline);
        stream.showText(font.drawable(text));
        stream.endText();
    }

    void box(float x, float top, float width, float height) throws IOException {
        content.setLineWidth(RULE_WIDTH);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    /** Ends the last page and numbers every page 第 x 页 共 y 页, which needs the page count known. */
    void finish() throws IOException {
        content.close();
        int total = document.getNumberOfPages();
        for (int number = 1; number <= total; number++) {
            PDPage page = document.getPage(number - 1);
            try (PDPageContentStream footer =
                         new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = "第 " + number + " 页 共 " + total + " 页";
                show(footer, label, (PDRectangle.A4.getWidth() - width(label, PAGE_NUMBER_SIZE)) / 2,
                        PAGE_NUMBER_BASELINE, PAGE_NUMBER_SIZE, false);
            }
        }
    }
}
