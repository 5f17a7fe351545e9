package io.connectstreams.api.event;

import java.util.Map;

/**
 * Payload of {@link EventType#CLIENT_METRIC}: telemetry such as {@code "Ringtone Start"} or
 * {@code "Softphone Session Connected"}; Streams' {@code publishMetric({name, contactId, data})}.
 *
 * @param name the metric name, exactly as Streams spells it
 * @param contactId the contact it concerns, may be {@code null}
 * @param data details of the call (type, queue, ...); never credentials
 */
public record ClientMetric(String name, String contactId, Map<String, Object> data) {

    /** Copies the data. */
    public ClientMetric {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
