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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.worker.internal.ClassPathStreams;

/**
 * The worker's class-path service ({@code ServiceLoader}'s {@link Streams} outside a framework), made here by hand:
 * it signs in to the sandbox on an event bus of its own, logs through {@code System.Logger} with the OSGi message
 * format, never the session cookie, and stops its bus on close.
 */
class ClassPathStreamsTest {

    private static final Duration WAIT = SandboxSession.WAIT;

    @Test
    void signsInOnItsOwnBusAndLogsThroughSystemLoggerWithoutTheCookie() throws Exception {
        Streams registered = Bundles.service(Streams.class, WAIT);
        try (JulRecords records = new JulRecords("io.connectstreams.worker", Level.ALL)) {
            SandboxLogin login;
            try (ClassPathStreams streams = new ClassPathStreams();
                    Sandbox sandbox = Sandbox.builder().port(0).start()) {
                login = sandbox.login("jane", "jane-sandbox");
                Agent agent = streams.init(StreamsConfiguration.builder(sandbox.baseUri())
                        .sslContext(sandbox.clientSslContext()).build(),
                        Credentials.sessionCookie(login.cookieName(), login.cookieValue()))
                        .toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertNotSame(registered.eventBus(), streams.eventBus(), "a bus of its own");
                assertEquals("Jane Doe", agent.getName());
                try (ContactCenter center = ContactCenter.attach(sandbox, streams, WAIT)) {
                    center.agentGoes("Available");
                }
            }
            List<String> messages = records.messages();
            String initializing = "initializing against https://127\\.0\\.0\\.1:\\d+/?";
            assertTrue(messages.stream().anyMatch(m -> m.matches(initializing)),
                    "the instance URL put into the message's {}: " + messages);
            assertFalse(messages.stream().anyMatch(m -> m.contains("{}")), "every {} filled: " + messages);
            assertFalse(messages.stream().anyMatch(m -> m.contains(login.cookieValue())),
                    "no session cookie in the log");
        }
    }

    @Test
    void closeStopsItsBusAndAClosedServiceRefusesInitWithAFailedStage() throws Exception {
        ClassPathStreams streams = new ClassPathStreams();
        streams.close();

        assertFalse(streams.isInitialized());
        assertThrows(IllegalStateException.class, () -> streams.eventBus().subscribe("x", event -> {
            // never delivered
        }));
        try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
            SandboxLogin login = sandbox.login("jane", "jane-sandbox");
            CompletableFuture<Agent> refused = streams.init(StreamsConfiguration.builder(sandbox.baseUri())
                    .sslContext(sandbox.clientSslContext()).build(),
                    Credentials.sessionCookie(login.cookieName(), login.cookieValue())).toCompletableFuture();
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> refused.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertTrue(failure.getCause() instanceof IllegalStateException, failure::toString);
            assertFalse(failure.getCause().getMessage().contains(login.cookieValue()));
        }
    }
}
