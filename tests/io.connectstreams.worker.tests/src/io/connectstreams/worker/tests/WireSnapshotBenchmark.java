/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ObjectName;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Benchmark;
import io.connectstreams.testing.Bundles;
import io.connectstreams.worker.internal.agent.Actions;
import io.connectstreams.worker.internal.agent.AgentHandle;
import io.connectstreams.worker.internal.agent.AgentStore;
import io.connectstreams.worker.internal.agent.EventDeriver;
import io.connectstreams.worker.internal.agent.HandleContext;
import io.connectstreams.worker.internal.cti.AuthToken;
import io.connectstreams.worker.internal.cti.CtiHttpBackend;
import io.connectstreams.worker.internal.cti.CtiOperation;
import io.connectstreams.worker.internal.cti.CtiTransport;

/**
 * The snapshot path from wire text: {@code GetAgentSnapshot} answer bytes of a 20,000-snapshot shift
 * ({@link WireShift}) through the real CTI transport and backend (body subscriber, reading, {@code api_metric} on
 * the bus), joined with the configuration as the session does, and derived into events on the real bus. Only the
 * network is left out ({@link ReplayHttpClient}). Prints snapshots per second (of wall time, and of the measuring
 * thread's CPU time), and the bytes allocated per snapshot.
 */
@Tag(Benchmark.TAG)
class WireSnapshotBenchmark {

    private static final int SHIFT_SNAPSHOTS = 20_000;
    private static final Duration LONG_POLL = Duration.ofSeconds(30);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AgentConfiguration configuration = AgentSnapshots.configuration();
    private final Clock clock = Clock.systemUTC();

    @Test
    void wireSnapshotsToBus() throws Exception {
        EventBus bus = Bundles.service(EventBus.class, Duration.ofSeconds(10));
        List<byte[]> shift = WireShift.answers(SHIFT_SNAPSHOTS);
        AtomicLong events = new AtomicLong();
        Benchmark benchmark = new Benchmark();
        try (Subscription counter = bus.subscribeAll(event -> events.incrementAndGet())) {
            benchmark.throughput("worker.wire_snapshot_to_bus_snapshots_per_s", Duration.ofSeconds(2), 3, 5,
                    () -> play(bus, shift));
            long eventsBefore = events.get();
            long allocatedBefore = allocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            play(bus, shift);
            double perCpuSecond = SHIFT_SNAPSHOTS * 1e9 / (THREADS.getCurrentThreadCpuTime() - cpuBefore);
            double allocated = (allocatedBytes() - allocatedBefore) / (double) SHIFT_SNAPSHOTS;
            double eventsPerSnapshot = (events.get() - eventsBefore) / (double) SHIFT_SNAPSHOTS;
            double wireBytes = shift.stream().mapToInt(answer -> answer.length).average().orElse(0);
            System.out.printf("%,.0f snapshots per CPU second, %.0f bytes allocated, %.0f wire bytes, %.2f bus events"
                    + " per snapshot%n", perCpuSecond, allocated, wireBytes, eventsPerSnapshot);
            // on a shared machine the thread's CPU time tells the path's cost where wall time tells the neighbours'
            benchmark.record("worker.wire_snapshot_to_bus_snapshots_per_cpu_s", perCpuSecond, Benchmark.Merge.MEAN);
            benchmark.record("worker.wire_snapshot_allocated_bytes_per_snapshot", allocated, Benchmark.Merge.MEDIAN);
            benchmark.record("worker.wire_snapshot_events_per_snapshot", eventsPerSnapshot, Benchmark.Merge.MEDIAN);
        }
        benchmark.publish();
        timer.shutdownNow();
    }

    /** One shift through a fresh client and deriver, as a session would take it; returns the snapshots played. */
    private int play(EventBus bus, List<byte[]> shift) {
        CtiTransport transport = new CtiTransport(new ReplayHttpClient(shift), URI.create("https://127.0.0.1:1/api"),
                () -> new AuthToken("bearer-token", Instant.MAX), Duration.ofSeconds(5), 1 << 20,
                metric -> bus.trigger(EventType.API_METRIC, metric), new CtiTransport.AuthListener() {
                    @Override
                    public void unauthorized(CtiOperation operation, boolean budgetExhausted) {
                        throw new IllegalStateException("the recording holds no 401");
                    }

                    @Override
                    public void accessDenied(CtiOperation operation, boolean budgetExhausted) {
                        throw new IllegalStateException("the recording holds no 403");
                    }
                });
        CtiHttpBackend backend = new CtiHttpBackend(transport);
        HandleContext context = new HandleContext(bus, backend, new Actions(Duration.ofSeconds(1), timer),
                new AgentStore(), clock);
        EventDeriver deriver = new EventDeriver(context, new AgentHandle(context));
        String nextToken = null;
        for (int i = 0; i < shift.size(); i++) {
            SnapshotResult result = backend.getAgentSnapshot(nextToken, LONG_POLL).toCompletableFuture().join();
            nextToken = result.nextToken();
            deriver.apply(join(result));
        }
        return shift.size();
    }

    /** The session's join of the latest snapshot and configuration (Streams' {@code updateAgent()}). */
    private AgentSnapshot join(SnapshotResult result) {
        List<ContactSnapshot> contacts = result.contacts().stream().sorted(Comparator.comparing(
                (ContactSnapshot c) -> c.state().timestamp(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new AgentSnapshot(result.state(), result.nextState(), result.availability(),
                result.snapshotTimestamp(), clock.instant(), contacts, configuration);
    }

    /** This thread's allocation so far ({@code com.sun.management.ThreadMXBean}, reached through JMX). */
    private static long allocatedBytes() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=Threading"), "CurrentThreadAllocatedBytes");
    }
}
