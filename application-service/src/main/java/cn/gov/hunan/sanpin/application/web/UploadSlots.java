package cn.gov.hunan.sanpin.application.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Priorities;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Streamed uploads (evidence, stamped scans, review attachments: every operation that reads its body as a stream)
 * take one of {@code sanpin.uploads.concurrent} slots before a worker thread is given to them; the rest
 * wait, unread and holding no thread, in arrival order. When every enterprise uploads at once (the days before a
 * deadline), uploads then hold a bounded share of the workers and the CPU, and saves, submissions and reads are
 * served beside them instead of queueing behind them. A slot is given back when the response has been sent or the
 * connection is gone.
 */
@Singleton
public class UploadSlots {

    private final Queue<Slot> waiting = new ArrayDeque<>();
    private final int slots;
    private int free;

    /**
     * @param concurrentUploads two per core unless configured: enough to keep the cores busy with uploads alone,
     *     few enough that a burst of them leaves the workers ({@code quarkus.thread-pool.max-threads}) and the CPU to
     *     everything else. Measured on 2 cores, 200 enterprises uploading at once: submit p99 2.1 s with no limit,
     *     1.1 s with 16 slots, 0.7 s with 8, throughput unchanged; on a machine half as fast, 1.45 s with 8 and
     *     0.68–0.80 s with 4, throughput unchanged again (README, benchmark). A slot is held for the whole
     *     transfer, so a slow client holds it longer; one that stops sending loses it after
     *     {@code quarkus.http.read-timeout}.
     */
    public UploadSlots(@ConfigProperty(name = "sanpin.uploads.concurrent") Optional<Integer> concurrentUploads) {
        this.slots = concurrentUploads.orElse(2 * Runtime.getRuntime().availableProcessors());
        this.free = slots;
    }

    /** At start-up, not in the constructor: filters are built before the metrics registry is ready. */
    void measure(@Observes StartupEvent started, MeterRegistry metrics) {
        Gauge.builder("sanpin.uploads.storing", this, UploadSlots::storing).description("uploads holding a slot").register(metrics);
        Gauge.builder("sanpin.uploads.waiting", this, UploadSlots::waiting).description("uploads waiting for a slot").register(metrics);
    }

    private synchronized int storing() {
        return slots - free;
    }

    private synchronized int waiting() {
        return waiting.size();
    }

    /** On the event loop, before the request is handed to a worker (hence first of the filters). */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> take(SimpleResourceInfo resource, RoutingContext request) {
        if (Arrays.stream(resource.parameterTypes()).noneMatch(InputStream.class::equals)) {
            return Uni.createFrom().voidItem();
        }
        Context eventLoop = Vertx.currentContext();
        return Uni.createFrom().emitter(decided -> {
            Slot slot = new Slot(granted -> eventLoop.runOnContext(ignored -> {
                if (granted) {
                    decided.complete(null);
                } else {
                    decided.fail(new ClientErrorException("the client left while its upload waited for a slot", 499));
                }
            }));
            request.addEndHandler(ended -> slot.giveBack());
            slot.queue();
        });
    }

    /** One upload's claim on a slot; its fields are guarded by the enclosing {@link UploadSlots}. */
    private final class Slot {

        private final Consumer<Boolean> decide;
        private boolean held;
        private boolean over;

        Slot(Consumer<Boolean> decide) {
            this.decide = decide;
        }

        void queue() {
            synchronized (UploadSlots.this) {
                if (over) {
                    return;
                }
                if (free == 0) {
                    waiting.add(this);
                    return;
                }
                free--;
                held = true;
            }
            decide.accept(true);
        }

        /** When the response has ended or the connection closed; only the first call counts. */
        void giveBack() {
            Slot next;
            synchronized (UploadSlots.this) {
                if (over) {
                    return;
                }
                over = true;
                if (!held) {
                    waiting.remove(this);
                    next = null;
                } else {
                    next = waiting.poll();
                    if (next == null) {
                        free++;
                        return;
                    }
                    next.held = true;
                }
            }
            if (next == null) {
                decide.accept(false);
            } else {
                next.decide.accept(true);
            }
        }
    }
}
