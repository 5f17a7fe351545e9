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
 * A registration of a handler on the {@link EventBus}; Streams' {@code Subscription} with {@code unsubscribe()}.
 * Closing it (also from inside the handler, for one-shot handlers) stops further deliveries; closing twice is
 * harmless.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Subscription extends AutoCloseable {

    /**
     * @return the event name subscribed to, or {@link EventBus#ALL_EVENTS} for {@code subscribeAll}
     */
    String eventName();

    /**
     * Stops deliveries to the handler. Streams' {@code subscription.unsubscribe()}.
     */
    void unsubscribe();

    /**
     * @return whether the handler still receives events
     */
    boolean isActive();

    /**
     * Same as {@link #unsubscribe()}, so a subscription works in try-with-resources.
     */
    @Override
    default void close() {
        unsubscribe();
    }
}
