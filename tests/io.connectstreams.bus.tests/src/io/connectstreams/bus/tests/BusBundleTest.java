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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The bundle: its wiring, the DS service, the bus's independence from EventAdmin, and what closing (DS
 * deactivation) leaves behind: nothing.
 */
class BusBundleTest {

    @Test
    void resolvesWithEventAdminsApi() {
        Bundle bus = Bundles.resolved(Buses.BUNDLE);
        assertEquals("org.osgi.service.event", Bundles.packageProvider(bus, "org.osgi.service.event").getSymbolicName());
        assertEquals("io.connectstreams.api", Bundles.packageProvider(bus, "io.connectstreams.api.event").getSymbolicName());
    }

    @Test
    void declarativeServicesRegistersTheBus() {
        EventBus bus = Buses.service();
        assertInstanceOf(SynchronousEventBus.class, bus);
        List<Object> received = new ArrayList<>();
        Subscription subscription = bus.subscribe("streams::service_test", e -> received.add(e.data()));
        bus.trigger("streams::service_test", "payload");
        subscription.close();
        assertEquals(List.of("payload"), received);
    }

    @Test
    void busClassesNeverReferenceEventAdmin() throws IOException {
        Bundle bus = Bundles.resolved(Buses.BUNDLE);
        List<URL> classes = Collections.list(bus.findEntries("io/connectstreams/bus/internal", "*.class", false));
        assertTrue(classes.stream().anyMatch(u -> u.getPath().endsWith("/SynchronousEventBus.class")));
        for (URL type : classes) {
            try (InputStream in = type.openStream()) {
                // class files name every type they use in their constant pool, in internal form
                String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(constants.contains("org/osgi/service/event"), type.getPath());
            }
        }
    }

    @Test
    void closeDropsEverySubscriptionAndLeavesNoThread() throws Exception {
        int threadsBefore = Buses.liveThreads("cs-bus").size();
        SynchronousEventBus bus = Buses.plain();
        List<String> received = new ArrayList<>();
        Subscription named = bus.subscribe("agent::refresh", e -> received.add("named"));
        Subscription all = bus.subscribeAll(e -> received.add("all"));
        bus.respond("slow", data -> new CompletableFuture<>());
        bus.request("slow", null, String.class, Duration.ofMinutes(1));

        bus.close();

        assertFalse(named.isActive());
        assertFalse(all.isActive());
        assertEquals(0, bus.subscriptionCount());
        bus.trigger("agent::refresh", null);
        assertEquals(List.of(), received);
        assertThrows(IllegalStateException.class, () -> bus.subscribe("agent::refresh", e -> {
        }));
        assertThrows(IllegalStateException.class, () -> bus.subscribeAll(e -> {
        }));
        Await.until(Duration.ofSeconds(10), () -> Buses.liveThreads("cs-bus").size() == threadsBefore,
                () -> "threads left: " + Buses.liveThreads("cs-bus"));
    }
}
