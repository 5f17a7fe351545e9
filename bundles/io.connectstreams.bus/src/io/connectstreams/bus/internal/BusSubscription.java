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

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventHandler;
import io.connectstreams.api.event.Subscription;

/**
 * One handler registered on a {@link SynchronousEventBus}. The bus keeps it in immutable arrays it replaces on every
 * change; {@link #active} is read before each delivery, so a subscription closed during an ongoing publication is
 * not called when its turn comes.
 */
final class BusSubscription implements Subscription {

    /** Shared by every empty handler list, so publishing to a name nobody listens to allocates nothing. */
    static final BusSubscription[] NONE = new BusSubscription[0];

    private final SynchronousEventBus bus;
    private final String eventName;
    final EventHandler handler;
    volatile boolean active = true;

    BusSubscription(SynchronousEventBus bus, String eventName, EventHandler handler) {
        this.bus = bus;
        this.eventName = eventName;
        this.handler = handler;
    }

    @Override
    public String eventName() {
        return eventName;
    }

    boolean isAllEvents() {
        return EventBus.ALL_EVENTS.equals(eventName);
    }

    @Override
    public void unsubscribe() {
        if (active) {
            // inactive first: a publication that already holds the old array skips this handler from now on
            active = false;
            bus.remove(this);
        }
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "Subscription[" + eventName + (active ? "" : ", closed") + "]";
    }

    static BusSubscription[] append(BusSubscription[] subscriptions, BusSubscription added) {
        BusSubscription[] result = new BusSubscription[subscriptions.length + 1];
        System.arraycopy(subscriptions, 0, result, 0, subscriptions.length);
        result[subscriptions.length] = added;
        return result;
    }

    /**
     * @return the array without {@code removed}, the same array when it does not hold it, {@link #NONE} when empty
     */
    static BusSubscription[] without(BusSubscription[] subscriptions, BusSubscription removed) {
        for (int i = 0; i < subscriptions.length; i++) {
            if (subscriptions[i] == removed) {
                if (subscriptions.length == 1) {
                    return NONE;
                }
                BusSubscription[] result = new BusSubscription[subscriptions.length - 1];
                System.arraycopy(subscriptions, 0, result, 0, i);
                System.arraycopy(subscriptions, i + 1, result, i, subscriptions.length - i - 1);
                return result;
            }
        }
        return subscriptions;
    }
}
