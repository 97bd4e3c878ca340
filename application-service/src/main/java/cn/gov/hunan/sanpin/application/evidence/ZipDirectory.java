package cn.gov.hunan.sanpin.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A zip's entry names, read from its central directory, which ends the file. An upload streams through once into
 * the store; {@link Tail} keeps its last bytes on the way, so what a .docx contains is known without a second read.
 */
final class ZipDirectory {

    /** The directory of an office document takes about 70 bytes an entry: this holds thousands, and the longest comment. */
    static final int TAIL_BYTES = 256 * 1024;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_LENGTH = 46;

    private ZipDirectory() {
    }

    /** The names, or empty when the bytes do not end with a whole zip directory (not a zip, or too large a one). */
    static Optional<Set<String>> entryNames(byte[] tail) {
        ByteBuffer bytes = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN);
        // the end record is followed only by its comment, whose length it gives
        for (int end = tail.length - END_LENGTH; end >= Math.max(0, tail.length - END_LENGTH - 0xFFFF); end--) {
            if (bytes.getInt(end) == END_SIGNATURE && end + END_LENGTH + Short.toUnsignedInt(bytes.getShort(end + 20)) == tail.length) {
                return entries(bytes, end);
            }
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> entries(ByteBuffer bytes, int end) {
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long size = Integer.toUnsignedLong(bytes.getInt(end + 12));
        if (size > end) {
            return Optional.empty(); // more than was kept, or zip64's marker: no office document of ours
        }
        Set<String> names = new HashSet<>();
        int at = (int) (end - size);
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_LENGTH > end || bytes.getInt(at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
            if (at + ENTRY_LENGTH + nameLength > end) {
                return Optional.empty();
            }
            names.add(new String(bytes.array(), at + ENTRY_LENGTH, nameLength, StandardCharsets.UTF_8));
            at += ENTRY_LENGTH + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }

    /** Passes a stream through unchanged, keeping its last {@link #TAIL_BYTES}. */
    static final class Tail extends InputStream {

        private final InputStream in;
        private final byte[] ring = new byte[TAIL_BYTES];
        /** Where the next byte goes: once the ring is full, also where the oldest kept byte is. */
        private int next;
        private long total;

        Tail(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int count = in.read(target, offset, length);
            if (count > 0) {
                keep(target, offset, count);
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private void keep(byte[] source, int offset, int count) {
            total += count;
            if (count >= ring.length) {
                System.arraycopy(source, offset + count - ring.length, ring, 0, ring.length);
                next = 0;
                return;
            }
            int first = Math.min(count, ring.length - next);
            System.arraycopy(source, offset, ring, next, first);
            System.arraycopy(source, offset + first, ring, 0, count - first);
            next = (next + count) % ring.length;
        }

        /** The last bytes read, oldest first. */
        byte[] bytes() {
            if (total < ring.length) {
                return Arrays.copyOf(ring, (int) total);
            }
            byte[] ordered = new byte[ring.length];
            System.arraycopy(ring, next, ordered, 0, ring.length - next);
            System.arraycopy(ring, 0, ordered, ring.length - next, next);
            return ordered;
        }
    }
}
