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

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.testing.Await;
import io.connectstreams.worker.internal.SnapshotPoller;

/**
 * The snapshot poller's watchdog, for what no real transport does any more (its calls end at their deadline): a
 * poll that never answers nor fails, or one that throws, is handled as a failure and polling goes on. The back end
 * here is a stand-in whose polls the test hands out one by one.
 */
class SnapshotWatchdogTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ScheduledThreadPoolExecutor events = new ScheduledThreadPoolExecutor(1);
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<SnapshotResult> snapshots = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<SnapshotResult>> polls = new CopyOnWriteArrayList<>();
    private SnapshotPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop();
        }
        events.shutdownNow();
    }

    @Test
    void aPollThatNeverEndsIsAbandonedReportedAndFollowedByTheNext() {
        Queue<Supplier<CompletableFuture<SnapshotResult>>> script = new ConcurrentLinkedQueue<>();
        script.add(CompletableFuture::new); // never completes
        script.add(() -> CompletableFuture.completedFuture(snapshot()));
        start(script);
        Await.until(WAIT, () -> !snapshots.isEmpty(), "the poll after the stalled one");
        assertInstanceOf(RequestTimeoutException.class, failures.get(0));
        assertTrue(failures.get(0).getMessage().contains("watchdog"), failures.get(0).getMessage());
        assertTrue(polls.get(0).isCancelled(), "the stalled poll was cancelled");
    }

    @Test
    void aPollThatThrowsIsAFailureAndPollingGoesOn() {
        Queue<Supplier<CompletableFuture<SnapshotResult>>> script = new ConcurrentLinkedQueue<>();
        script.add(() -> {
            throw new IllegalStateException("a bug in a back end");
        });
        script.add(() -> CompletableFuture.completedFuture(snapshot()));
        start(script);
        Await.until(WAIT, () -> !snapshots.isEmpty(), "the poll after the throwing one");
        assertInstanceOf(IllegalStateException.class, failures.get(0));
    }

    private void start(Queue<Supplier<CompletableFuture<SnapshotResult>>> script) {
        ContactCenterBackend backend = (ContactCenterBackend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ContactCenterBackend.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("getAgentSnapshot")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Supplier<CompletableFuture<SnapshotResult>> next = script.poll();
                    CompletableFuture<SnapshotResult> poll = next != null ? next.get() : new CompletableFuture<>();
                    polls.add(poll);
                    return poll;
                });
        poller = new SnapshotPoller(backend, events, SessionTest.FAST, Duration.ofMillis(100), Duration.ofMillis(300),
                snapshots::add, failures::add);
        poller.start();
    }

    private static SnapshotResult snapshot() {
        return new SnapshotResult(new AgentState(null, AgentStateType.ROUTABLE, "Available", null), null, null,
                Instant.now(), List.of(), "next");
    }
}
