/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.worker.internal.cti.CtiOperation;

/**
 * Streams' {@code pollForAgent}: a {@code GetAgentSnapshot} long poll, the next one 100 ms after an answer and
 * 5 s after a failure, doubling (with ±20 % jitter) on each further failure up to a cap, so a dead back end gets a
 * bounded number of requests and never a tight loop. Unlike Streams it never stops by itself: after an
 * authorization failure the next poll simply uses the new token. Answers and failures are handled on the session's
 * event thread.
 * <p>
 * A watchdog makes sure a poll never stalls silently: a poll that has neither answered nor failed when its
 * watchdog fires (later than the transport's own deadline) is abandoned and handled as a
 * {@link RequestTimeoutException}, so the failure is published and the next poll follows with back-off. A poll
 * that throws instead of failing is handled the same way.
 */
public final class SnapshotPoller {

    private final ContactCenterBackend backend;
    private final ScheduledExecutorService events;
    private final Tuning tuning;
    private final Duration longPoll;
    private final Duration watchdog;
    private final Consumer<SnapshotResult> onSnapshot;
    private final Consumer<Throwable> onFailure;
    private volatile boolean stopped;
    private String nextToken;
    private int failures;

    /**
     * @param backend what is polled
     * @param events the session's event thread: polls, answers and failures are handled there
     * @param tuning the delays between polls
     * @param longPoll how long the back end may hold a poll
     * @param watchdog how long a poll may stay pending before it is abandoned
     * @param onSnapshot receives each snapshot
     * @param onFailure receives each failure
     */
    public SnapshotPoller(ContactCenterBackend backend, ScheduledExecutorService events, Tuning tuning,
            Duration longPoll, Duration watchdog, Consumer<SnapshotResult> onSnapshot,
            Consumer<Throwable> onFailure) {
        this.backend = backend;
        this.events = events;
        this.tuning = tuning;
        this.longPoll = longPoll;
        this.watchdog = watchdog;
        this.onSnapshot = onSnapshot;
        this.onFailure = onFailure;
    }

    /**
     * Polls at once, then on and on until {@link #stop()}.
     */
    public void start() {
        schedule(Duration.ZERO);
    }

    /**
     * Polls no more; a poll in flight is ignored.
     */
    public void stop() {
        stopped = true;
    }

    private void poll() {
        if (stopped) {
            return;
        }
        CompletableFuture<SnapshotResult> call;
        try {
            call = backend.getAgentSnapshot(nextToken, longPoll).toCompletableFuture();
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<SnapshotResult> pending = call;
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> timer = events.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                pending.cancel(true);
                handle(null, new RequestTimeoutException(
                        CtiOperation.GET_AGENT_SNAPSHOT.wireName() + " (watchdog)", watchdog));
            }
        }, watchdog.toMillis(), TimeUnit.MILLISECONDS);
        pending.whenComplete((result, failure) -> {
            if (!stopped) {
                events.execute(() -> {
                    if (settled.compareAndSet(false, true)) {
                        timer.cancel(false);
                        handle(result, failure);
                    }
                });
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
