/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogListener;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.Subscription;

/**
 * The listeners of the call log's changes, of either kind. Changes are queued in the order they were saved
 * ({@link #enqueue}, under the store's lock) and delivered by {@link #deliver}, one thread at a time, so every
 * listener sees them in order. The two kinds differ only in the thread that delivers:
 * <ul>
 * <li>{@link #onRecordingThread} ({@code CallLog.onChange}): the thread that saved the changes, once it holds no lock
 * of the call log ({@code CallStore.announceChanges}); a listener that waits for another thread (the SWT display
 * thread, say) which publishes a bus event the log records cannot deadlock, and a recording thread that finds
 * another one delivering leaves its changes to it;</li>
 * <li>{@link #onOwnThread} ({@code CallLog.addListener}): the log's {@link ListenerThread}, handed one delivery
 * whenever a change is queued and none is scheduled yet (a slow listener does not fill the thread's queue with
 * deliveries of changes an earlier one takes); whoever saved a change (the worker's event thread, the UI's action
 * thread) never runs a host's code.</li>
 * </ul>
 * Each listener is isolated: one that throws is logged and reported ({@code streams::handler_failure}), the others,
 * and the recording, go on.
 *
 * @param <L> the listeners' type
 */
final class ChangeListeners<L> {

    /** The pseudo event name of the subscriptions; the changes are not published on the event bus. */
    static final String EVENT_NAME = "calllog::change";

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<CallLogChange> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private final BiConsumer<L, CallLogChange> notifier;
    /** Delivers every change queued; {@code null} when the recording thread does ({@link #deliver}). */
    private final ListenerThread thread;
    /**
     * A delivery is handed to the {@link #thread} and has not started draining: it takes every change queued until
     * then, so none needs another.
     */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Logger logger;
    private final Consumer<HandlerFailure> failures;

    private ChangeListeners(BiConsumer<L, CallLogChange> notifier, ListenerThread thread, Logger logger,
            Consumer<HandlerFailure> failures) {
        this.notifier = notifier;
        this.thread = thread;
        this.logger = logger;
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    /**
     * @param logger where failures are logged
     * @param failures where failures are reported (the event bus)
     * @return the {@code onChange} listeners: each entry added or updated, delivered by {@link #deliver} on the
     *         thread that recorded it
     */
    static ChangeListeners<Consumer<CallLogEntry>> onRecordingThread(Logger logger,
            Consumer<HandlerFailure> failures) {
        return new ChangeListeners<>((consumer, change) -> consumer.accept(change.entry()), null, logger, failures);
    }

    /**
     * @param logger where failures are logged
     * @param failures where failures are reported (the event bus)
     * @return the {@code addListener} listeners: every change, delivered on a thread of the log's own
     */
    static ChangeListeners<CallLogListener> onOwnThread(Logger logger, Consumer<HandlerFailure> failures) {
        return new ChangeListeners<>(CallLogListener::callLogChanged, new ListenerThread(), logger, failures);
    }

    Subscription add(L listener) {
        Listener subscription = new Listener(Objects.requireNonNull(listener, "listener"));
        listeners.add(subscription);
        return subscription;
    }

    /**
     * @param change a change, in save order
     */
    void enqueue(CallLogChange change) {
        if (listeners.isEmpty()) {
            return;
        }
        pending.add(change);
        if (thread != null && scheduled.compareAndSet(false, true)) {
            thread.execute(this::deliverScheduled);
        }
    }

    /**
     * Delivers the queued changes, unless another thread is delivering (it takes these too).
     */
    void deliver() {
        while (!pending.isEmpty()) {
            if (!delivering.tryLock()) {
                return;
            }
            try {
                CallLogChange change;
                while ((change = pending.poll()) != null) {
                    changed(change);
                }
            } finally {
                delivering.unlock();
            }
        }
    }

    /**
     * The scheduled delivery: clears {@link #scheduled} before draining, so a change queued from then on, which the
     * drain may miss, schedules the next delivery itself.
     */
    private void deliverScheduled() {
        scheduled.set(false);
        deliver();
    }

    /** Stops the log's own thread, if any, once the changes handed over are delivered. */
    void close() {
        if (thread != null) {
            thread.close();
        }
    }

    private void changed(CallLogChange change) {
        for (Listener listener : listeners) {
            if (!listener.active) {
                continue;
            }
            try {
                notifier.accept(listener.delegate, change);
            } catch (Throwable failure) {
                // the JVM itself is failing: isolating this would hide it; a stack overflow is the listener's bug
                if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
                    throw (VirtualMachineError) failure;
                }
                logger.warn("call-log listener {} failed on the {} entry of contact {}",
                        listener.delegate.getClass().getName(), change.kind(), change.entry().contactId(), failure);
                report(failure);
            }
        }
    }

    private void report(Throwable failure) {
        try {
            failures.accept(new HandlerFailure(EVENT_NAME, failure.getClass().getName(), failure.getMessage()));
        } catch (RuntimeException e) {
            logger.warn("reporting a call-log listener's failure failed", e);
        }
    }

    private final class Listener implements Subscription {

        private final L delegate;
        private volatile boolean active = true;

        Listener(L delegate) {
            this.delegate = delegate;
        }

        @Override
        public String eventName() {
            return EVENT_NAME;
        }

        @Override
        public void unsubscribe() {
            active = false;
            listeners.remove(this);
        }

        @Override
        public boolean isActive() {
            return active;
        }
    }
}
