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
 * Receives events from the {@link EventBus}. A handler that throws is logged once with the event name and does
 * not stop the other handlers.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * @param event the event, its payload and the handler's own subscription
     * @throws Exception any failure; the bus isolates it
     */
    void handle(BusEvent event) throws Exception;
}
