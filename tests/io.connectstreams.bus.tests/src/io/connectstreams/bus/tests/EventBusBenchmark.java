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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;
import io.connectstreams.testing.Benchmark;

/**
 * Bus figures for docs/benchmarks.md: synchronous trigger throughput to 1, 10 and 100 named subscribers and to one
 * all-event subscriber, subscribe+unsubscribe churn, and the EventAdmin bridge end to end (throughput, and latency
 * at a steady 10,000 events per second). Run by
 * {@code xvfb-run -a ./mvnw -B verify -Pbench -pl tests/io.connectstreams.bus.tests -am}.
 */
@Tag(Benchmark.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventBusBenchmark {

    private static final Duration ITERATION = Duration.ofSeconds(1);
    private static final int WARMUPS = 3;
    private static final int ITERATIONS = 5;
    private static final int TRIGGERS_PER_BATCH = 10_000;
    private static final int BRIDGE_BATCH = 20_000;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);
    private static final int LATENCY_RATE_PER_S = 10_000;
    private static final Duration LATENCY_WARMUP = Duration.ofSeconds(1);
    private static final Duration LATENCY_MEASURED = Duration.ofSeconds(5);

    private static final Benchmark BENCH = new Benchmark();

    /** What a benchmark handler does: count, on the publishing thread. */
    static final class Counter {
        long count;
    }

    /** A latency sample's payload. */
    record Stamp(int index, long sentNanos) {
    }

    /**
     * A real bus calls handlers of many classes from one call site, which the JIT then compiles as a megamorphic
     * interface call with a {@link io.connectstreams.api.event.BusEvent} allocated per delivery. Without this, the
     * first benchmark's single handler class would be inlined and the figures would show a case production never has.
     */
    @BeforeAll
    static void makeTheDeliveryCallSiteMegamorphic() {
        try (SynchronousEventBus bus = Buses.plain()) {
            Counter counter = new Counter();
            bus.subscribe("warm", e -> counter.count++);
            bus.subscribe("warm", e -> counter.count += 2);
            bus.subscribe("warm", e -> counter.count += 3);
            bus.subscribe("warm", e -> counter.count += 4);
            bus.subscribeAll(e -> counter.count += 5);
            bus.subscribeAll(e -> counter.count += 6);
            bus.subscribeAll(e -> counter.count += 7);
            for (int i = 0; i < 200_000; i++) {
                bus.trigger("warm", i);
            }
            assertEquals(200_000L * 28, counter.count);
        }
    }

    @Test
    @Order(1)
    void triggerToOneNamedSubscriber() {
        triggerThroughput("bus.trigger_1_subscriber_deliveries_per_s", null, 1, false);
    }

    @Test
    @Order(2)
    void triggerToTenNamedSubscribers() {
        triggerThroughput("bus.trigger_10_subscribers_deliveries_per_s", "bus.trigger_10_subscribers_triggers_per_s",
                10, false);
    }

    @Test
    @Order(3)
    void triggerToHundredNamedSubscribers() {
        triggerThroughput("bus.trigger_100_subscribers_deliveries_per_s", "bus.trigger_100_subscribers_triggers_per_s",
                100, false);
    }

    @Test
    @Order(4)
    void triggerToOneAllEventSubscriber() {
        triggerThroughput("bus.trigger_all_subscriber_deliveries_per_s", null, 1, true);
    }

    @Test
    @Order(5)
    void subscribeAndUnsubscribe() {
        try (SynchronousEventBus bus = Buses.plain()) {
            // a realistic name: a few stable subscribers whose array is copied on every change
            for (int i = 0; i < 10; i++) {
                bus.subscribe("agent::refresh", e -> {
                });
            }
            Counter counter = new Counter();
            BENCH.throughput("bus.subscribe_unsubscribe_per_s", ITERATION, WARMUPS, ITERATIONS, () -> {
                for (int i = 0; i < 1_000; i++) {
                    Subscription subscription = bus.subscribe("agent::refresh", e -> counter.count++);
                    subscription.unsubscribe();
                }
                return 1_000;
            });
            assertEquals(10, bus.subscriptionCount());
        }
    }

    @Test
    @Order(6)
    void bridgeThroughputEndToEnd() {
        EventBus bus = Buses.service();
        AtomicLong handled = new AtomicLong();
        ServiceRegistration<EventHandler> handler = register("io/connectstreams/benchbridge/*",
                event -> handled.incrementAndGet());
        try {
            BENCH.throughput("bus.bridge_events_per_s", ITERATION, WARMUPS, ITERATIONS, () -> {
                long target = handled.get() + BRIDGE_BATCH;
                for (int i = 0; i < BRIDGE_BATCH; i++) {
                    bus.trigger("benchbridge::throughput", i);
                }
                awaitCount(handled, target);
                return BRIDGE_BATCH;
            });

            // what the bridge costs the publisher: time spent in trigger() alone, EventAdmin drained between batches
            long publishingNanos = 0;
            for (int batch = 0; batch < ITERATIONS; batch++) {
                long target = handled.get() + BRIDGE_BATCH;
                long start = System.nanoTime();
                for (int i = 0; i < BRIDGE_BATCH; i++) {
                    bus.trigger("benchbridge::publisher", i);
                }
                publishingNanos += System.nanoTime() - start;
                awaitCount(handled, target);
            }
            double publisherRate = ITERATIONS * (double) BRIDGE_BATCH * 1e9 / publishingNanos;
            System.out.printf("%-55s %,18.0f ops/s%n", "bus.bridge_publisher_triggers_per_s", publisherRate);
            BENCH.record("bus.bridge_publisher_triggers_per_s", publisherRate, Benchmark.Merge.MEAN);
        } finally {
            handler.unregister();
        }
    }

    @Test
    @Order(7)
    void bridgeLatencyAtSteadyRate() {
        EventBus bus = Buses.service();
        int warmupEvents = (int) (LATENCY_RATE_PER_S * LATENCY_WARMUP.toMillis() / 1000);
        int total = warmupEvents + (int) (LATENCY_RATE_PER_S * LATENCY_MEASURED.toMillis() / 1000);
        long[] latencies = new long[total];
        AtomicLong handled = new AtomicLong();
        ServiceRegistration<EventHandler> handler = register("io/connectstreams/benchlatency/*", event -> {
            Stamp stamp = (Stamp) event.getProperty(EventTopics.DATA);
            latencies[stamp.index()] = System.nanoTime() - stamp.sentNanos();
            handled.incrementAndGet(); // publishes the array write to the reading thread
        });
        try {
            long interval = 1_000_000_000L / LATENCY_RATE_PER_S;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                bus.trigger("benchlatency::steady", new Stamp(i, System.nanoTime()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            awaitCount(handled, total);
            System.out.printf("published %d events in %.2f s (%.0f per second)%n", total, seconds, total / seconds);
            long[] measured = new long[total - warmupEvents];
            System.arraycopy(latencies, warmupEvents, measured, 0, measured.length);
            BENCH.latency("bus.bridge_latency", measured);
        } finally {
            handler.unregister();
        }
    }

    @AfterAll
    static void publish() {
        BENCH.publish();
    }

    private static void triggerThroughput(String deliveriesKey, String triggersKey, int subscribers, boolean allEvents) {
        try (SynchronousEventBus bus = Buses.plain()) {
            List<Counter> counters = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                Counter counter = new Counter();
                counters.add(counter);
                if (allEvents) {
                    bus.subscribeAll(e -> counter.count++);
                } else {
                    bus.subscribe("agent::refresh", e -> counter.count++);
                }
            }
            Object payload = Map.of("state", "Available");
            long deliveriesPerBatch = (long) TRIGGERS_PER_BATCH * subscribers;
            double deliveries = BENCH.throughput(deliveriesKey, ITERATION, WARMUPS, ITERATIONS, () -> {
                for (int i = 0; i < TRIGGERS_PER_BATCH; i++) {
                    bus.trigger("agent::refresh", payload);
                }
                return deliveriesPerBatch;
            });
            if (triggersKey != null) {
                System.out.printf("%-55s %,18.0f ops/s%n", triggersKey, deliveries / subscribers);
                BENCH.record(triggersKey, deliveries / subscribers, Benchmark.Merge.MEAN);
            }
            long first = counters.get(0).count;
            assertTrue(first > 0);
            counters.forEach(c -> assertEquals(first, c.count, "every subscriber got every trigger"));
        }
    }

    private static ServiceRegistration<EventHandler> register(String topic, EventHandler handler) {
        BundleContext context = FrameworkUtil.getBundle(EventBusBenchmark.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, topic));
        return context.registerService(EventHandler.class, handler, properties);
    }

    private static void awaitCount(AtomicLong count, long target) {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (count.get() < target) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("EventAdmin delivered " + count.get() + " of " + target + " within "
                        + DRAIN_LIMIT);
            }
            LockSupport.parkNanos(20_000);
        }
    }
}
