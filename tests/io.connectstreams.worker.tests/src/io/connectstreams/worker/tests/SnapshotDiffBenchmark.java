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

import static io.connectstreams.testing.AgentSnapshots.ACW;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.BUSY;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.voice;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testing.Benchmark;
import io.connectstreams.testing.Bundles;
import io.connectstreams.worker.internal.agent.Actions;
import io.connectstreams.worker.internal.agent.AgentHandle;
import io.connectstreams.worker.internal.agent.AgentStore;
import io.connectstreams.worker.internal.agent.EventDeriver;
import io.connectstreams.worker.internal.agent.HandleContext;

/**
 * Snapshot-to-event derivation on the real bus: throughput over a 20,000-snapshot shift, and the heap left after
 * 10,000 contacts went through it with an application subscribed to each.
 */
@Tag(Benchmark.TAG)
class SnapshotDiffBenchmark {

    private static final int SHIFT_SNAPSHOTS = 20_000;
    private static final int CONTACTS = 10_000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @Test
    void snapshotDiff() throws Exception {
        EventBus bus = Bundles.service(EventBus.class, Duration.ofSeconds(10));
        List<AgentSnapshot> shift = shift(SHIFT_SNAPSHOTS);
        AtomicLong events = new AtomicLong();
        Benchmark benchmark = new Benchmark();
        try (Subscription counter = bus.subscribeAll(event -> events.incrementAndGet())) {
            double snapshotsPerSecond = benchmark.throughput("worker.snapshot_diff_snapshots_per_s",
                    Duration.ofSeconds(2), 3, 5, () -> {
                        EventDeriver deriver = deriver(bus, new AgentStore());
                        shift.forEach(deriver::apply);
                        return shift.size();
                    });
            long before = events.get();
            EventDeriver deriver = deriver(bus, new AgentStore());
            shift.forEach(deriver::apply);
            double eventsPerSnapshot = (events.get() - before) / (double) shift.size();
            benchmark.record("worker.snapshot_diff_events_per_s", snapshotsPerSecond * eventsPerSnapshot,
                    Benchmark.Merge.MEAN);
            benchmark.record("worker.snapshot_diff_events_per_snapshot", eventsPerSnapshot, Benchmark.Merge.MEDIAN);
        }
        benchmark.record("worker.heap_growth_10000_contacts_mb", heapGrowth(bus), Benchmark.Merge.MEDIAN);
        benchmark.publish();
        timer.shutdownNow();
    }

    /** A shift: calls offered, answered, wrapped up and cleared, with idle polls between them. */
    private static List<AgentSnapshot> shift(int size) {
        List<AgentSnapshot> snapshots = new ArrayList<>(size);
        int call = 0;
        while (snapshots.size() < size) {
            String id = "contact-" + call++;
            snapshots.add(agent(AVAILABLE));
            snapshots.add(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
            snapshots.add(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
            for (int i = 0; i < 5; i++) {
                snapshots.add(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
            }
            snapshots.add(agent(ACW, voice(id, ContactStateType.ENDED)));
            snapshots.add(agent(AVAILABLE));
        }
        return snapshots.subList(0, size);
    }

    /** Heap after GC once 10,000 contacts passed, each with scoped application subscriptions, minus before. */
    private double heapGrowth(EventBus bus) {
        AgentStore store = new AgentStore();
        EventDeriver deriver = deriver(bus, store);
        deriver.apply(agent(AVAILABLE));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        AtomicLong seen = new AtomicLong();
        try (Subscription perContact = bus.subscribe(ContactEvents.INIT, Contact.class, contact -> {
            contact.onRefresh(c -> seen.incrementAndGet());
            contact.onDestroy(c -> seen.incrementAndGet());
        })) {
            for (int i = 0; i < CONTACTS; i++) {
                String id = "heap-" + i;
                deriver.apply(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
                deriver.apply(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
                deriver.apply(agent(ACW, voice(id, ContactStateType.ENDED)));
                deriver.apply(agent(AVAILABLE));
            }
        }
        long after = usedAfterGc(memory);
        System.out.printf("heap after GC: %.2f MB before, %.2f MB after %d contacts (%d scoped deliveries)%n",
                before / 1e6, after / 1e6, CONTACTS, seen.get());
        return Math.max(0, after - before) / 1e6;
    }

    private EventDeriver deriver(EventBus bus, AgentStore store) {
        HandleContext context = new HandleContext(bus, null, new Actions(Duration.ofSeconds(1), timer), store,
                Clock.systemUTC());
        return new EventDeriver(context, new AgentHandle(context));
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
