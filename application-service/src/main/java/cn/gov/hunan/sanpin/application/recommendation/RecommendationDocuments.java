package cn.gov.hunan.sanpin.application.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The documents of a formal recommendation (行文推荐): the letter to the province as a PDF, for the unit to print,
 * seal and upload back as a scan, and the 附件3 summary table as an xlsx. Both are written to the caller's stream,
 * which is left open.
 */
@ApplicationScoped
public class RecommendationDocuments {

    public void writeLetterPdf(RecommendationLetter letter, OutputStream out) throws IOException {
        LetterPdf.write(letter, FontProgram.BYTES, out);
    }

    public void writeSummaryXlsx(RecommendationLetter letter, OutputStream out) throws IOException {
        SummaryWorkbook.write(letter, out);
    }

    /**
     * The font program, read once on first use (it is 3.5 MB and every letter embeds a subset of it), and not in a
     * field: the bean's client proxy is a subclass whose construction would read it again.
     */
    private static final class FontProgram {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = RecommendationDocuments.class.getResourceAsStream(ChineseFont.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + ChineseFont.RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
