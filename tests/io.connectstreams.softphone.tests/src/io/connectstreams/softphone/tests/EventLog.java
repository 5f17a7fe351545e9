/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testing.Await;

/**
 * Records the bus's events in delivery order (not {@code api_metric}, which the worker sends for every request).
 */
final class EventLog implements AutoCloseable {

    /** An event and when it was delivered ({@link System#nanoTime()}). */
    record Entry(String name, Object data, long nanos) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Subscription subscription;

    EventLog(EventBus bus) {
        subscription = bus.subscribeAll(this::record);
    }

    private void record(BusEvent event) {
        if (EventType.API_METRIC.equals(event.name())) {
            return;
        }
        synchronized (entries) {
            entries.add(new Entry(event.name(), event.data(), System.nanoTime()));
        }
    }

    List<Entry> all() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    <T> List<T> payloads(String name, Class<T> type) {
        return all().stream().filter(e -> e.name().equals(name) && type.isInstance(e.data()))
                .map(e -> type.cast(e.data())).toList();
    }

    <T> T await(String name, Class<T> type, Predicate<T> condition, Duration timeout, String description) {
        Await.until(timeout, () -> payloads(name, type).stream().anyMatch(condition), description);
        return payloads(name, type).stream().filter(condition).findFirst().orElseThrow();
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
