/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogLevel;

import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.wrapup.WrapUp;
import io.connectstreams.calllog.internal.CallLogSettings;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;

/**
 * {@code CallLog.addListener}: added, updated and removed entries, in save order, on the log's own thread, a
 * throwing listener isolated (logged and reported), unsubscribing.
 */
class CallLogListenerTest {

    private static final Duration WAIT = Recording.WAIT;
    private static final int CALLS = 4;
    private static final int SAVES_PER_CALL = 25;
    private static final int QUEUED_WHILE_BLOCKED = 1_000;

    @TempDir
    Path directory;

    @Test
    void aCallIsAddedUpdatedAndFinishedOnTheLogsOwnThread() {
        try (Recording log = new Recording(directory, "listener-kinds")) {
            List<CallLogChange> changes = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            log.store().addListener(change -> {
                changes.add(change);
                threads.add(Thread.currentThread().getName());
            });
            log.answeredCall("kinds-1", 0);
            Await.until(WAIT, () -> !changes.isEmpty() && changes.get(changes.size() - 1).entry().isFinished(),
                    "the finished entry delivered");

            assertEquals(CallLogChange.Kind.ADDED, changes.get(0).kind());
            assertTrue(changes.stream().skip(1).allMatch(c -> c.kind() == CallLogChange.Kind.UPDATED));
            assertEquals(CallOutcome.ANSWERED, changes.get(changes.size() - 1).entry().outcome());
            assertTrue(threads.stream().allMatch(name -> name.startsWith("cs-calllog-listeners-")), threads::toString);
            assertFalse(threads.contains(Thread.currentThread().getName()));
        }
    }

    @Test
    void listenersHearEveryChangeInSaveOrderUnderConcurrentUpdates() throws InterruptedException {
        try (Recording log = new Recording(directory, "listener-order")) {
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                Call call = Call.inbound("order-" + i, log.t(i));
                calls.add(call.id());
                log.play(i + 1, call);
            }
            List<CallLogEntry> saved = new CopyOnWriteArrayList<>(); // save order: delivered under the store's order
            log.store().onChange(saved::add);
            List<CallLogEntry> first = new CopyOnWriteArrayList<>();
            List<CallLogEntry> second = new CopyOnWriteArrayList<>();
            log.store().addListener(change -> first.add(change.entry()));
            log.store().addListener(change -> second.add(change.entry()));

            CountDownLatch start = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> writers = new ArrayList<>();
            for (String contactId : calls) {
                Thread writer = new Thread(() -> {
                    try {
                        start.await();
                        for (int n = 0; n < SAVES_PER_CALL; n++) {
                            log.saveWrapUp(contactId, new WrapUp(null, Integer.toString(n)));
                        }
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, "cs-calllog-test-writer-" + contactId);
                writer.start();
                writers.add(writer);
            }
            start.countDown();
            for (Thread writer : writers) {
                writer.join(WAIT.toMillis());
                assertFalse(writer.isAlive());
            }
            assertNull(failure.get());
            int total = CALLS * SAVES_PER_CALL;
            Await.until(WAIT, () -> first.size() == total && second.size() == total, () -> "every change delivered: "
                    + first.size() + " and " + second.size() + " of " + total);

            assertEquals(saved, first, "the listener heard the changes in the order they were saved");
            assertEquals(saved, second);
            for (String contactId : calls) {
                List<String> notes = first.stream().filter(e -> e.contactId().equals(contactId))
                        .map(CallLogEntry::notes).toList();
                assertEquals(SAVES_PER_CALL, notes.size());
                for (int n = 0; n < SAVES_PER_CALL; n++) {
                    assertEquals(Integer.toString(n), notes.get(n), contactId);
                }
            }
        }
    }

    @Test
    void aListenerBlockedWhileChangesPileUpGetsEveryOneInOrder() throws InterruptedException {
        try (Recording log = new Recording(directory, "listener-blocked")) {
            log.answeredCall("blocked-1", 0);
            CountDownLatch release = new CountDownLatch(1);
            List<String> notes = new CopyOnWriteArrayList<>();
            log.store().addListener(change -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                notes.add(change.entry().notes());
            });
            List<String> saved = new ArrayList<>();
            for (int n = 0; n < QUEUED_WHILE_BLOCKED; n++) {
                saved.add(Integer.toString(n));
                assertTrue(log.saveWrapUp("blocked-1", new WrapUp(null, saved.get(n))));
            }
            assertTrue(notes.isEmpty(), "the listener is still blocked on the first change");
            release.countDown();

            Await.until(WAIT, () -> notes.size() == QUEUED_WHILE_BLOCKED, () -> "every change delivered: "
                    + notes.size() + " of " + QUEUED_WHILE_BLOCKED);
            assertEquals(saved, notes, "in the order they were saved");
        }
    }

    @Test
    void aThrowingListenerIsLoggedAndReportedAndTheOthersStillHear() {
        try (Recording log = new Recording(directory, "listener-throws");
                BusRecorder events = new BusRecorder(Bundles.service(EventBus.class, WAIT))) {
            List<CallLogChange> failed = new CopyOnWriteArrayList<>();
            log.store().addListener(change -> {
                failed.add(change);
                throw new IllegalStateException("a CRM bug");
            });
            List<CallLogChange> heard = new CopyOnWriteArrayList<>();
            log.store().addListener(heard::add);

            log.answeredCall("throws-1", 0);
            Await.until(WAIT, () -> !heard.isEmpty() && heard.get(heard.size() - 1).entry().isFinished(),
                    "the second listener heard the finished entry");
            Await.until(WAIT, () -> failures(events).size() == failed.size(), "every failure reported");
            List<HandlerFailure> reported = failures(events);

            assertEquals(failed, heard, "the other listener heard every change the first one failed on");
            assertTrue(reported.stream().allMatch(f -> f.eventName().equals("calllog::change")
                    && f.exceptionType().equals(IllegalStateException.class.getName())
                    && f.message().equals("a CRM bug")), reported::toString);
            assertEquals(failed.size(), log.log().messages(LogLevel.WARN).stream()
                    .filter(m -> m.startsWith("call-log listener")).count(), "each failure is logged");
            assertEquals(CallOutcome.ANSWERED, log.entry("throws-1").outcome(), "the recording went on");
        }
    }

    private static List<HandlerFailure> failures(BusRecorder events) {
        return events.payloads(StreamsEvents.HANDLER_FAILURE, HandlerFailure.class);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        try (Recording log = new Recording(directory, "listener-unsubscribe")) {
            List<CallLogChange> gone = new CopyOnWriteArrayList<>();
            List<CallLogChange> staying = new CopyOnWriteArrayList<>();
            Subscription subscription = log.store().addListener(gone::add);
            log.store().addListener(staying::add);
            log.answeredCall("unsub-1", 0);
            Await.until(WAIT, () -> gone.size() == staying.size() && !gone.isEmpty()
                    && gone.get(gone.size() - 1).entry().isFinished(), "both heard the first call");

            subscription.unsubscribe();
            assertFalse(subscription.isActive());
            int before = gone.size();
            int staysBefore = staying.size();
            log.answeredCall("unsub-2", 100);
            Await.until(WAIT, () -> staying.size() > staysBefore
                    && staying.get(staying.size() - 1).entry().contactId().equals("unsub-2")
                    && staying.get(staying.size() - 1).entry().isFinished(), "the other heard the second call");
            assertEquals(before, gone.size());
        }
    }

    @Test
    void entriesRemovedByRetentionAreAnnounced() {
        CallLogSettings settings = new CallLogSettings(directory, Duration.ofDays(365), 2, 1);
        try (Recording log = new Recording(settings, "listener-removed")) {
            List<CallLogChange> changes = new CopyOnWriteArrayList<>();
            log.store().addListener(changes::add);
            log.answeredCall("removed-1", 0);
            log.answeredCall("removed-2", 100);
            log.answeredCall("removed-3", 200);
            Await.until(WAIT, () -> changes.stream().anyMatch(c -> c.kind() == CallLogChange.Kind.REMOVED),
                    "a removal announced");
            Set<String> removed = Set.copyOf(changes.stream().filter(c -> c.kind() == CallLogChange.Kind.REMOVED)
                    .map(c -> c.entry().contactId()).toList());
            assertEquals(Set.of("removed-1"), removed, "the oldest finished entry beyond the two kept");
            assertTrue(log.store().find("removed-1").isEmpty());
        }
    }

    @Test
    void closingTheLogStopsItsListenerThread() {
        Thread[] before = threads();
        try (Recording log = new Recording(directory, "listener-close")) {
            log.store().addListener(change -> {
                // nothing
            });
            log.answeredCall("close-1", 0);
        }
        Await.until(WAIT, () -> {
            for (Thread thread : threads()) {
                if (thread.getName().startsWith("cs-calllog-listeners-") && !List.of(before).contains(thread)) {
                    return false;
                }
            }
            return true;
        }, "the listener thread ended");
    }

    private static Thread[] threads() {
        Thread[] all = new Thread[Thread.activeCount() + 16];
        int count = Thread.enumerate(all);
        return java.util.Arrays.copyOf(all, count);
    }
}
