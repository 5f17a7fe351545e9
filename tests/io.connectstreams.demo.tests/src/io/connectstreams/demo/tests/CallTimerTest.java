/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.demo.internal.sandbox.CallTimer;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * "Calls on a timer" is bounded, stops when told or closed, and leaves no thread behind.
 */
class CallTimerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration OFTEN = Duration.ofMillis(5);

    private final Logger logger = Bundles.service(LoggerFactory.class, WAIT).getLogger(CallTimerTest.class);
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Boolean> changes = new CopyOnWriteArrayList<>();
    private CallTimer timer;

    @AfterEach
    void close() {
        if (timer != null) {
            timer.close();
        }
        Await.until(WAIT, () -> Threads.named(CallTimer.THREAD_NAME).isEmpty(), "the timer thread ends");
    }

    @Test
    void aRunStopsByItselfAfterTheMaximumNumberOfCalls() {
        timer = new CallTimer(calls::incrementAndGet, 5, logger);
        timer.onRunningChange(changes::add);
        timer.start(OFTEN);
        Await.until(WAIT, () -> !timer.isRunning(), "the timer stops after 5 calls");
        Await.until(WAIT, () -> Threads.named(CallTimer.THREAD_NAME).isEmpty(), "no timer thread once it stopped");
        assertEquals(5, calls.get());
        assertEquals(5, timer.placedCalls());
        assertEquals(List.of(true, false), changes);
    }

    @Test
    void aFailingCallCountsAndTheRunStillEnds() {
        timer = new CallTimer(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("the sandbox refused");
        }, 3, logger);
        timer.start(OFTEN);
        Await.until(WAIT, () -> !timer.isRunning(), "the timer stops after 3 attempts");
        assertEquals(3, calls.get());
    }

    @Test
    void stopEndsARunAndItsThread() {
        timer = new CallTimer(calls::incrementAndGet, CallTimer.DEFAULT_MAX_CALLS, logger);
        timer.onRunningChange(changes::add);
        timer.start(Duration.ofHours(1));
        Await.until(WAIT, () -> calls.get() == 1, "the first call is placed at once");
        assertTrue(timer.isRunning());
        assertEquals(List.of(CallTimer.THREAD_NAME), Threads.named(CallTimer.THREAD_NAME));

        timer.stop();
        assertFalse(timer.isRunning());
        Await.until(WAIT, () -> Threads.named(CallTimer.THREAD_NAME).isEmpty(), "the timer thread ends");
        assertEquals(List.of(true, false), changes);
        timer.stop();
        assertEquals(List.of(true, false), changes, "stopping a stopped timer tells nobody");
    }

    @Test
    void closeStopsForGood() {
        timer = new CallTimer(calls::incrementAndGet, CallTimer.DEFAULT_MAX_CALLS, logger);
        timer.start(Duration.ofHours(1));
        Await.until(WAIT, () -> calls.get() == 1, "the first call");
        timer.close();
        assertFalse(timer.isRunning());
        Await.until(WAIT, () -> Threads.named(CallTimer.THREAD_NAME).isEmpty(), "the timer thread ends");
        assertThrows(IllegalStateException.class, () -> timer.start(OFTEN));
    }

    @Test
    void startingAgainRestartsTheCount() {
        timer = new CallTimer(calls::incrementAndGet, 2, logger);
        timer.start(OFTEN);
        Await.until(WAIT, () -> !timer.isRunning(), "the first run ends");
        timer.start(OFTEN);
        Await.until(WAIT, () -> !timer.isRunning(), "the second run ends");
        assertEquals(4, calls.get());
        assertEquals(2, timer.placedCalls());
    }

    @Test
    void theBoundAndIntervalMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new CallTimer(calls::incrementAndGet, 0, logger));
        timer = new CallTimer(calls::incrementAndGet, 1, logger);
        assertThrows(IllegalArgumentException.class, () -> timer.start(Duration.ZERO));
        assertFalse(timer.isRunning());
    }
}
