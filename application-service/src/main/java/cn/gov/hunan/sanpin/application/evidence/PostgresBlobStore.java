package cn.gov.hunan.sanpin.application.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Evidence bytes in PostgreSQL, in chunks of {@code sanpin.evidence.chunk-bytes}. */
@ApplicationScoped
public class PostgresBlobStore implements BlobStore {

    @Inject
    EntityManager em;

    @Inject
    EvidenceConfig config;

    @Override
    public Stored put(String storageName, InputStream content, long maxBytes) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[config.chunkBytes()];
        long size = 0;
        int seq = 0;
        try {
            for (int filled = content.readNBytes(buffer, 0, buffer.length); filled > 0; filled = content.readNBytes(buffer, 0, buffer.length)) {
                size += filled;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                sha256.update(buffer, 0, filled);
                byte[] chunk = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
                em.createNativeQuery("insert into blob_chunk (storage_name, seq, data) values (:name, :seq, :data)")
                        .setParameter("name", storageName).setParameter("seq", seq++).setParameter("data", chunk)
                        .executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
        return new Stored(size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(String storageName) {
        return new InputStream() {
            private int next;
            private byte[] chunk = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (position == chunk.length && !fetchNext()) {
                    return -1;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, target, offset, count);
                position += count;
                return count;
            }

            /** One chunk per short transaction, so a slow reader holds no connection in between. */
            private boolean fetchNext() {
                List<?> rows = QuarkusTransaction.requiringNew().call(() -> em
                        .createNativeQuery("select data from blob_chunk where storage_name = :name and seq = :seq")
                        .setParameter("name", storageName).setParameter("seq", next).getResultList());
                if (rows.isEmpty()) {
                    return false;
                }
                chunk = (byte[]) rows.getFirst();
                position = 0;
                next++;
                return true;
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
