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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.bus.internal.SynchronousEventBus;
import io.connectstreams.testing.Bundles;

/**
 * Event tracing ({@code io.connectstreams.bus.trace=true}): "Publishing event: <name>" at DEBUG through the real Log
 * Service, never for Streams' four excluded events, never showing a value whose name looks like a secret.
 */
class EventTracingTest {

    /** A record with a secret component, as payloads are. */
    record Login(String user, String password, Map<String, Object> headers) {
    }

    /** A record nested in another. */
    record Session(String agent, Login login, List<Map<String, String>> devices) {
    }

    /** An object whose {@code toString()} must not be trusted. */
    static final class Opaque {
        @Override
        public String toString() {
            return "opaque-secret-in-toString";
        }
    }

    @Test
    void tracesEachPublicationAtDebug() {
        try (LogCapture log = LogCapture.testLogger("trace-" + System.nanoTime(), LogLevel.DEBUG);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), true)) {
            bus.trigger(AgentEvents.REFRESH, Map.of("state", "Available"));
            bus.trigger("contact::connected::c-1", null);

            List<LogEntry> entries = log.entries();
            assertEquals(2, entries.size(), entries::toString);
            assertEquals(LogLevel.DEBUG, entries.get(0).getLogLevel());
            assertTrue(entries.get(0).getMessage().startsWith("Publishing event: agent::refresh"),
                    entries.get(0).getMessage());
            assertTrue(entries.get(0).getMessage().contains("state=\"Available\""), entries.get(0).getMessage());
            assertEquals("Publishing event: contact::connected::c-1 data=null", entries.get(1).getMessage());
        }
    }

    @Test
    void neverTracesStreamsFourExcludedEvents() {
        try (LogCapture log = LogCapture.testLogger("trace-" + System.nanoTime(), LogLevel.TRACE);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), true)) {
            List<String> delivered = new ArrayList<>();
            bus.subscribeAll(e -> delivered.add(e.name()));
            List<String> excluded = List.of(EventType.LOG, EventType.MASTER_RESPONSE, EventType.API_METRIC,
                    EventType.SERVER_BOUND_INTERNAL_LOG);

            excluded.forEach(name -> bus.trigger(name, Map.of("message", "x")));
            bus.trigger(EventType.MASTER_REQUEST, null);

            assertEquals(List.of("log", "master_response", "api_metric", "server_bound_internal_log",
                    "master_request"), delivered);
            List<String> messages = log.entries().stream().map(LogEntry::getMessage).toList();
            assertEquals(List.of("Publishing event: master_request data=null"), messages);
        }
    }

    @Test
    void tracingIsOffUnlessSwitchedOn() {
        try (LogCapture log = LogCapture.testLogger("trace-" + System.nanoTime(), LogLevel.TRACE);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), false)) {
            bus.trigger(AgentEvents.REFRESH, null);
            assertEquals(List.of(), log.entries());
        }
    }

    @Test
    void serviceBusDoesNotTraceWithoutTheProperty() {
        assertFalse(Boolean.getBoolean(SynchronousEventBus.TRACE_PROPERTY), "the test runtime must not set it");
        LoggerContext busContext = Bundles.service(LoggerAdmin.class, Duration.ofSeconds(10))
                .getLoggerContext(Buses.BUNDLE);
        Map<String, LogLevel> previous = busContext.getLogLevels();
        busContext.setLogLevels(Map.of(SynchronousEventBus.class.getName(), LogLevel.TRACE));
        EventBus bus = Buses.service();
        try (LogCapture log = LogCapture.ofBundle(Buses.BUNDLE)) {
            bus.trigger(AgentEvents.REFRESH, null);
            assertEquals(List.of(), log.entries());
        } finally {
            busContext.setLogLevels(previous);
        }
    }

    @Test
    void secretsAreNeverPrintedAtAnyDepth() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Authorization", "Bearer hdr-bearer-1");
        headers.put("X-Amz-Bearer", "amz-bearer-13");
        headers.put("X-Request", Map.of("value", "not-named-secret-but-nested"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("contactId", "c-42");
        payload.put("authToken", "map-token-2");
        payload.put("CREDENTIALS", List.of("cred-3"));
        payload.put("session", new Session("alice", new Login("alice", "rec-password-4", headers),
                List.of(Map.of("sessionCookie", "cookie-5"), Map.of("name", "visible"))));
        payload.put("raw", "user=bob&password=text-password-6&x=1");
        payload.put("json", "{\"refresh_token\": \"json-token-7\", \"expires\": 30}");
        payload.put("header", "Authorization: Bearer text-bearer-8");
        payload.put("array", new Object[] { Map.of("apiSecret", "array-secret-9") });
        payload.put("optional", Optional.of(Map.of("cookie", "optional-cookie-10")));
        payload.put("opaque", new Opaque());

        try (LogCapture log = LogCapture.testLogger("trace-" + System.nanoTime(), LogLevel.DEBUG);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), true)) {
            bus.trigger("streams::secret_test", payload);
            bus.trigger("streams::secret_record", new Login("carol", "top-level-password-11", Map.of()));
            bus.trigger("streams::secret_text", "token=bare-token-12");

            String traced = String.join("\n", log.entries().stream().map(LogEntry::getMessage).toList());
            for (String secret : List.of("hdr-bearer-1", "map-token-2", "cred-3", "rec-password-4", "cookie-5",
                    "text-password-6", "json-token-7", "text-bearer-8", "array-secret-9", "optional-cookie-10",
                    "opaque-secret-in-toString", "top-level-password-11", "bare-token-12", "amz-bearer-13")) {
                assertFalse(traced.contains(secret), () -> secret + " was printed: " + traced);
            }
            for (String visible : List.of("c-42", "alice", "carol", "application/json", "visible",
                    "not-named-secret-but-nested", "user=bob", "\"expires\": 30",
                    "Opaque")) {
                assertTrue(traced.contains(visible), () -> visible + " is missing: " + traced);
            }
            assertTrue(traced.contains("password=***"), traced);
        }
    }

    @Test
    void renderingIsBoundedForHugeAndSelfReferencingPayloads() {
        Map<String, Object> cyclic = new LinkedHashMap<>();
        cyclic.put("self", cyclic);
        List<Integer> huge = IntStream.range(0, 1_000_000).boxed().toList();
        try (LogCapture log = LogCapture.testLogger("trace-" + System.nanoTime(), LogLevel.DEBUG);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), true)) {
            bus.trigger("streams::cyclic", cyclic);
            bus.trigger("streams::huge", huge);
            bus.trigger("streams::long_text", "x".repeat(100_000));

            List<LogEntry> entries = log.entries();
            assertEquals(3, entries.size());
            entries.forEach(e -> assertTrue(e.getMessage().length() < 4096, e.getMessage()));
        }
    }
}
