package cn.gov.hunan.sanpin.application.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Chinese font, embedded in one document as a subset of the glyphs it uses. A character the font lacks is
 * drawn as □ (the typesetter's mark for a missing character) instead of failing the whole document.
 */
final class ChineseFont implements Closeable {

    static final String RESOURCE = "/fonts/NotoSerifCJKsc-Regular-subset.ttf";
    private static final int MISSING = '□';

    private final TrueTypeFont program;
    private final CmapLookup cmap;
    private final PDType0Font font;

    private ChineseFont(TrueTypeFont program, PDDocument document) throws IOException {
        this.program = program;
        this.cmap = program.getUnicodeCmapLookup();
        this.font = PDType0Font.load(document, program, true);
    }

    /** Parses the font program afresh: a parsed font belongs to one document until it is saved. */
    static ChineseFont embed(byte[] fontProgram, PDDocument document) throws IOException {
        TrueTypeFont program = new TTFParser().parse(new RandomAccessReadBuffer(fontProgram));
        try {
            return new ChineseFont(program, document);
        } catch (IOException | RuntimeException e) {
            program.close();
            throw e;
        }
    }

    PDType0Font font() {
        return font;
    }

    String drawable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> result.appendCodePoint(cmap.getGlyphId(c) > 0 ? c : MISSING));
        return result.toString();
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(drawable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        program.close();
    }
}
