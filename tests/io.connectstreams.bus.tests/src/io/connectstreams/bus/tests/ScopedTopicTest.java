/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;

/**
 * Per-contact topics ({@code contact::connected::<contactId>}) are ordinary names; destroying a contact drops all of
 * its scoped subscriptions at once.
 */
class ScopedTopicTest {

    private final SynchronousEventBus bus = Buses.plain();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void scopedNamesAreOrdinaryNames() {
        List<String> calls = new ArrayList<>();
        bus.subscribe(ContactEvents.scoped(ContactEvents.CONNECTED, "c-1"), e -> calls.add("c-1"));
        bus.subscribe(ContactEvents.CONNECTED, e -> calls.add("global"));

        bus.trigger(ContactEvents.CONNECTED, null);
        bus.trigger(ContactEvents.scoped(ContactEvents.CONNECTED, "c-1"), null);
        bus.trigger(ContactEvents.scoped(ContactEvents.CONNECTED, "c-2"), null);

        assertEquals(List.of("global", "c-1"), calls);
    }

    @Test
    void unsubscribeAllEndingWithRemovesOnlyThatContactsSubscriptions() {
        List<String> calls = new ArrayList<>();
        Subscription connected1 = bus.subscribe(ContactEvents.scoped(ContactEvents.CONNECTED, "c1"),
                e -> calls.add("connected-c1"));
        Subscription ended1a = bus.subscribe(ContactEvents.scoped(ContactEvents.ENDED, "c1"), e -> calls.add("ended-c1-a"));
        Subscription ended1b = bus.subscribe(ContactEvents.scoped(ContactEvents.ENDED, "c1"), e -> calls.add("ended-c1-b"));
        Subscription connectedOther = bus.subscribe(ContactEvents.scoped(ContactEvents.CONNECTED, "xc1"),
                e -> calls.add("connected-xc1"));
        Subscription global = bus.subscribe(ContactEvents.CONNECTED, e -> calls.add("global"));
        Subscription all = bus.subscribeAll(e -> calls.add("all"));

        int removed = bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix("c1"));

        assertEquals(3, removed);
        assertFalse(connected1.isActive());
        assertFalse(ended1a.isActive());
        assertFalse(ended1b.isActive());
        assertTrue(connectedOther.isActive());
        assertTrue(global.isActive());
        assertTrue(all.isActive());
        assertEquals(3, bus.subscriptionCount());

        bus.trigger(ContactEvents.scoped(ContactEvents.CONNECTED, "c1"), null);
        bus.trigger(ContactEvents.scoped(ContactEvents.ENDED, "c1"), null);
        bus.trigger(ContactEvents.scoped(ContactEvents.CONNECTED, "xc1"), null);
        bus.trigger(ContactEvents.CONNECTED, null);
        assertEquals(List.of("all", "all", "all", "connected-xc1", "all", "global"), calls);

        assertEquals(0, bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix("c1")));
        connected1.close(); // closing a removed subscription is harmless
    }

    @Test
    void scopedSubscriptionRemovedDuringItsContactsDeliveryIsNotCalled() {
        List<String> calls = new ArrayList<>();
        String connected = ContactEvents.scoped(ContactEvents.CONNECTED, "c-9");
        bus.subscribe(connected, e -> {
            calls.add("first");
            bus.unsubscribeAllEndingWith(ContactEvents.scopeSuffix("c-9"));
        });
        bus.subscribe(connected, e -> calls.add("second"));

        bus.trigger(connected, null);

        assertEquals(List.of("first"), calls);
        assertEquals(0, bus.subscriptionCount());
    }

    @Test
    void emptySuffixRemovesEverySubscriptionLikeStreamsUnsubscribeAll() {
        Subscription named = bus.subscribe("agent::refresh", e -> {
        });
        Subscription all = bus.subscribeAll(e -> {
        });

        assertEquals(2, bus.unsubscribeAllEndingWith(""));

        assertFalse(named.isActive());
        assertFalse(all.isActive());
        assertEquals(0, bus.subscriptionCount());
    }
}
