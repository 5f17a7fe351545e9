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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The EventAdmin bridge in the real runtime: the DS bus, the DS bridge and Equinox's EventAdmin, observed by a real
 * {@link EventHandler} registered for {@code io/connectstreams/*}.
 */
class EventAdminBridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BRIDGE = "io.connectstreams.bus.internal.eventadmin.EventAdminBridge";
    private static final String EVENT_ADMIN_BUNDLE = "org.eclipse.equinox.event";

    /** A payload for the order test. */
    record Numbered(int publisher, int sequence) {
    }

    private final BundleContext context = FrameworkUtil.getBundle(EventAdminBridgeTest.class).getBundleContext();
    private final Queue<Event> received = new ConcurrentLinkedQueue<>();
    private final String prefix = "bridgetest" + System.nanoTime();
    private ServiceRegistration<EventHandler> handler;
    private EventBus bus;

    @BeforeEach
    void registerHandler() {
        bus = Buses.service();
        awaitBridge(ComponentConfigurationDTO.ACTIVE);
        handler = register(EventTopics.ALL, event -> {
            Object name = event.getProperty(EventTopics.EVENT_NAME);
            if (name instanceof String s && s.startsWith(prefix)) {
                received.add(event);
            }
        });
    }

    @AfterEach
    void unregisterHandler() {
        handler.unregister();
    }

    @Test
    void everyBusEventIsPostedWithTopicNameAndPayload() {
        MuteToggle payload = new MuteToggle(true);
        bus.trigger(prefix + "::mute_toggle", payload);
        bus.trigger(prefix + "::connected::contact-1", "second");

        Await.until(WAIT, () -> received.size() == 2, () -> "2 events, got " + received);
        List<Event> events = new ArrayList<>(received);
        assertEquals("io/connectstreams/" + prefix + "/mute_toggle", events.get(0).getTopic());
        assertEquals(prefix + "::mute_toggle", events.get(0).getProperty(EventTopics.EVENT_NAME));
        assertSame(payload, events.get(0).getProperty(EventTopics.DATA));
        assertEquals("io/connectstreams/" + prefix + "/connected/contact-1", events.get(1).getTopic());
        assertEquals("second", events.get(1).getProperty(EventTopics.DATA));
    }

    @Test
    void eventWithoutPayloadIsPostedWithoutData() {
        bus.trigger(prefix + "::no_payload", null);

        Await.until(WAIT, () -> received.size() == 1, () -> "1 event, got " + received);
        Event event = received.peek();
        assertEquals(prefix + "::no_payload", event.getProperty(EventTopics.EVENT_NAME));
        assertFalse(event.containsProperty(EventTopics.DATA));
    }

    @Test
    void eachPublishersOrderIsKeptWithSeveralPublishers() throws Exception {
        int publishers = 4;
        int perPublisher = 2_000;
        String name = prefix + "::order";
        ExecutorService threads = Executors.newFixedThreadPool(publishers, r -> new Thread(r, "cs-test-bridge-publisher"));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                int publisher = p;
                work.add(threads.submit(() -> {
                    start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    for (int i = 0; i < perPublisher; i++) {
                        bus.trigger(name, new Numbered(publisher, i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : work) {
                future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        Await.until(WAIT, () -> received.size() == publishers * perPublisher,
                () -> publishers * perPublisher + " events, got " + received.size());
        int[] next = new int[publishers];
        for (Event event : received) {
            Numbered numbered = (Numbered) event.getProperty(EventTopics.DATA);
            assertEquals(next[numbered.publisher()]++, numbered.sequence(), () -> "publisher " + numbered.publisher());
        }
        for (int p = 0; p < publishers; p++) {
            assertEquals(perPublisher, next[p]);
        }
    }

    @Test
    void publisherDoesNotWaitForEventAdminHandlers() throws Exception {
        String name = prefix + "::slow";
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServiceRegistration<EventHandler> slow = register(EventTopics.of(name), event -> {
            entered.countDown();
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            bus.trigger(name, 1);
            assertTrue(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS));

            // EventAdmin's delivery is stuck in the slow handler; publishing still returns
            for (int i = 2; i <= 100; i++) {
                bus.trigger(name, i);
            }
            assertEquals(1, release.getCount(), "the slow handler is still blocked");
        } finally {
            release.countDown();
            slow.unregister();
        }
        Await.until(WAIT, () -> received.size() == 100, () -> "100 events, got " + received.size());
    }

    @Test
    void busWorksWithoutEventAdminAndTheBridgeFollowsIt() throws Exception {
        Bundle eventAdmin = Bundles.resolved(EVENT_ADMIN_BUNDLE);
        List<Object> delivered = new ArrayList<>();
        List<Object> failures = new ArrayList<>();
        Subscription onBus = bus.subscribe(prefix + "::without", e -> delivered.add(e.data()));
        Subscription onFailure = bus.subscribe(StreamsEvents.HANDLER_FAILURE, e -> failures.add(e.data()));
        try {
            eventAdmin.stop();
            awaitBridge(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);

            bus.trigger(prefix + "::without", "still delivered");

            assertEquals(List.of("still delivered"), delivered);
            assertEquals(List.of(), failures);
            assertSame(bus, Buses.service(), "the bus service stayed the same");
        } finally {
            eventAdmin.start();
            onBus.close();
            onFailure.close();
        }
        awaitBridge(ComponentConfigurationDTO.ACTIVE);
        bus.trigger(prefix + "::again", "after restart");
        Await.until(WAIT, () -> received.stream().anyMatch(e -> (prefix + "::again").equals(
                e.getProperty(EventTopics.EVENT_NAME))), "the bridge posts again after EventAdmin returned");
    }

    private ServiceRegistration<EventHandler> register(String topic, EventHandler eventHandler) {
        Dictionary<String, Object> properties = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, topic));
        return context.registerService(EventHandler.class, eventHandler, properties);
    }

    private static void awaitBridge(int state) {
        ServiceComponentRuntime scr = Bundles.service(ServiceComponentRuntime.class, WAIT);
        Bundle bus = Bundles.resolved(Buses.BUNDLE);
        Await.until(WAIT, () -> {
            ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bus, BRIDGE);
            return description != null && scr.getComponentConfigurationDTOs(description).stream()
                    .anyMatch(c -> c.state == state);
        }, () -> "the bridge component to reach state " + state + " (ComponentConfigurationDTO)");
    }
}
