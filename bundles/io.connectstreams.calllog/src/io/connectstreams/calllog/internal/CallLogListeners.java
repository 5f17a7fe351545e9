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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.osgi.service.log.Logger;

import io.connectstreams.api.calllog.CallLogChange;
import io.connectstreams.api.calllog.CallLogListener;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.Subscription;

/**
 * The {@code CallLog.addListener} listeners. Changes are handed over in save order ({@link #publish}, under the
 * store's lock) to one thread of the log's own, {@code cs-calllog-listeners-<n>}, started with the first listener:
 * whoever saved a change (the worker's event thread, the UI's action thread) never runs a host's code, and the host
 * never runs on the UI thread. One thread, one queue: every listener sees the changes in order. Each listener is
 * isolated: one that throws is logged and reported ({@code streams::handler_failure}), the others go on.
 */
final class CallLogListeners {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Consumer<HandlerFailure> failures;
    private ExecutorService thread;
    private boolean closed;

    /**
     * @param logger where failures are logged
     * @param failures where failures are reported (the event bus)
     */
    CallLogListeners(Logger logger, Consumer<HandlerFailure> failures) {
        this.logger = logger;
        this.failures = failures;
    }

    synchronized Subscription add(CallLogListener callLogListener) {
        Listener listener = new Listener(Objects.requireNonNull(callLogListener, "listener"));
        if (thread == null && !closed) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread delivery = new Thread(task, "cs-calllog-listeners-" + THREADS.incrementAndGet()); //$NON-NLS-1$
                delivery.setDaemon(true);
                return delivery;
            });
        }
        listeners.add(listener);
        return listener;
    }

    /**
     * @param change a change, in save order
     */
    synchronized void publish(CallLogChange change) {
        if (thread == null || listeners.isEmpty()) {
            return;
        }
        try {
            thread.execute(() -> deliver(change));
        } catch (RejectedExecutionException e) {
            // closed: nobody listens any more
        }
    }

    /** Stops the thread once the changes handed over are delivered. */
    synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.shutdown();
        }
    }

    private void deliver(CallLogChange change) {
        for (Listener listener : listeners) {
            if (!listener.active) {
                continue;
            }
            try {
                listener.delegate.callLogChanged(change);
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
            failures.accept(new HandlerFailure(ChangeListeners.EVENT_NAME, failure.getClass().getName(),
                    failure.getMessage()));
        } catch (RuntimeException e) {
            logger.warn("reporting a call-log listener's failure failed", e);
        }
    }

    private final class Listener implements Subscription {

        private final CallLogListener delegate;
        private volatile boolean active = true;

        Listener(CallLogListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public String eventName() {
            return ChangeListeners.EVENT_NAME;
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
