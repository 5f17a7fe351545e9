/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.log.Logger;

/**
 * The softphone's one session thread, {@code cs-softphone-session}: everything that touches sessions, peer
 * connections and devices runs on it. Callers from other threads post work to it or wait for an answer (at most
 * {@value #CALL_TIMEOUT_MILLIS} ms).
 */
final class SessionThread {

    static final long CALL_TIMEOUT_MILLIS = 5000;

    private final ScheduledThreadPoolExecutor executor;
    private final Logger logger;
    private volatile Thread thread;

    SessionThread(Logger logger) {
        this.logger = logger;
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread created = new Thread(runnable, "cs-softphone-session");
            created.setDaemon(true);
            thread = created;
            return created;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    ScheduledThreadPoolExecutor executor() {
        return executor;
    }

    /** Runs a task later on the session thread; a task that throws is logged, a stopped thread drops it. */
    void post(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    logger.error("softphone step failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            logger.debug("softphone stopped: event dropped");
        }
    }

    /**
     * Runs a task on the session thread and waits for its result.
     *
     * @throws IllegalStateException when the thread is stopped or does not answer in time
     */
    <T> T call(Callable<T> task) {
        try {
            if (Thread.currentThread() == thread) {
                return task.call();
            }
            return executor.submit(task).get(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the softphone did not answer within " + CALL_TIMEOUT_MILLIS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the softphone is stopped");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
