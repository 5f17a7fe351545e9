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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testing.Await;

/**
 * Records bus events in delivery order; {@code api_metric} payloads are kept apart.
 */
final class EventRecorder implements AutoCloseable {

    private final List<BusEvent> events = new ArrayList<>();
    private final List<ApiMetric> metrics = new ArrayList<>();
    private final Subscription subscription;

    EventRecorder(EventBus bus) {
        subscription = bus.subscribeAll(event -> {
            synchronized (events) {
                if (EventType.API_METRIC.equals(event.name())) {
                    metrics.add((ApiMetric) event.data());
                } else {
                    events.add(event);
                }
            }
        });
    }

    /** @return the recorded names since the last call, and forgets them */
    List<String> take() {
        synchronized (events) {
            List<String> names = events.stream().map(BusEvent::name).toList();
            events.clear();
            return names;
        }
    }

    /** @return every {@code api_metric} so far */
    List<ApiMetric> metrics() {
        synchronized (events) {
            return new ArrayList<>(metrics);
        }
    }

    List<BusEvent> all() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /** Waits until an event with that name was recorded. */
    BusEvent await(String name, Duration timeout) {
        return await(e -> e.name().equals(name), timeout, name);
    }

    BusEvent await(Predicate<BusEvent> condition, Duration timeout, String description) {
        Await.until(timeout, () -> find(condition) != null, description);
        return find(condition);
    }

    private BusEvent find(Predicate<BusEvent> condition) {
        synchronized (events) {
            return events.stream().filter(condition).findFirst().orElse(null);
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
