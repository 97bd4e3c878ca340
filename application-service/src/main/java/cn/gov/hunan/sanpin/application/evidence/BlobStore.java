package cn.gov.hunan.sanpin.application.evidence;

import java.io.InputStream;

/**
 * Where evidence bytes live. Written and read as streams, never whole; the PostgreSQL implementation keeps them in
 * chunks, and an S3-compatible store can implement the same two calls.
 */
public interface BlobStore {

    /** What was stored: its size and SHA-256, computed while streaming. */
    record Stored(long size, String sha256) {
    }

    /**
     * Stores the stream under the given name as it arrives, outside any transaction of the caller's, so no
     * database connection waits on the network. On any failure what was written is removed before it throws.
     *
     * @throws TooLarge as soon as more than {@code maxBytes} arrive
     */
    Stored put(String storageName, InputStream content, long maxBytes);

    /** Removes a blob (a failed or abandoned upload's). */
    void delete(String storageName);

    /** The stored bytes, read lazily. */
    InputStream open(String storageName);

    final class TooLarge extends RuntimeException {
        public TooLarge() {
            super(null, null, false, false);
        }
    }
}
