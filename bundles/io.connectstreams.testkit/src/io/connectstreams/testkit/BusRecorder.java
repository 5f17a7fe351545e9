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
 * worker polled. Each event keeps the {@link System#nanoTime()} of its delivery, for latency figures. Close it to
 * unsubscribe.
 */
public final class BusRecorder implements AutoCloseable {

    /**
     * An event and when it was delivered.
     *
     * @param event the event
     * @param nanoTime {@link System#nanoTime()} when the bus delivered it to the recorder
     */
    public record Recorded(BusEvent event, long nanoTime) {
    }

    private final List<Recorded> events = new ArrayList<>();
    private final List<ApiMetric> metrics = new ArrayList<>();
    private final Subscription subscription;

    /**
     * Starts recording.
     *
     * @param bus the bus
     */
    public BusRecorder(EventBus bus) {
        subscription = bus.subscribeAll(event -> {
            long delivered = System.nanoTime(); // before the lock: a reader copying the list must not delay it
            synchronized (events) {
                if (EventType.API_METRIC.equals(event.name())) {
                    event.dataAs(ApiMetric.class).ifPresent(metrics::add);
                } else {
                    events.add(new Recorded(event, delivered));
                }
            }
        });
    }

    /**
     * @return the recorded events but {@code api_metric}, oldest first
     */
    public List<BusEvent> events() {
        return recorded().stream().map(Recorded::event).toList();
    }

    /**
     * @return the recorded events but {@code api_metric} with their delivery times, oldest first
     */
    public List<Recorded> recorded() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /**
     * @param name an event name
     * @param type the payload's type
     * @return the payloads of the recorded events of that name that are of that type, oldest first
     */
    public <T> List<T> payloads(String name, Class<T> type) {
        return events().stream().filter(event -> event.name().equals(name))
                .flatMap(event -> event.dataAs(type).stream()).toList();
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
            List<String> names = events.stream().map(recorded -> recorded.event().name()).toList();
            events.clear();
            return names;
        }
    }

    /**
     * Forgets what was recorded so far (the {@code api_metric} payloads too).
     */
    public void clear() {
        synchronized (events) {
            events.clear();
            metrics.clear();
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

    /**
     * Waits until an event of that name with a payload of that type that matches was recorded (or already was).
     *
     * @param name the event name
     * @param type the payload's type
     * @param condition which payload
     * @param timeout how long to wait
     * @param description what is awaited, for the failure message
     * @return the first matching payload
     * @throws AssertionError with the description and the names recorded so far when none arrives in time
     */
    public <T> T await(String name, Class<T> type, Predicate<? super T> condition, Duration timeout,
            String description) {
        return Waits.present(timeout, () -> payloads(name, type).stream().filter(condition).findFirst(),
                () -> description + " (recorded: " + names() + ")");
    }

    @Override
    public void close() {
        subscription.close();
    }
}
