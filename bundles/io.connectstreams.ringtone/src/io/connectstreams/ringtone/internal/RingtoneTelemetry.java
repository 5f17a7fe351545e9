/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.log.Logger;

import io.connectstreams.api.event.ClientMetric;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.RingtoneUnavailable;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.ringtone.internal.audio.RingerDevice;

/**
 * Streams' ringtone telemetry as {@code client_metric} events, each with the call's data ({@link Ring#callInfo}),
 * plus {@code streams::ringtone_unavailable}. Per ringing contact: {@code Ringtone Connecting} (or
 * {@code Callback Ringtone Connecting}, {@code Task Ringtone Connecting}) once; {@code Ringtone Start} when its first sample reached the line;
 * {@code Ringtone Playback Failure} for every failed attempt; {@code Ringtone Stop} exactly once, last.
 */
final class RingtoneTelemetry {

    /** Voice and additional-voice engines, on the trigger. */
    static final String CONNECTING = "Ringtone Connecting";
    /** Queue-callback engine, on the trigger. */
    static final String CALLBACK_CONNECTING = "Callback Ringtone Connecting";
    /** Task engine, on the trigger. */
    static final String TASK_CONNECTING = "Task Ringtone Connecting";
    /** The first sample was written to the line. */
    static final String START = "Ringtone Start";
    /** The ringtone is over. */
    static final String STOP = "Ringtone Stop";
    /** One attempt to play failed. */
    static final String PLAYBACK_FAILURE = "Ringtone Playback Failure";

    private final EventBus bus;
    private final Logger logger;

    RingtoneTelemetry(EventBus bus, Logger logger) {
        this.bus = bus;
        this.logger = logger;
    }

    void connecting(Ring ring) {
        String name = switch (ring.kind) {
            case VOICE, ADDITIONAL_VOICE -> CONNECTING;
            case QUEUE_CALLBACK -> CALLBACK_CONNECTING;
            case TASK -> TASK_CONNECTING;
        };
        metric(name, ring, Map.of());
    }

    void start(Ring ring, RingerDevice device) {
        metric(START, ring, Map.of("deviceId", device.id(), "ringtone", ring.tone.description()));
    }

    void failure(Ring ring, String reason, int retriesRemaining) {
        metric(PLAYBACK_FAILURE, ring, Map.of("reason", reason, "retriesRemaining", retriesRemaining));
    }

    void stop(Ring ring, String reason) {
        metric(STOP, ring, Map.of("reason", reason, "played", ring.started));
    }

    void unavailable(String contactId, String reason) {
        publish(StreamsEvents.RINGTONE_UNAVAILABLE, new RingtoneUnavailable(contactId, reason));
    }

    private void metric(String name, Ring ring, Map<String, Object> details) {
        Map<String, Object> data = new LinkedHashMap<>(ring.callInfo);
        data.putAll(details);
        publish(EventType.CLIENT_METRIC, new ClientMetric(name, ring.contactId, data));
    }

    private void publish(String event, Object payload) {
        try {
            bus.trigger(event, payload);
        } catch (RuntimeException e) {
            // the bus isolates handlers; this is a bus that is closing
            logger.warn("could not publish {}: {}", event, e.toString());
        }
    }
}
