package cn.gov.hunan.sanpin.application.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipDirectoryTests {

    static byte[] zip(int mediaBytes, String comment) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment(comment);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] noise = new byte[mediaBytes];
            new Random(7).nextBytes(noise); // does not compress: the file is longer than the kept tail
            zip.write(noise);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        return bytes.toByteArray();
    }

    /** Reads through the tail in uneven pieces, as the store's chunks and the network's reads fall. */
    static byte[] tailAfterReading(byte[] file) throws Exception {
        ZipDirectory.Tail tail = new ZipDirectory.Tail(new ByteArrayInputStream(file));
        byte[] buffer = new byte[100_003];
        try (InputStream in = tail) {
            while (in.readNBytes(buffer, 0, buffer.length) > 0) {
                in.read(); // and one byte alone
            }
        }
        return tail.bytes();
    }

    @Test
    void theTailOfALongStreamIsItsLastBytesInOrder() throws Exception {
        byte[] file = zip(600_000, "");
        byte[] tail = tailAfterReading(file);
        assertArrayEquals(Arrays.copyOfRange(file, file.length - ZipDirectory.TAIL_BYTES, file.length), tail);
        assertEquals(Optional.of(Set.of("[Content_Types].xml", "word/media/image1.png", "word/document.xml")), ZipDirectory.entryNames(tail));
    }

    @Test
    void aShortFileIsKeptWholeAndACommentIsSteppedOver() throws Exception {
        byte[] file = zip(1_000, "由 WPS 生成");
        assertArrayEquals(file, tailAfterReading(file));
        assertEquals(3, ZipDirectory.entryNames(file).orElseThrow().size());
    }

    @Test
    void bytesThatDoNotEndWithAZipDirectoryHaveNoEntries() throws Exception {
        byte[] file = zip(1_000, "");
        assertEquals(Optional.empty(), ZipDirectory.entryNames(Arrays.copyOf(file, file.length - 1)), "cut short");
        assertEquals(Optional.empty(), ZipDirectory.entryNames(Arrays.copyOf(file, file.length + 10)), "something appended");
        assertEquals(Optional.empty(), ZipDirectory.entryNames(Arrays.copyOfRange(file, file.length - 30, file.length)),
                "its directory not all kept");
    }
}
