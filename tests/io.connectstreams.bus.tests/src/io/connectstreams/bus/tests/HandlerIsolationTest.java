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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;

/**
 * A handler that throws is logged once per failed delivery through the OSGi Log Service (event name and exception,
 * no payload), the other handlers still run, and {@code streams::handler_failure} is published, except for
 * failures of its own handlers.
 */
class HandlerIsolationTest {

    private static final String SECRET = "tok-6a1f0c9e-do-not-log";

    @Test
    void throwingHandlerIsLoggedOnceAndTheOthersStillRun() {
        try (LogCapture log = LogCapture.testLogger("isolation-" + System.nanoTime(), LogLevel.WARN);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), false)) {
            List<String> calls = new ArrayList<>();
            List<HandlerFailure> failures = new ArrayList<>();
            IllegalStateException boom = new IllegalStateException("boom");
            bus.subscribe(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class, failures::add);
            bus.subscribeAll(e -> calls.add("all:" + e.name()));
            bus.subscribe("contact::connected", e -> calls.add("first"));
            bus.subscribe("contact::connected", e -> {
                calls.add("thrower");
                throw boom;
            });
            bus.subscribe("contact::connected", e -> calls.add("third"));

            bus.trigger("contact::connected", Map.of("token", SECRET, "contactId", "c-1"));

            assertEquals(List.of("all:contact::connected", "first", "thrower", "third",
                    "all:" + StreamsEvents.HANDLER_FAILURE), calls);
            assertEquals(List.of(new HandlerFailure("contact::connected", IllegalStateException.class.getName(),
                    "boom")), failures);
            List<LogEntry> errors = log.entries(LogLevel.ERROR);
            assertEquals(1, errors.size(), () -> "one entry per failed delivery: " + errors);
            assertTrue(errors.get(0).getMessage().contains("contact::connected"), errors.get(0).getMessage());
            assertSame(boom, errors.get(0).getException());
            assertFalse(errors.get(0).getMessage().contains(SECRET));
        }
    }

    @Test
    void eachFailedDeliveryIsLoggedAndReportedOnce() {
        try (LogCapture log = LogCapture.testLogger("isolation-" + System.nanoTime(), LogLevel.WARN);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), false)) {
            List<HandlerFailure> failures = new ArrayList<>();
            bus.subscribe(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class, failures::add);
            bus.subscribeAll(e -> {
                if (!StreamsEvents.HANDLER_FAILURE.equals(e.name())) {
                    throw new IllegalArgumentException("all-event handler");
                }
            });
            bus.subscribe("agent::refresh", e -> {
                throw new Exception("checked");
            });

            bus.trigger("agent::refresh", null);
            bus.trigger("agent::refresh", null);

            assertEquals(4, log.entries(LogLevel.ERROR).size());
            assertEquals(4, failures.size());
            assertEquals(new HandlerFailure("agent::refresh", IllegalArgumentException.class.getName(),
                    "all-event handler"), failures.get(0));
            assertEquals(new HandlerFailure("agent::refresh", Exception.class.getName(), "checked"), failures.get(1));
        }
    }

    @Test
    void failureOfAHandlerFailureHandlerIsLoggedButNotRepublished() {
        try (LogCapture log = LogCapture.testLogger("isolation-" + System.nanoTime(), LogLevel.WARN);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), false)) {
            List<String> seen = new ArrayList<>();
            bus.subscribeAll(e -> seen.add(e.name()));
            bus.subscribe(StreamsEvents.HANDLER_FAILURE, e -> {
                throw new IllegalStateException("failure handler fails too");
            });
            bus.subscribe("agent::refresh", e -> {
                throw new IllegalStateException("first failure");
            });

            bus.trigger("agent::refresh", null);

            assertEquals(List.of("agent::refresh", StreamsEvents.HANDLER_FAILURE), seen);
            List<LogEntry> errors = log.entries(LogLevel.ERROR);
            assertEquals(2, errors.size(), () -> errors.toString());
            assertTrue(errors.get(1).getMessage().contains(StreamsEvents.HANDLER_FAILURE));
        }
    }

    @Test
    void errorsAreIsolatedButTheJvmFailingIsNot() {
        try (LogCapture log = LogCapture.testLogger("isolation-" + System.nanoTime(), LogLevel.WARN);
                SynchronousEventBus bus = new SynchronousEventBus(log.logger(), false)) {
            List<String> calls = new ArrayList<>();
            bus.subscribe("assertion", e -> {
                throw new AssertionError("handler bug");
            });
            bus.subscribe("assertion", e -> calls.add("after-assertion-error"));
            bus.subscribe("overflow", e -> {
                throw new StackOverflowError();
            });
            bus.subscribe("overflow", e -> calls.add("after-stack-overflow"));
            bus.subscribe("out-of-memory", e -> {
                throw new OutOfMemoryError("simulated");
            });
            bus.subscribe("out-of-memory", e -> calls.add("after-out-of-memory"));

            bus.trigger("assertion", null);
            bus.trigger("overflow", null);
            assertThrows(OutOfMemoryError.class, () -> bus.trigger("out-of-memory", null));

            assertEquals(List.of("after-assertion-error", "after-stack-overflow"), calls);
            assertEquals(2, log.entries(LogLevel.ERROR).size());
        }
    }

    @Test
    void serviceBusLogsHandlerFailuresThroughTheLogService() {
        EventBus bus = Buses.service();
        String name = "streams::test_failure_" + System.nanoTime();
        Subscription thrower = bus.subscribe(name, e -> {
            throw new UnsupportedOperationException("from a DS-bus handler");
        });
        try (LogCapture log = LogCapture.ofBundle(Buses.BUNDLE)) {
            bus.trigger(name, Map.of("password", SECRET));

            List<LogEntry> errors = log.entries(LogLevel.ERROR).stream()
                    .filter(e -> e.getMessage().contains(name)).toList();
            assertEquals(1, errors.size(), () -> log.entries().toString());
            assertEquals(SynchronousEventBus.class.getName(), errors.get(0).getLoggerName());
            assertEquals(UnsupportedOperationException.class, errors.get(0).getException().getClass());
            assertTrue(log.entries().stream().noneMatch(e -> e.getMessage().contains(SECRET)));
        } finally {
            thrower.close();
        }
    }
}
