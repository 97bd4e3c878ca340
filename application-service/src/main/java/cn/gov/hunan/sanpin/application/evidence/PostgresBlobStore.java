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
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/** Evidence bytes in PostgreSQL, in chunks of {@code sanpin.evidence.chunk-bytes}. */
@ApplicationScoped
public class PostgresBlobStore implements BlobStore {

    private static final Logger LOG = Logger.getLogger(PostgresBlobStore.class);

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
                int position = seq++;
                // One short transaction per chunk: a connection is held for one insert, never while reading. Its
                // commit need not wait for the disk: the evidence row is committed after the last chunk, and that
                // (synchronous) commit flushes the log up to itself, chunks included. A crash before it loses only
                // an upload that was never acknowledged.
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("set local synchronous_commit to off").executeUpdate();
                    em.createNativeQuery("insert into blob_chunk (storage_name, seq, data) values (:name, :seq, :data)")
                            .setParameter("name", storageName).setParameter("seq", position).setParameter("data", chunk)
                            .executeUpdate();
                });
            }
        } catch (IOException | RuntimeException failed) {
            delete(storageName);
            if (failed instanceof IOException io) {
                throw new UncheckedIOException("reading the upload", io);
            }
            throw (RuntimeException) failed;
        }
        return new Stored(size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public void delete(String storageName) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from blob_chunk where storage_name = :name")
                .setParameter("name", storageName).executeUpdate());
    }

    /** Chunks no evidence refers to an hour after they were written: an upload that crashed midway. */
    @Scheduled(every = "15m", delayed = "1m")
    void sweepOrphans() {
        int removed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from blob_chunk c where c.written_at < now() - interval '1 hour'"
                        + " and not exists (select 1 from evidence e where e.storage_name = c.storage_name)").executeUpdate());
        if (removed > 0) {
            LOG.infof("removed %d orphaned evidence chunks", removed);
        }
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
