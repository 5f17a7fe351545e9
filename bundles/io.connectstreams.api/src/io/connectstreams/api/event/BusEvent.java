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

import java.util.Optional;

/**
 * One delivery of an event to one handler: Streams' handler arguments {@code (data, eventName)} plus the handler's
 * own subscription (Streams' {@code this}), so a handler can unsubscribe itself.
 *
 * @param name the event name as triggered, for example {@code "contact::connected::<contactId>"}
 * @param data the payload, may be {@code null}
 * @param subscription the subscription of the handler receiving this delivery
 */
public record BusEvent(String name, Object data, Subscription subscription) {

    /**
     * @param type the expected payload type
     * @return the payload if it is of that type
     */
    public <T> Optional<T> dataAs(Class<T> type) {
        return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
    }
}
