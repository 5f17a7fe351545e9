/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.demo.internal.crm.Registration;

/**
 * "Calls on a timer": places a call at once and then every interval, until it is stopped, closed, or has placed
 * its maximum number of calls. A call that fails is logged and counts. While it runs it has one daemon thread,
 * {@value #THREAD_NAME}; a stopped timer has none.
 */
public final class CallTimer implements AutoCloseable {

    /** The demo's bound: a forgotten timer stops after this many calls. */
    public static final int DEFAULT_MAX_CALLS = 50;
    /** The timer's thread. */
    public static final String THREAD_NAME = "cs-demo-call-timer";

    private final Runnable placeCall;
    private final int maxCalls;
    private final Logger logger;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;
    private int placed;
    private boolean closed;

    /**
     * @param placeCall places one call
     * @param maxCalls how many calls one run places at most
     * @param logger for failed calls
     */
    public CallTimer(Runnable placeCall, int maxCalls, Logger logger) {
        if (maxCalls < 1) {
            throw new IllegalArgumentException("maxCalls must be at least 1");
        }
        this.placeCall = placeCall;
        this.maxCalls = maxCalls;
        this.logger = logger;
    }

    /**
     * Starts placing calls (again from zero, with the new interval, if it already runs).
     *
     * @param interval the time between two calls
     * @throws IllegalStateException when the timer is closed
     */
    public void start(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the call timer is closed");
            }
            shutDownExecutor();
            placed = 0;
            ScheduledThreadPoolExecutor next = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, THREAD_NAME);
                thread.setDaemon(true);
                return thread;
            });
            next.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            next.scheduleWithFixedDelay(() -> tick(next), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            executor = next;
        }
        notifyListeners(true);
    }

    /**
     * Stops placing calls; harmless when it does not run.
     */
    public void stop() {
        boolean wasRunning;
        synchronized (this) {
            wasRunning = executor != null;
            shutDownExecutor();
        }
        if (wasRunning) {
            notifyListeners(false);
        }
    }

    /**
     * @return whether calls are being placed
     */
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /**
     * @return how many calls the current (or last) run placed
     */
    public synchronized int placedCalls() {
        return placed;
    }

    /**
     * @return how many calls one run places at most
     */
    public int maxCalls() {
        return maxCalls;
    }

    /**
     * @param listener told {@code true} when the timer starts and {@code false} when it stops (also by itself), on
     *            the thread that started or stopped it
     * @return removes the listener
     */
    public Registration onRunningChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Stops the timer for good and waits (at most 5 s) for its thread to end.
     */
    @Override
    public void close() {
        ScheduledExecutorService last;
        synchronized (this) {
            closed = true;
            last = executor;
        }
        stop();
        listeners.clear();
        if (last != null) {
            try {
                if (!last.awaitTermination(5, TimeUnit.SECONDS)) {
                    logger.warn("the call timer's thread did not end within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void tick(ScheduledExecutorService owner) {
        synchronized (this) {
            if (executor != owner) {
                return;
            }
        }
        try {
            placeCall.run();
        } catch (RuntimeException e) {
            logger.warn("the call timer could not place a call", e);
        }
        boolean done;
        synchronized (this) {
            if (executor != owner) {
                return;
            }
            placed++;
            done = placed >= maxCalls;
            if (done) {
                shutDownExecutor();
            }
        }
        if (done) {
            logger.info("the call timer placed {} calls and stopped", maxCalls);
            notifyListeners(false);
        }
    }

    private void shutDownExecutor() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void notifyListeners(boolean running) {
        for (Consumer<Boolean> listener : listeners) {
            try {
                listener.accept(running);
            } catch (RuntimeException e) {
                logger.error("a call-timer listener failed", e);
            }
        }
    }
}
