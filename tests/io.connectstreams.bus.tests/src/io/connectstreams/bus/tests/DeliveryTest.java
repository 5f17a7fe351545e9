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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventHandler;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;

/**
 * Streams' delivery rules: synchronous on the publisher's thread, all-event handlers first, then the named ones,
 * each group in subscription order; one-shot handlers; what a handler sees of subscriptions changed during the
 * delivery it is part of.
 */
class DeliveryTest {

    private final SynchronousEventBus bus = Buses.plain();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void allEventHandlersRunFirstThenNamedOnesEachInSubscriptionOrder() {
        List<String> calls = new ArrayList<>();
        bus.subscribe("agent::refresh", e -> calls.add("named-1"));
        bus.subscribeAll(e -> calls.add("all-1"));
        bus.subscribe("agent::refresh", e -> calls.add("named-2"));
        bus.subscribe("agent::update", e -> calls.add("other-name"));
        bus.subscribeAll(e -> calls.add("all-2"));
        bus.subscribe("agent::refresh", e -> calls.add("named-3"));

        bus.trigger("agent::refresh", null);

        assertEquals(List.of("all-1", "all-2", "named-1", "named-2", "named-3"), calls);
    }

    @Test
    void handlerGetsNameDataAndItsOwnSubscriptionOnThePublishingThread() {
        AtomicReference<BusEvent> received = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        MuteToggle payload = new MuteToggle(true);
        Subscription subscription = bus.subscribe(AgentEvents.MUTE_TOGGLE, e -> {
            received.set(e);
            thread.set(Thread.currentThread());
        });

        bus.trigger(AgentEvents.MUTE_TOGGLE, payload);

        assertEquals(AgentEvents.MUTE_TOGGLE, received.get().name());
        assertSame(payload, received.get().data());
        assertSame(subscription, received.get().subscription());
        assertSame(Thread.currentThread(), thread.get());
        assertEquals(AgentEvents.MUTE_TOGGLE, subscription.eventName());
    }

    @Test
    void nullPayloadIsDeliveredAsNull() {
        AtomicReference<BusEvent> received = new AtomicReference<>();
        bus.subscribe("contact::refresh", received::set);

        bus.trigger("contact::refresh", null);

        assertEquals("contact::refresh", received.get().name());
        assertNull(received.get().data());
    }

    @Test
    void oneShotHandlerClosesItsOwnSubscription() {
        AtomicInteger calls = new AtomicInteger();
        Subscription subscription = bus.subscribe("contact::connected::c-1", e -> {
            calls.incrementAndGet();
            e.subscription().close();
        });

        bus.trigger("contact::connected::c-1", null);
        bus.trigger("contact::connected::c-1", null);
        bus.trigger("contact::connected::c-1", null);

        assertEquals(1, calls.get());
        assertFalse(subscription.isActive());
        assertEquals(0, bus.subscriptionCount());
        subscription.close(); // twice is harmless
        assertFalse(subscription.isActive());
    }

    @Test
    void subscriptionAddedDuringADeliveryDoesNotReceiveThatDelivery() {
        List<String> calls = new CopyOnWriteArrayList<>();
        bus.subscribe("agent::refresh", e -> {
            calls.add("first:" + e.data());
            if ("1".equals(e.data())) {
                bus.subscribe("agent::refresh", late -> calls.add("late-named:" + late.data()));
                bus.subscribeAll(late -> calls.add("late-all:" + late.data()));
            }
        });

        bus.trigger("agent::refresh", "1");
        assertEquals(List.of("first:1"), calls);

        bus.trigger("agent::refresh", "2");
        assertEquals(List.of("first:1", "late-all:2", "first:2", "late-named:2"), calls);
    }

    @Test
    void subscriptionClosedBeforeItsTurnIsNotCalled() {
        List<String> calls = new ArrayList<>();
        AtomicReference<Subscription> second = new AtomicReference<>();
        AtomicReference<Subscription> laterAll = new AtomicReference<>();
        bus.subscribeAll(e -> {
            calls.add("all-1");
            laterAll.get().close();
        });
        laterAll.set(bus.subscribeAll(e -> calls.add("all-2")));
        bus.subscribe("agent::refresh", e -> {
            calls.add("named-1");
            second.get().close();
        });
        second.set(bus.subscribe("agent::refresh", e -> calls.add("named-2")));
        bus.subscribe("agent::refresh", e -> calls.add("named-3"));

        bus.trigger("agent::refresh", null);

        assertEquals(List.of("all-1", "named-1", "named-3"), calls);
    }

    @Test
    void handlerMayPublishAndNestedEventsAreDeliveredAtOnce() {
        List<String> calls = new ArrayList<>();
        bus.subscribe("contact::ended", e -> {
            calls.add("ended");
            bus.trigger("contact::destroyed", null);
            calls.add("ended-after-nested");
        });
        bus.subscribe("contact::destroyed", e -> calls.add("destroyed"));

        bus.trigger("contact::ended", null);

        assertEquals(List.of("ended", "destroyed", "ended-after-nested"), calls);
    }

    @Test
    void typedSubscriptionSkipsOtherPayloadTypes() {
        List<Boolean> muted = new ArrayList<>();
        bus.subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class, m -> muted.add(m.muted()));

        bus.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(true));
        bus.trigger(AgentEvents.MUTE_TOGGLE, "not a MuteToggle");
        bus.trigger(AgentEvents.MUTE_TOGGLE, null);
        bus.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(false));

        assertEquals(List.of(true, false), muted);
    }

    @Test
    void subscribingToTheAllPseudoNameIsSubscribeAll() {
        List<String> names = new ArrayList<>();
        Subscription subscription = bus.subscribe(EventBus.ALL_EVENTS, e -> names.add(e.name()));

        bus.trigger("agent::refresh", null);
        bus.trigger("api_metric", null);

        assertEquals(List.of("agent::refresh", "api_metric"), names);
        assertEquals(EventBus.ALL_EVENTS, subscription.eventName());
    }

    @Test
    void closedSubscriptionGetsNothingMore() {
        AtomicInteger named = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        Subscription namedSubscription = bus.subscribe("agent::refresh", e -> named.incrementAndGet());
        Subscription allSubscription = bus.subscribeAll(e -> all.incrementAndGet());
        bus.trigger("agent::refresh", null);

        namedSubscription.unsubscribe();
        allSubscription.unsubscribe();
        bus.trigger("agent::refresh", null);

        assertEquals(1, named.get());
        assertEquals(1, all.get());
        assertFalse(namedSubscription.isActive());
        assertEquals(0, bus.subscriptionCount());
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        assertThrows(NullPointerException.class, () -> bus.subscribe(null, e -> {
        }));
        assertThrows(NullPointerException.class, () -> bus.subscribe("x", (EventHandler) null));
        assertThrows(IllegalArgumentException.class, () -> bus.subscribe("", e -> {
        }));
        assertThrows(NullPointerException.class, () -> bus.trigger(null, "data"));
        assertEquals(0, bus.subscriptionCount());
    }
}
