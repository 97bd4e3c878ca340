package cn.gov.hunan.sanpin.application.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A request body read by a worker thread while the event loop keeps receiving it.
 *
 * <p>Quarkus REST's own stream asks the event loop for one network buffer (8 KiB) at a time and wakes the worker
 * for each: two thread hand-offs per 8 KiB, a quarter of the service's CPU under the upload benchmark. Here the
 * event loop queues buffers until {@code queueBytes} are waiting, and a reader is woken only once as much as it asked
 * for (up to {@code queueBytes}) has arrived: one hand-off per store chunk. At most {@code queueBytes} plus one
 * network buffer are held per request. The connection is paused and resumed only on its event loop (the context
 * the first buffer arrives on), so the two never race; the worker calls nothing of Vert.x while it holds the lock.
 * Public Vert.x API only ({@link HttpServerRequest}, {@link Context}, {@link Buffer}).
 */
final class RequestBodyStream extends InputStream {

    private final HttpServerRequest request;
    private final int queueBytes;
    private final long timeoutMillis;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    /** How much of the queue's head has been read already. */
    private int headRead;
    private int queued;
    /** The connection's event loop, known from the first buffer on (before it, nothing is paused). */
    private volatile Context eventLoop;
    private int wanted;
    private boolean paused;
    private boolean ended;
    private Throwable failure;
    private boolean closed;

    RequestBodyStream(HttpServerRequest request, int queueBytes, long timeoutMillis) {
        this.request = request;
        this.queueBytes = queueBytes;
        this.timeoutMillis = timeoutMillis;
        request.pause();
        request.handler(this::onData);
        request.endHandler(ignored -> signal(() -> ended = true));
        request.exceptionHandler(error -> signal(() -> failure = error));
        request.resume();
    }

    /** On the event loop: queue the buffer; stop reading the connection once enough is waiting. */
    private void onData(Buffer data) {
        lock.lock();
        try {
            if (eventLoop == null) {
                eventLoop = Vertx.currentContext();
            }
            if (closed) {
                return;
            }
            queue.add(data);
            queued += data.length();
            if (queued >= queueBytes && !paused) {
                paused = true;
                request.pause();
            }
            if (wanted > 0 && queued >= wanted) {
                arrived.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    /** Waits until {@code length} bytes (at most {@code queueBytes}) have arrived or the body ended, then copies. */
    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        boolean drained;
        lock.lock();
        try {
            awaitAtLeast(Math.min(length, queueBytes));
            if (queue.isEmpty()) {
                return -1;
            }
            while (copied < length && !queue.isEmpty()) {
                Buffer head = queue.peek();
                int count = Math.min(length - copied, head.length() - headRead);
                head.getBytes(headRead, headRead + count, target, offset + copied);
                copied += count;
                headRead += count;
                if (headRead == head.length()) {
                    queue.poll();
                    headRead = 0;
                }
            }
            queued -= copied;
            drained = paused && queued < queueBytes / 2;
        } finally {
            lock.unlock();
        }
        if (drained) {
            onEventLoop(this::resumeIfDrained);
        }
        return copied;
    }

    /** Runs on the connection's event loop; before any data arrived there is none known, and nothing to order. */
    private void onEventLoop(Runnable action) {
        Context context = eventLoop;
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }

    /** On the event loop: read the connection again once the reader has taken at least half of the queue. */
    private void resumeIfDrained() {
        lock.lock();
        try {
            if (!paused || closed || queued >= queueBytes / 2) {
                return;
            }
            paused = false;
        } finally {
            lock.unlock();
        }
        request.resume();
    }

    private void awaitAtLeast(int bytes) throws IOException {
        if (closed) {
            throw new IOException("the request body is closed");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        wanted = bytes;
        try {
            while (queued < bytes && !ended && failure == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    // a client that stopped sending: the connection cannot be used again
                    onEventLoop(() -> request.connection().close());
                    throw new IOException("the request body stopped arriving");
                }
                arrived.awaitNanos(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the request body");
        } finally {
            wanted = 0;
        }
        if (failure != null) {
            throw new IOException("reading the request body", failure);
        }
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return queued;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops what is queued. The rest of an unread body (a refused upload) is dropped as it arrives; Vert.x lets
     * it through once the response has ended, so the connection can carry the next request.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            headRead = 0;
            queued = 0;
        } finally {
            lock.unlock();
        }
    }
}
