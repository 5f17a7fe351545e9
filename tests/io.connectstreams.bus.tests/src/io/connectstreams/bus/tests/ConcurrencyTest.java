/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventHandler;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;

/**
 * Publishers, subscribers and unsubscribers on several threads at once, bounded in count: stable subscribers get
 * every publication exactly once and in each publisher's order; a closed subscription gets no publication that
 * started after {@code unsubscribe()} returned; no lock is held while a handler runs.
 */
class ConcurrencyTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String NAME = "load::a";

    /** A payload: who published it, its number among that publisher's, and its number among all publications. */
    record Published(int publisher, int sequence, long global) {
    }

    /** Checks that it sees each publisher's publications once each, in order. */
    static final class StableSubscriber implements EventHandler {

        final int[] expectedNext;
        final AtomicLong deliveries = new AtomicLong();
        final AtomicInteger outOfOrder = new AtomicInteger();

        StableSubscriber(int publishers) {
            expectedNext = new int[publishers];
        }

        @Override
        public void handle(BusEvent event) {
            if (event.data() instanceof Published p) {
                // only publisher p's thread touches its slot; the test reads it after joining that thread
                if (p.sequence() != expectedNext[p.publisher()]++) {
                    outOfOrder.incrementAndGet();
                }
                deliveries.incrementAndGet();
            }
        }
    }

    /** A short-lived subscription: counts deliveries of publications numbered after it was closed. */
    static final class ChurnProbe implements EventHandler {

        final AtomicLong deliveries = new AtomicLong();
        final AtomicLong lateDeliveries = new AtomicLong();
        final boolean oneShot;
        volatile long closedAfterGlobal = Long.MAX_VALUE;

        ChurnProbe(boolean oneShot) {
            this.oneShot = oneShot;
        }

        @Override
        public void handle(BusEvent event) {
            if (event.data() instanceof Published p) {
                deliveries.incrementAndGet();
                if (p.global() > closedAfterGlobal) {
                    lateDeliveries.incrementAndGet();
                }
                if (oneShot) {
                    event.subscription().close();
                }
            }
        }
    }

    @Test
    void stableSubscribersGetEveryPublicationOnceWhileOthersChurn() throws Exception {
        int publishers = 3;
        int perPublisher = 100_000;
        int churners = 2;
        int churnRounds = 5_000;
        SynchronousEventBus bus = Buses.plain();
        AtomicLong global = new AtomicLong();
        List<StableSubscriber> stable = List.of(new StableSubscriber(publishers), new StableSubscriber(publishers),
                new StableSubscriber(publishers));
        StableSubscriber stableAll = new StableSubscriber(publishers);
        bus.subscribe(NAME, stable.get(0));
        bus.subscribeAll(stableAll);
        bus.subscribe(NAME, stable.get(1));
        bus.subscribe(NAME, stable.get(2));
        Queue<ChurnProbe> probes = new ConcurrentLinkedQueue<>();
        AtomicInteger publishersRunning = new AtomicInteger(publishers);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(publishers + churners + 1,
                r -> new Thread(r, "cs-test-bus-load"));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                int publisher = p;
                work.add(threads.submit(() -> {
                    await(start);
                    for (int i = 0; i < perPublisher; i++) {
                        bus.trigger(NAME, new Published(publisher, i, global.incrementAndGet()));
                    }
                    publishersRunning.decrementAndGet();
                    return null;
                }));
            }
            for (int c = 0; c < churners; c++) {
                work.add(threads.submit(() -> {
                    await(start);
                    for (int round = 0; round < churnRounds; round++) {
                        ChurnProbe probe = new ChurnProbe(round % 5 == 1);
                        Subscription subscription = round % 3 == 0 ? bus.subscribeAll(probe) : bus.subscribe(NAME, probe);
                        for (int spin = 0; spin < 500 && probe.deliveries.get() == 0 && publishersRunning.get() > 0;
                                spin++) {
                            Thread.onSpinWait();
                        }
                        subscription.unsubscribe();
                        probe.closedAfterGlobal = global.get();
                        probes.add(probe);
                    }
                    return null;
                }));
            }
            // a third kind of churn: per-contact subscriptions dropped by suffix, which must not touch NAME
            work.add(threads.submit(() -> {
                await(start);
                for (int contact = 0; contact < churnRounds; contact++) {
                    String id = "c" + contact;
                    bus.subscribe(ContactEvents.scoped(ContactEvents.CONNECTED, id), e -> {
                    });
                    bus.subscribe(NAME + "::" + id, e -> {
                    });
                    if (bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix(id)) != 2) {
                        throw new AssertionError("contact " + id + ": scoped subscriptions not both removed");
                    }
                }
                return null;
            }));
            start.countDown();
            for (Future<?> future : work) {
                future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
        }

        long published = (long) publishers * perPublisher;
        for (StableSubscriber subscriber : stable) {
            assertEquals(published, subscriber.deliveries.get());
            assertEquals(0, subscriber.outOfOrder.get());
        }
        assertEquals(published, stableAll.deliveries.get());
        assertEquals(0, stableAll.outOfOrder.get());
        assertEquals(churners * churnRounds, probes.size());
        assertEquals(0, probes.stream().mapToLong(p -> p.lateDeliveries.get()).sum(),
                "deliveries of publications that started after unsubscribe() returned");
        assertTrue(probes.stream().anyMatch(p -> p.deliveries.get() > 0), "churn overlapped publishing");
        assertTrue(probes.stream().filter(p -> p.oneShot).allMatch(p -> p.deliveries.get() <= publishers),
                "a one-shot handler gets at most the publications already under way when it closed itself");
        assertEquals(stable.size() + 1, bus.subscriptionCount());
        bus.close();
    }

    @Test
    void noLockIsHeldWhileAHandlerRuns() throws Exception {
        SynchronousEventBus bus = Buses.plain();
        CountDownLatch handlerEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger otherDeliveries = new AtomicInteger();
        Thread blockedPublisher = new Thread(() -> bus.trigger("agent::refresh", "block"), "cs-test-bus-blocked");
        bus.subscribeAll(e -> {
            if ("block".equals(e.data())) {
                handlerEntered.countDown();
                await(release);
            }
        });
        bus.subscribe("agent::refresh", e -> otherDeliveries.incrementAndGet());
        ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "cs-test-bus-other"));
        try {
            blockedPublisher.start();
            assertTrue(handlerEntered.await(BOUND.toSeconds(), TimeUnit.SECONDS));

            // everything the bus offers completes on another thread while that handler is still running
            other.submit(() -> {
                Subscription named = bus.subscribe("agent::refresh", e -> otherDeliveries.incrementAndGet());
                Subscription all = bus.subscribeAll(e -> {
                });
                bus.trigger("agent::refresh", "other");
                named.close();
                all.close();
                bus.subscribe(ContactEvents.scoped(ContactEvents.ENDED, "c-1"), e -> {
                });
                bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix("c-1"));
                return null;
            }).get(BOUND.toSeconds(), TimeUnit.SECONDS);

            assertTrue(blockedPublisher.isAlive(), "the first handler is still running");
            assertEquals(2, otherDeliveries.get());
        } finally {
            release.countDown();
            blockedPublisher.join(BOUND.toMillis());
            other.shutdownNow();
            bus.close();
        }
        assertFalse(blockedPublisher.isAlive());
        assertEquals(3, otherDeliveries.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released within " + BOUND);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
