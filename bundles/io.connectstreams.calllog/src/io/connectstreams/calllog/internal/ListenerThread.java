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

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The call log's own thread for the {@code addListener} deliveries, {@code cs-calllog-listeners-<n>}, a daemon: started
 * by the first task, stopped by {@link #close()} once the tasks handed over have run. One thread, so tasks run one at
 * a time, in the order they were handed over; a task handed over after closing is dropped (nobody listens any more).
 */
final class ListenerThread implements Executor {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private ExecutorService executor;
    private boolean closed;

    @Override
    public synchronized void execute(Runnable task) {
        if (closed) {
            return;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread delivery = new Thread(runnable, "cs-calllog-listeners-" + THREADS.incrementAndGet()); //$NON-NLS-1$
                delivery.setDaemon(true);
                return delivery;
            });
        }
        executor.execute(task);
    }

    /** Stops the thread once the tasks handed over have run. */
    synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdown();
        }
    }
}
