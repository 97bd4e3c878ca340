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
     * Stores the stream under the given name, in the caller's transaction.
     *
     * @throws TooLarge as soon as more than {@code maxBytes} arrive; the caller's rollback removes what was written
     */
    Stored put(String storageName, InputStream content, long maxBytes);

    /** The stored bytes, read lazily. */
    InputStream open(String storageName);

    final class TooLarge extends RuntimeException {
        public TooLarge() {
            super(null, null, false, false);
        }
    }
}
