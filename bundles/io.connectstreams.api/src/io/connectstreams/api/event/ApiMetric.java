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

/**
 * Payload of {@link EventType#API_METRIC}: one back-end call, as Streams' worker measures it. Never logged by the
 * bus.
 *
 * @param name the operation, for example {@code "getAgentSnapshot"}
 * @param time the call's duration in milliseconds
 * @param error 1 when the call failed, else 0
 * @param error5xx 1 on an HTTP 5xx status, else 0
 * @param fault 1 on 5xx, 0 on 2xx, {@code null} on 4xx (Streams leaves it out)
 * @param httpStatusCode the HTTP status, 0 when there was no response
 * @param httpGenericStatusCode {@code "2XX"}, {@code "4XX"}, {@code "5XX"}, or {@code "0XX"} when there was no response
 * @param retryStatus {@code "none"}, {@code "retrying"} or {@code "exhausted"}
 */
public record ApiMetric(String name, long time, int error, int error5xx, Integer fault, int httpStatusCode,
        String httpGenericStatusCode, String retryStatus) {

    /** Streams' {@code dimensions}: the category of every API metric. */
    public static final String CATEGORY = "API";
}
