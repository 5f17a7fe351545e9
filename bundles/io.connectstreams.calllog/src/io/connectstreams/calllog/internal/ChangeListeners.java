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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.event.Subscription;

/**
 * The {@code CallLog.onChange} listeners. Changes are queued in the order they were saved ({@link #enqueue}, under
 * the store's lock) and delivered by {@link #deliver} once the caller holds no lock of the call log: a listener
 * that waits for another thread (the SWT display thread, say) which publishes a bus event the log records cannot
 * deadlock. One thread delivers at a time, so listeners see the changes in order; a recording thread that finds
 * another one delivering leaves its changes to it. Each listener is isolated: one that throws is logged and the
 * others, and the recording, go on.
 */
final class ChangeListeners {

    /** The pseudo event name of the subscriptions; the changes are not published on the event bus. */
    static final String EVENT_NAME = "calllog::change";

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<CallLogEntry> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private final Logger logger;

    ChangeListeners(Logger logger) {
        this.logger = logger;
    }

    Subscription add(Consumer<CallLogEntry> consumer) {
        Listener listener = new Listener(Objects.requireNonNull(consumer, "listener"));
        listeners.add(listener);
        return listener;
    }

    /**
     * @param entry a change, in save order
     */
    void enqueue(CallLogEntry entry) {
        if (!listeners.isEmpty()) {
            pending.add(entry);
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
                CallLogEntry entry;
                while ((entry = pending.poll()) != null) {
                    changed(entry);
                }
            } finally {
                delivering.unlock();
            }
        }
    }

    private void changed(CallLogEntry entry) {
        for (Listener listener : listeners) {
            if (!listener.active) {
                continue;
            }
            try {
                listener.consumer.accept(entry);
            } catch (Throwable failure) {
                // the JVM itself is failing: isolating this would hide it; a stack overflow is the listener's bug
                if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
                    throw (VirtualMachineError) failure;
                }
                logger.warn("call-log listener {} failed on the entry of contact {}",
                        listener.consumer.getClass().getName(), entry.contactId(), failure);
            }
        }
    }

    private final class Listener implements Subscription {

        private final Consumer<CallLogEntry> consumer;
        private volatile boolean active = true;

        Listener(Consumer<CallLogEntry> consumer) {
            this.consumer = consumer;
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
