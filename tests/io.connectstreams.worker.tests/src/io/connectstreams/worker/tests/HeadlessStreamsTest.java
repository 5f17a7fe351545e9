/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.CustomerContact;

/**
 * Headless OSGi use: the Streams service of the worker, with only the API, bus and worker bundles of the product
 * (no view, no softphone, no ringtone), signs in to the sandbox (the test kit's {@link ContactCenter}) and follows
 * a call to the end; terminate leaves no thread of its own behind.
 */
class HeadlessStreamsTest {

    private static final Duration WAIT = SandboxSession.WAIT;

    /**
     * Tycho's test harness optionally requires the workbench, so its bundles are installed in every test runtime;
     * what matters is that nothing the worker uses reaches them: the wiring closure of api, bus and worker holds no
     * UI bundle, and none of the product's UI or media bundles is installed at all.
     */
    @Test
    void apiBusAndWorkerNeedNoUiAndNoMediaBundle() {
        List<String> ours = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .map(Bundle::getSymbolicName).filter(n -> n.startsWith("io.connectstreams.")).sorted().toList();
        for (String absent : List.of("io.connectstreams.ui", "io.connectstreams.softphone",
                "io.connectstreams.ringtone", "io.connectstreams.calllog", "io.connectstreams.demo")) {
            assertFalse(ours.contains(absent), absent + " must not be needed: " + ours);
        }
        Set<String> closure = new TreeSet<>();
        for (String root : List.of("io.connectstreams.api", "io.connectstreams.bus", "io.connectstreams.worker")) {
            wiringClosure(Bundles.resolved(root), closure);
        }
        List<String> ui = closure.stream().filter(n -> n.startsWith("org.eclipse.ui") || n.startsWith("org.eclipse.swt")
                || n.startsWith("org.eclipse.jface") || n.startsWith("org.eclipse.e4.ui")).toList();
        assertEquals(List.of(), ui, "UI bundles in the worker's wiring closure " + closure);
    }

    private static void wiringClosure(Bundle bundle, Set<String> closure) {
        if (!closure.add(bundle.getSymbolicName())) {
            return;
        }
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
            wiringClosure(wire.getProvider().getBundle(), closure);
        }
    }

    @Test
    void theStreamsServiceSignsInAndFollowsACallToTheEnd() throws Exception {
        Set<String> threadsBefore = sessionThreads();
        long clientsBefore = httpClientThreads();
        Streams streams = Bundles.service(Streams.class, WAIT);
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Subscription contacts = streams.contact(contact -> {
            seen.add("init " + contact.getState().type().wireValue());
            contact.onConnected(c -> seen.add("connected"));
            contact.onEnded(c -> seen.add("ended"));
            contact.onDestroy(c -> seen.add("destroyed"));
        }); ContactCenter center = ContactCenter.start(Sandbox.builder(), streams, "jane", WAIT)) {
            Agent agent = center.agent();
            assertTrue(streams.isInitialized());
            assertEquals(ConnectionStatus.CONNECTED, streams.connectionStatus());
            assertEquals("Jane Doe", agent.getName());
            center.agentGoes("Available");

            CustomerContact call = center.customerCalls("+14255550100");
            call.accept();
            call.awaitConnected();
            call.hangUp();
            call.awaitEnded();
            call.clear();
            Await.until(WAIT, () -> seen.contains("destroyed"), "destroyed");
            assertEquals(List.of("init connecting", "connected", "ended", "destroyed"), seen);

            streams.terminate();
            assertEquals(ConnectionStatus.SIGNED_OUT, streams.connectionStatus());
            assertFalse(streams.isInitialized());
            CtiBackendTest.assertFailure(TerminatedException.class, agent.setState(agent.getAgentStates().get(0)));
            // the session's threads end; the service keeps its one HTTP client (and selector thread) for the next
            // session, so nothing waits for a garbage collection
            Await.until(WAIT, () -> threadsBefore.containsAll(sessionThreads()),
                    () -> "the session's threads to end; still running: " + sessionThreads());
            assertTrue(httpClientThreads() <= clientsBefore + 1,
                    "HTTP client threads: " + httpClientThreads() + ", before the session " + clientsBefore);
        }
    }

    private static Set<String> sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("cs-worker-") && !n.startsWith("cs-worker-http-"))
                .collect(Collectors.toSet());
    }

    private static long httpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-"))
                .count();
    }
}
