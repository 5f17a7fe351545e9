package io.connectstreams.worker.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.SnapshotResult;

/**
 * Streams' {@code pollForAgent}: a {@code GetAgentSnapshot} long poll, the next one 100 ms after an answer and
 * 5 s after a failure, doubling (with ±20 % jitter) on each further failure up to a cap, so a dead back end gets a
 * bounded number of requests and never a tight loop. Unlike Streams it never stops by itself: after an
 * authorization failure the next poll simply uses the new token. Answers and failures are handled on the session's
 * event thread.
 */
final class SnapshotPoller {

    private final ContactCenterBackend backend;
    private final ScheduledExecutorService events;
    private final Tuning tuning;
    private final Duration longPoll;
    private final Consumer<SnapshotResult> onSnapshot;
    private final Consumer<Throwable> onFailure;
    private volatile boolean stopped;
    private String nextToken;
    private int failures;

    SnapshotPoller(ContactCenterBackend backend, ScheduledExecutorService events, Tuning tuning, Duration longPoll,
            Consumer<SnapshotResult> onSnapshot, Consumer<Throwable> onFailure) {
        this.backend = backend;
        this.events = events;
        this.tuning = tuning;
        this.longPoll = longPoll;
        this.onSnapshot = onSnapshot;
        this.onFailure = onFailure;
    }

    void start() {
        schedule(Duration.ZERO);
    }

    void stop() {
        stopped = true;
    }

    private void poll() {
        if (stopped) {
            return;
        }
        backend.getAgentSnapshot(nextToken, longPoll).whenComplete((result, failure) -> {
            if (!stopped) {
                events.execute(() -> handle(result, failure));
            }
        });
    }

    private void handle(SnapshotResult result, Throwable failure) {
        if (stopped) {
            return;
        }
        if (failure == null) {
            failures = 0;
            nextToken = result.nextToken();
            onSnapshot.accept(result);
            schedule(tuning.pollAfterSuccess());
        } else {
            failures++;
            onFailure.accept(failure);
            schedule(failureDelay());
        }
    }

    private Duration failureDelay() {
        long base = tuning.pollAfterFailure().toMillis() << Math.min(failures - 1, 16);
        long capped = Math.min(base, tuning.pollMaxBackoff().toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }

    private void schedule(Duration delay) {
        if (!stopped) {
            events.schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
