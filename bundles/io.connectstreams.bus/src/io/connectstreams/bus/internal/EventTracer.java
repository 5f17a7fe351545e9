/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.internal;

import java.util.Set;

import org.osgi.service.log.Logger;

import io.connectstreams.api.event.EventType;

/**
 * Streams' {@code logEvents}: logs {@code "Publishing event: <name>"} with the redacted payload at DEBUG for every
 * event except the four Streams never logs ({@link #NEVER_TRACED}), which are themselves logs or metrics and would
 * flood the log or loop through it.
 */
final class EventTracer {

    /** Streams' exclusion list: {@code log}, {@code master_response}, {@code api_metric}, {@code server_bound_internal_log}. */
    static final Set<String> NEVER_TRACED = Set.of(EventType.LOG, EventType.MASTER_RESPONSE, EventType.API_METRIC,
            EventType.SERVER_BOUND_INTERNAL_LOG);

    private final Logger logger;

    EventTracer(Logger logger) {
        this.logger = logger;
    }

    void publishing(String eventName, Object data) {
        if (!NEVER_TRACED.contains(eventName) && logger.isDebugEnabled()) {
            logger.debug("Publishing event: {} data={}", eventName, PayloadRedactor.render(data));
        }
    }
}
