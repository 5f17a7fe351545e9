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
import java.util.Optional;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ClientMetric;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.RingtoneUnavailable;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.testing.Await;
import io.connectstreams.testkit.BusRecorder;

/**
 * The ringtone telemetry among the events a {@link BusRecorder} recorded, in order: the {@code client_metric}
 * events whose name mentions a ringtone, and {@code streams::ringtone_unavailable} (under that name, the reason as
 * data), per contact.
 */
final class RecordedTelemetry {

    static final String CONNECTING = "Ringtone Connecting";
    static final String CALLBACK_CONNECTING = "Callback Ringtone Connecting";
    static final String TASK_CONNECTING = "Task Ringtone Connecting";
    static final String START = "Ringtone Start";
    static final String STOP = "Ringtone Stop";
    static final String FAILURE = "Ringtone Playback Failure";
    static final String UNAVAILABLE = StreamsEvents.RINGTONE_UNAVAILABLE;

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BusRecorder events;

    /**
     * @param events records the bus the ringtone service publishes on
     */
    RecordedTelemetry(BusRecorder events) {
        this.events = events;
    }

    /**
     * @param contactId a contact
     * @return the names recorded for it, in order
     */
    List<String> names(String contactId) {
        return all().stream().filter(e -> contactId.equals(e.contactId())).map(Entry::name).toList();
    }

    /**
     * @return every entry, in order
     */
    List<Entry> all() {
        return events.recorded().stream().flatMap(recorded -> entry(recorded).stream()).toList();
    }

    /**
     * Waits until {@code name} was recorded for the contact.
     *
     * @return the first such entry
     */
    Entry await(String name, String contactId) {
        Await.until(WAIT, () -> find(name, contactId).isPresent(),
                () -> name + " for " + contactId + "; recorded: " + all());
        return find(name, contactId).orElseThrow();
    }

    /**
     * Asserts the contact's telemetry is exactly these names, in this order.
     */
    void assertNames(String contactId, String... expected) {
        assertEquals(List.of(expected), names(contactId), () -> "telemetry of " + contactId + ": " + all());
    }

    private Optional<Entry> find(String name, String contactId) {
        return all().stream().filter(e -> name.equals(e.name()) && contactId.equals(e.contactId())).findFirst();
    }

    private static Optional<Entry> entry(BusRecorder.Recorded recorded) {
        BusEvent event = recorded.event();
        if (EventType.CLIENT_METRIC.equals(event.name())) {
            return event.dataAs(ClientMetric.class).filter(metric -> metric.name().contains("Ringtone"))
                    .map(metric -> new Entry(metric.name(), metric.contactId(), metric.data(), recorded.nanoTime()));
        }
        if (UNAVAILABLE.equals(event.name())) {
            return event.dataAs(RingtoneUnavailable.class).map(unavailable -> new Entry(UNAVAILABLE,
                    unavailable.contactId(), Map.of("reason", unavailable.reason()), recorded.nanoTime()));
        }
        return Optional.empty();
    }

    /**
     * One recorded event.
     *
     * @param name the metric name, or {@link #UNAVAILABLE}
     * @param contactId the contact
     * @param data the metric's data
     * @param nanos {@link System#nanoTime()} when the bus delivered it to the recorder
     */
    record Entry(String name, String contactId, Map<String, Object> data, long nanos) {
    }
}
