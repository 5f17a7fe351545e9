/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.internal;

import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.event.Subscription;

/**
 * Request/response over the bus: one responder per request name, answers correlated by the returned stage, and the
 * timeout Streams' {@code api_request}/{@code master_request} lack. One daemon thread ({@value #THREAD_NAME}),
 * started by the first request, fails the requests whose time is up; {@link #close()} stops it.
 * <p>
 * The responder runs on the requesting thread; one that needs time returns a {@link CompletionStage}. Callbacks of
 * a request that timed out run on the timeout thread: keep them short or use the {@code *Async} variants. A request
 * for a name without responder fails at once with {@link #NO_RESPONDER}: responders register at activation, so
 * waiting would only delay the error.
 */
final class RequestBroker implements AutoCloseable {

    /** Name of the timeout thread. */
    static final String THREAD_NAME = "cs-bus-request-timeouts";

    /** {@link StreamsException#errorType()} of a request nobody responds to. */
    static final String NO_RESPONDER = "NoResponder";

    private final ConcurrentHashMap<String, Responder> responders = new ConcurrentHashMap<>();
    private final Map<CompletableFuture<?>, String> pending = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timeouts;
    private volatile boolean closed;

    RequestBroker() {
        timeouts = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        // a request answered in time cancels its timeout: drop it from the queue at once
        timeouts.setRemoveOnCancelPolicy(true);
    }

    Subscription respond(String requestName, Function<Object, ?> responder) {
        Objects.requireNonNull(requestName, "requestName");
        Objects.requireNonNull(responder, "responder");
        if (closed) {
            throw new IllegalStateException("the event bus is closed");
        }
        Responder registration = new Responder(requestName, responder);
        Responder existing = responders.putIfAbsent(requestName, registration);
        if (existing != null) {
            throw new IllegalStateException("request '" + requestName + "' already has a responder");
        }
        return registration;
    }

    <R> CompletionStage<R> request(String requestName, Object data, Class<R> responseType, Duration timeout) {
        Objects.requireNonNull(requestName, "requestName");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: must be positive, was " + timeout);
        }
        CompletableFuture<R> answer = new CompletableFuture<>();
        if (closed) {
            answer.completeExceptionally(new TerminatedException("request '" + requestName + "'"));
            return answer;
        }
        Responder responder = responders.get(requestName);
        if (responder == null) {
            answer.completeExceptionally(new StreamsException(NO_RESPONDER,
                    "request '" + requestName + "' has no responder", 0, null));
            return answer;
        }
        if (!track(answer, requestName, timeout)) {
            return answer;
        }
        Object result;
        try {
            result = responder.function.apply(data);
        } catch (RuntimeException | Error e) {
            answer.completeExceptionally(e);
            return answer;
        }
        if (result instanceof CompletionStage<?> stage) {
            stage.whenComplete((value, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(unwrap(failure));
                } else {
                    complete(answer, requestName, value, responseType);
                }
            });
        } else {
            complete(answer, requestName, result, responseType);
        }
        return answer;
    }

    /** Schedules the timeout and keeps the request until it settles; fails it when the broker is closed. */
    private boolean track(CompletableFuture<?> answer, String requestName, Duration timeout) {
        pending.put(answer, requestName);
        ScheduledFuture<?> timer;
        try {
            if (closed) {
                throw new RejectedExecutionException();
            }
            timer = timeouts.schedule(
                    () -> answer.completeExceptionally(new RequestTimeoutException("request '" + requestName + "'", timeout)),
                    timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(answer);
            answer.completeExceptionally(new TerminatedException("request '" + requestName + "'"));
            return false;
        }
        answer.whenComplete((value, failure) -> {
            timer.cancel(false);
            pending.remove(answer);
        });
        return true;
    }

    @SuppressWarnings("unchecked") // the cast below is checked first: boxed is responseType or its wrapper
    private static <R> void complete(CompletableFuture<R> answer, String requestName, Object value,
            Class<R> responseType) {
        Class<?> boxed = MethodType.methodType(responseType).wrap().returnType();
        if (value == null || boxed.isInstance(value)) {
            R typed = (R) value;
            answer.complete(typed);
        } else {
            answer.completeExceptionally(new ClassCastException("request '" + requestName + "' was answered with a "
                    + value.getClass().getName() + ", expected " + responseType.getName()));
        }
    }

    private static Throwable unwrap(Throwable failure) {
        if ((failure instanceof CompletionException || failure instanceof ExecutionException)
                && failure.getCause() != null) {
            return failure.getCause();
        }
        return failure;
    }

    /** Stops the timeout thread, fails pending requests with {@link TerminatedException}, drops the responders. */
    @Override
    public void close() {
        closed = true;
        timeouts.shutdownNow();
        responders.clear();
        pending.forEach((answer, requestName) -> answer
                .completeExceptionally(new TerminatedException("request '" + requestName + "'")));
        try {
            if (!timeouts.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException(THREAD_NAME + " did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The registration of one responder; closing it frees the request name. */
    private final class Responder implements Subscription {

        private final String requestName;
        final Function<Object, ?> function;

        Responder(String requestName, Function<Object, ?> function) {
            this.requestName = requestName;
            this.function = function;
        }

        @Override
        public String eventName() {
            return requestName;
        }

        @Override
        public void unsubscribe() {
            responders.remove(requestName, this);
        }

        @Override
        public boolean isActive() {
            return responders.get(requestName) == this;
        }

        @Override
        public String toString() {
            return "Responder[" + requestName + (isActive() ? "" : ", closed") + "]";
        }
    }
}
