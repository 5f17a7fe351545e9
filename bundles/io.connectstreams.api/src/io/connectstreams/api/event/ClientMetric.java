/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
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
