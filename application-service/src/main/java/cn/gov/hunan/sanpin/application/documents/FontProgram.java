package cn.gov.hunan.sanpin.application.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled Chinese font program, read once on first use: it is 3.5 MB and every PDF embeds a subset of it. */
final class FontProgram {

    static final byte[] BYTES = read();

    private FontProgram() {
    }

    private static byte[] read() {
        try (InputStream in = FontProgram.class.getResourceAsStream(ChineseFont.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + ChineseFont.RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
