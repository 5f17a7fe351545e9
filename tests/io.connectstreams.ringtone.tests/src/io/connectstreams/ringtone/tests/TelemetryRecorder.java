/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.connectstreams.api.event.ClientMetric;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.RingtoneUnavailable;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testing.Await;

/**
 * Records the ringtone telemetry published on the bus, in order: the {@code client_metric} events whose name
 * mentions a ringtone, and {@code streams::ringtone_unavailable} (recorded under that name, the reason as data).
 */
final class TelemetryRecorder implements AutoCloseable {

    static final String CONNECTING = "Ringtone Connecting";
    static final String CALLBACK_CONNECTING = "Callback Ringtone Connecting";
    static final String TASK_CONNECTING = "Task Ringtone Connecting";
    static final String START = "Ringtone Start";
    static final String STOP = "Ringtone Stop";
    static final String FAILURE = "Ringtone Playback Failure";
    static final String UNAVAILABLE = StreamsEvents.RINGTONE_UNAVAILABLE;

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Subscription metrics;
    private final Subscription unavailable;

    TelemetryRecorder(EventBus bus) {
        metrics = bus.subscribe(EventType.CLIENT_METRIC, ClientMetric.class, metric -> {
            if (metric.name().contains("Ringtone")) {
                entries.add(new Entry(metric.name(), metric.contactId(), metric.data(), System.nanoTime()));
            }
        });
        unavailable = bus.subscribe(StreamsEvents.RINGTONE_UNAVAILABLE, RingtoneUnavailable.class,
                event -> entries.add(new Entry(UNAVAILABLE, event.contactId(), Map.of("reason", event.reason()),
                        System.nanoTime())));
    }

    /**
     * @param contactId a contact
     * @return the names recorded for it, in order
     */
    List<String> names(String contactId) {
        return entries.stream().filter(e -> contactId.equals(e.contactId())).map(Entry::name).toList();
    }

    /**
     * @return every entry, in order
     */
    List<Entry> all() {
        return List.copyOf(entries);
    }

    /**
     * Waits until {@code name} was recorded for the contact.
     *
     * @return the first such entry
     */
    Entry await(String name, String contactId) {
        Await.until(WAIT, () -> find(name, contactId) != null,
                () -> name + " for " + contactId + "; recorded: " + entries);
        return find(name, contactId);
    }

    /**
     * Asserts the contact's telemetry is exactly these names, in this order.
     */
    void assertNames(String contactId, String... expected) {
        assertEquals(List.of(expected), names(contactId), () -> "telemetry of " + contactId + ": " + entries);
    }

    private Entry find(String name, String contactId) {
        return entries.stream().filter(e -> name.equals(e.name()) && contactId.equals(e.contactId())).findFirst()
                .orElse(null);
    }

    @Override
    public void close() {
        metrics.unsubscribe();
        unavailable.unsubscribe();
    }

    /**
     * One recorded event.
     *
     * @param name the metric name, or {@link #UNAVAILABLE}
     * @param contactId the contact
     * @param data the metric's data
     * @param nanos {@link System#nanoTime()} when it was published
     */
    record Entry(String name, String contactId, Map<String, Object> data, long nanos) {
    }
}
