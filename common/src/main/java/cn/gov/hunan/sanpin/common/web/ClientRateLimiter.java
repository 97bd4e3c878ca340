package cn.gov.hunan.sanpin.common.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * At most {@code perWindow} requests per client in any {@code window}; the clients are held in a Caffeine cache of at
 * most {@code maxClients} entries, each forgotten once it has been idle a whole window (by then it has its full
 * allowance again anyway). Memory is thus bounded whatever the number of addresses: past the bound the least
 * recently seen client is forgotten first, and a forgotten client starts afresh.
 */
public final class ClientRateLimiter {

    private final int perWindow;
    private final long windowNanos;
    private final Ticker ticker;
    private final Cache<String, RecentRequests> clients;

    public ClientRateLimiter(int perWindow, Duration window, long maxClients, Ticker ticker) {
        this.perWindow = perWindow;
        this.windowNanos = window.toNanos();
        this.ticker = ticker;
        // Maintenance (eviction, expiry) on the calling thread: the bound holds when admit returns, with no pool.
        this.clients = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(window).ticker(ticker)
                .executor(Runnable::run).build();
    }

    /** Counts the request against the client; false when the client has used its allowance in the last window. */
    public boolean admit(String client) {
        return clients.get(client, ignored -> new RecentRequests(perWindow)).admit(ticker.read(), windowNanos);
    }

    /** How many clients are held now. */
    public long clientsHeld() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    /** The times of a client's last admitted requests, in a ring: the oldest is the next to be overwritten. */
    private static final class RecentRequests {

        private final long[] times;
        private int next;
        private int count;

        RecentRequests(int size) {
            times = new long[size];
        }

        synchronized boolean admit(long now, long window) {
            if (count == times.length && now - times[next] < window) {
                return false;
            }
            times[next] = now;
            next = (next + 1) % times.length;
            count = Math.min(count + 1, times.length);
            return true;
        }
    }
}
