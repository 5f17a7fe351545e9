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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.bus.internal.SynchronousEventBus;
import io.connectstreams.testing.Await;

/**
 * Request/response over the bus: one responder per name, synchronous or staged answers, the timeout Streams lacks,
 * failures, a missing responder, and the one timeout thread stopped on close.
 */
class RequestResponseTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String TIMEOUT_THREAD = "cs-bus-request-timeouts";

    private final SynchronousEventBus bus = Buses.plain();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void responderAnswersSynchronously() throws Exception {
        bus.respond("agent::get_name", data -> "hello " + data);

        CompletionStage<String> answer = bus.request("agent::get_name", "bob", String.class, LONG);

        assertEquals("hello bob", get(answer));
    }

    @Test
    void responderAnswersWithAStageCompletedLaterOnAnotherThread() throws Exception {
        CompletableFuture<Integer> later = new CompletableFuture<>();
        bus.respond("contact::count", data -> later);

        CompletionStage<Integer> answer = bus.request("contact::count", null, int.class, LONG);
        assertFalse(answer.toCompletableFuture().isDone());
        Thread completer = new Thread(() -> later.complete(3), "cs-test-completer");
        completer.start();

        assertEquals(3, get(answer));
        completer.join(LONG.toMillis());
    }

    @Test
    void noAnswerInTimeFailsWithRequestTimeoutException() {
        bus.respond("master::silent", data -> new CompletableFuture<>());

        CompletionStage<String> answer = bus.request("master::silent", null, String.class, Duration.ofMillis(50));

        Throwable failure = failure(answer);
        assertInstanceOf(RequestTimeoutException.class, failure);
        assertEquals(RequestTimeoutException.TYPE, ((StreamsException) failure).errorType());
        assertTrue(failure.getMessage().contains("master::silent"), failure.getMessage());
        assertTrue(failure.getMessage().contains("50 ms"), failure.getMessage());
    }

    @Test
    void responderExceptionFailsTheStage() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad request");
        bus.respond("thrower", data -> {
            throw thrown;
        });
        bus.respond("failed-stage", data -> CompletableFuture.failedFuture(thrown));

        assertSame(thrown, failure(bus.request("thrower", null, String.class, LONG)));
        assertSame(thrown, failure(bus.request("failed-stage", null, String.class, LONG)));
    }

    @Test
    void answerOfTheWrongTypeFailsWithClassCastException() {
        bus.respond("agent::state", data -> 42);

        Throwable failure = failure(bus.request("agent::state", null, String.class, LONG));

        assertInstanceOf(ClassCastException.class, failure);
        assertTrue(failure.getMessage().contains("java.lang.Integer"), failure.getMessage());
        assertTrue(failure.getMessage().contains("java.lang.String"), failure.getMessage());
    }

    @Test
    void requestWithoutResponderFailsAtOnce() {
        CompletionStage<String> answer = bus.request("nobody::home", null, String.class, LONG);

        assertTrue(answer.toCompletableFuture().isDone());
        Throwable failure = failure(answer);
        assertInstanceOf(StreamsException.class, failure);
        assertEquals("NoResponder", ((StreamsException) failure).errorType());
        assertTrue(failure.getMessage().contains("nobody::home"));
    }

    @Test
    void oneResponderPerNameUntilItIsClosed() throws Exception {
        Subscription first = bus.respond("agent::snapshot", data -> "first");

        assertThrows(IllegalStateException.class, () -> bus.respond("agent::snapshot", data -> "second"));
        assertTrue(first.isActive());
        assertEquals("agent::snapshot", first.eventName());

        first.close();
        assertFalse(first.isActive());
        Subscription second = bus.respond("agent::snapshot", data -> "second");
        first.close(); // closing the old registration again leaves the new one alone
        assertTrue(second.isActive());
        assertEquals("second", get(bus.request("agent::snapshot", null, String.class, LONG)));
    }

    @Test
    void badArgumentsAreRefused() {
        bus.respond("x", data -> "y");
        assertThrows(IllegalArgumentException.class, () -> bus.request("x", null, String.class, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> bus.request("x", null, String.class, Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> bus.request(null, null, String.class, LONG));
        assertThrows(NullPointerException.class, () -> bus.respond("z", null));
    }

    @Test
    void oneTimeoutThreadServesEveryRequestAndCloseStopsIt() throws Exception {
        int before = Buses.liveThreads(TIMEOUT_THREAD).size();
        SynchronousEventBus own = Buses.plain();
        assertEquals(before, Buses.liveThreads(TIMEOUT_THREAD).size(), "no thread before the first request");
        own.respond("slow", data -> new CompletableFuture<>());
        List<CompletionStage<Object>> pending = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pending.add(own.request("slow", i, Object.class, LONG));
        }
        assertEquals(before + 1, Buses.liveThreads(TIMEOUT_THREAD).size(), () -> Buses.liveThreads("cs-").toString());

        own.close();

        for (CompletionStage<Object> answer : pending) {
            assertInstanceOf(TerminatedException.class, failure(answer));
        }
        assertInstanceOf(TerminatedException.class, failure(own.request("slow", null, Object.class, LONG)));
        assertThrows(IllegalStateException.class, () -> own.respond("later", data -> "no"));
        // the thread ends right after close() returns; wait for it to finish dying, not for it to stop
        Await.until(Duration.ofSeconds(10), () -> Buses.liveThreads(TIMEOUT_THREAD).size() == before,
                () -> "close() left " + Buses.liveThreads(TIMEOUT_THREAD));
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(LONG.toSeconds(), TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            Object value = stage.toCompletableFuture().get(LONG.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the stage did not settle", e);
        }
    }
}
