/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.TerminatedException;

/**
 * Runs agent and contact actions with Streams' missing guarantees: each has a timeout, and terminating the session
 * fails every pending one with {@link TerminatedException} instead of leaving it unanswered.
 */
public final class Actions {

    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean terminated;

    /**
     * @param timeout how long an action may take
     * @param timer the session's scheduler, for the timeouts
     */
    public Actions(Duration timeout, ScheduledExecutorService timer) {
        this.timeout = timeout;
        this.timer = timer;
    }

    /**
     * @param operation the action's name, for the timeout message
     * @param call starts the back-end call
     * @return completes with the call, or fails with {@link RequestTimeoutException} or {@link TerminatedException}
     */
    public <T> CompletionStage<T> run(String operation, Supplier<? extends CompletionStage<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (terminated) {
            result.completeExceptionally(new TerminatedException(operation));
            return result;
        }
        pending.add(result);
        result.whenComplete((value, failure) -> pending.remove(result));
        try {
            ScheduledFuture<?> deadline = timer.schedule(
                    () -> result.completeExceptionally(new RequestTimeoutException(operation, timeout)),
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
            result.whenComplete((value, failure) -> deadline.cancel(false));
            call.get().whenComplete((value, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure);
                } else {
                    result.complete(value);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new TerminatedException(operation));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        if (terminated) {
            result.completeExceptionally(new TerminatedException(operation));
        }
        return result;
    }

    /**
     * Fails every pending action; later ones fail at once.
     */
    public void terminate() {
        terminated = true;
        for (CompletableFuture<?> action : pending) {
            action.completeExceptionally(new TerminatedException("the action"));
        }
        pending.clear();
    }
}
