/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.media;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: each call's signaling and media steps are
 * serialized without a thread of their own. The queue is bounded; a full queue rejects the task.
 */
public final class SerialExecutor implements Executor {

    private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

    private final Executor pool;
    private final int capacity;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    /**
     * @param pool the threads that run the tasks
     * @param capacity how many tasks may wait
     */
    public SerialExecutor(Executor pool, int capacity) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.capacity = capacity;
    }

    /**
     * @throws RejectedExecutionException when the queue is full or the pool is shut down
     */
    @Override
    public void execute(Runnable task) {
        enqueue(task, true);
    }

    /**
     * Queues a task even when the queue is full: for events that are few by nature and must not be lost (a socket
     * closed, a timer fired, a result arrived), while {@link #execute} bounds what a peer can send.
     *
     * @param task the task
     * @throws RejectedExecutionException when the pool is shut down
     */
    public void executeAlways(Runnable task) {
        enqueue(task, false);
    }

    private void enqueue(Runnable task, boolean bounded) {
        Objects.requireNonNull(task, "task");
        synchronized (tasks) {
            if (bounded && tasks.size() >= capacity) {
                throw new RejectedExecutionException("serial queue full (" + capacity + " tasks)");
            }
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (tasks) {
                tasks.clear();
                draining = false;
            }
            throw e;
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    draining = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // one failing step must not stop the steps queued behind it
                LOG.log(Level.WARNING, "serial task failed", e);
            }
        }
    }
}
