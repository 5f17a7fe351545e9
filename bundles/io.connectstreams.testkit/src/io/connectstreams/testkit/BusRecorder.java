/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.connectstreams.api.event.ApiMetric;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testkit.internal.Waits;

/**
 * Records the events of an {@link EventBus} in delivery order, for assertions and waits. {@code api_metric}
 * events (one per CTI request) are kept apart, so that {@link #names()} shows what happened, not how often the
 * worker polled. Close it to unsubscribe.
 */
public final class BusRecorder implements AutoCloseable {

    private final List<BusEvent> events = new ArrayList<>();
    private final List<ApiMetric> metrics = new ArrayList<>();
    private final Subscription subscription;

    /**
     * Starts recording.
     *
     * @param bus the bus
     */
    public BusRecorder(EventBus bus) {
        subscription = bus.subscribeAll(event -> {
            synchronized (events) {
                if (EventType.API_METRIC.equals(event.name())) {
                    event.dataAs(ApiMetric.class).ifPresent(metrics::add);
                } else {
                    events.add(event);
                }
            }
        });
    }

    /**
     * @return the recorded events but {@code api_metric}, oldest first
     */
    public List<BusEvent> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /**
     * @return the names of the recorded events but {@code api_metric}, oldest first
     */
    public List<String> names() {
        return events().stream().map(BusEvent::name).toList();
    }

    /**
     * @return the names recorded since the last call (or the start), which are then forgotten
     */
    public List<String> take() {
        synchronized (events) {
            List<String> names = events.stream().map(BusEvent::name).toList();
            events.clear();
            return names;
        }
    }

    /**
     * @return the payloads of the recorded {@code api_metric} events, oldest first
     */
    public List<ApiMetric> metrics() {
        synchronized (events) {
            return new ArrayList<>(metrics);
        }
    }

    /**
     * Waits until an event of that name was recorded (or already was).
     *
     * @param name the event name
     * @param timeout how long to wait
     * @return the first such event
     * @throws AssertionError naming the event when none arrives in time
     */
    public BusEvent await(String name, Duration timeout) {
        return await(event -> event.name().equals(name), timeout, "the event " + name);
    }

    /**
     * Waits until a matching event was recorded (or already was).
     *
     * @param condition which event
     * @param timeout how long to wait
     * @param description what is awaited, for the failure message
     * @return the first matching event
     * @throws AssertionError with the description and the names recorded so far when none arrives in time
     */
    public BusEvent await(Predicate<BusEvent> condition, Duration timeout, String description) {
        return Waits.present(timeout, () -> events().stream().filter(condition).findFirst(),
                () -> description + " (recorded: " + names() + ")");
    }

    @Override
    public void close() {
        subscription.close();
    }
}
