/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.signaling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.osgi.service.log.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;

/**
 * One signaling WebSocket speaking connect-rtc's JSON-RPC 2.0 ({@code java.net.http.WebSocket}, which sets
 * {@code TCP_NODELAY}; TLS with the configuration's {@code SSLContext}).
 * <p>
 * Requests get a uuid id and a timeout; their futures complete on the client's or the timer's threads, so callers
 * continue them with {@code ...Async(..., sessionExecutor)}. Requests from the server ({@code bye},
 * {@code renewClientToken}, {@code PCBye}) and the close are delivered to the {@link Listener} on the session
 * executor, from the moment the owner calls {@link #start()} (what arrives before is held, so that no message reaches
 * an owner that does not know the channel yet). A message over {@value #MAX_MESSAGE_CHARS} characters or one that is
 * not JSON is dropped. A talking or
 * persistent channel is idle for long stretches: a WebSocket ping every 30 s keeps servers' idle timeouts away.
 */
public final class SignalingChannel {

    /** The longest message accepted, in characters. */
    public static final int MAX_MESSAGE_CHARS = 256 * 1024;

    private static final Duration KEEPALIVE = Duration.ofSeconds(30);
    private static final int MAX_HELD = 256;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    /**
     * A request or notification from the server.
     *
     * @param method the method
     * @param id the id (JSON null for a notification)
     * @param params the parameters (empty when absent)
     * @param message the whole message (connect-rtc reads {@code PCBye}'s id from the top level)
     */
    public record Request(String method, JsonElement id, JsonObject params, JsonObject message) {
    }

    /** Receives the server's requests and the close, on the session executor. */
    public interface Listener {

        /**
         * @param channel the channel
         * @param request what the server sent
         */
        void request(SignalingChannel channel, Request request);

        /**
         * The socket closed without {@link SignalingChannel#close()} being called; reported once.
         *
         * @param channel the channel
         * @param statusCode the close status (1006 for a failure)
         * @param reason the reason given
         */
        void closed(SignalingChannel channel, int statusCode, String reason);
    }

    private final String label;
    private final Executor sessionExecutor;
    private final ScheduledExecutorService timer;
    private final Logger logger;
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StringBuilder text = new StringBuilder();
    private final Listener listener;
    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private boolean oversized;
    private ScheduledFuture<?> keepalive;
    private final List<Runnable> held = new ArrayList<>();
    private boolean started;

    private SignalingChannel(String label, Listener listener, Executor sessionExecutor,
            ScheduledExecutorService timer, Logger logger) {
        this.label = label;
        this.listener = listener;
        this.sessionExecutor = sessionExecutor;
        this.timer = timer;
        this.logger = logger;
    }

    /**
     * Opens a channel as connect-rtc does: up to {@code attempts} sockets within {@code budget}.
     *
     * @param http the client (its SSL context trusts the endpoint)
     * @param uri the URL, with {@code callId} and {@code contactCtx} or {@code clientToken}
     * @param label names the channel in logs (never the URL's query, which holds a token)
     * @param listener receives the server's requests
     * @param sessionExecutor where the listener runs
     * @param timer runs timeouts and keepalives
     * @param budget how long all attempts may take
     * @param attempts how many sockets to try
     * @param logger where to log
     * @return the open channel, or a {@link SignalingError} of kind {@link SignalingError.Kind#UNREACHABLE}, or of
     *         kind {@link SignalingError.Kind#REFUSED_ENDPOINT} without an attempt when the URL is neither {@code wss}
     *         nor {@code ws} to a loopback host
     */
    public static CompletableFuture<SignalingChannel> open(HttpClient http, URI uri, String label, Listener listener,
            Executor sessionExecutor, ScheduledExecutorService timer, Duration budget, int attempts, Logger logger) {
        CompletableFuture<SignalingChannel> result = new CompletableFuture<>();
        if (!SignalingEndpoints.isAllowed(uri)) {
            result.completeExceptionally(new SignalingError(SignalingError.Kind.REFUSED_ENDPOINT, 0,
                    SignalingEndpoints.RULE + ": " + label));
            return result;
        }
        attempt(http, uri, label, listener, sessionExecutor, timer, System.nanoTime() + budget.toNanos(), attempts,
                logger, result, null);
        return result;
    }

    private static void attempt(HttpClient http, URI uri, String label, Listener listener, Executor sessionExecutor,
            ScheduledExecutorService timer, long deadline, int attemptsLeft, Logger logger,
            CompletableFuture<SignalingChannel> result, Throwable last) {
        long remaining = deadline - System.nanoTime();
        if (attemptsLeft <= 0 || remaining <= 0) {
            result.completeExceptionally(new SignalingError(SignalingError.Kind.UNREACHABLE, 0,
                    "the signaling endpoint " + label + " cannot be reached: " + describe(last)));
            return;
        }
        SignalingChannel channel = new SignalingChannel(label, listener, sessionExecutor, timer, logger);
        try {
            http.newWebSocketBuilder().connectTimeout(Duration.ofNanos(remaining))
                    .buildAsync(uri, channel.new SocketListener()).whenComplete((socket, failure) -> {
                        if (failure == null) {
                            channel.opened(socket);
                            result.complete(channel);
                        } else {
                            logger.debug("{}: signaling socket not opened: {}", label, describe(failure));
                            attempt(http, uri, label, listener, sessionExecutor, timer, deadline, attemptsLeft - 1,
                                    logger, result, failure);
                        }
                    });
        } catch (IllegalArgumentException | IllegalStateException e) {
            result.completeExceptionally(new SignalingError(SignalingError.Kind.UNREACHABLE, 0,
                    "the signaling endpoint " + label + " cannot be used: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * Delivers what the server sent so far, then everything that follows, to the listener. Call it on the session
     * thread once the owner knows this channel.
     */
    public void start() {
        List<Runnable> backlog;
        synchronized (held) {
            started = true;
            backlog = List.copyOf(held);
            held.clear();
        }
        backlog.forEach(Runnable::run);
    }

    /**
     * @return whether the socket is open and {@link #close()} was not called
     */
    public boolean isOpen() {
        WebSocket current = socket;
        return !closed.get() && current != null && !current.isInputClosed() && !current.isOutputClosed();
    }

    /**
     * Sends a request and waits for its response.
     *
     * @param method the method
     * @param params the parameters
     * @param timeout how long to wait for the response
     * @return the response's {@code result} (an empty object when it is not an object), or a {@link SignalingError}
     */
    public CompletableFuture<JsonObject> request(String method, JsonObject params, Duration timeout) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonObject> response = new CompletableFuture<>();
        if (closed.get()) {
            response.completeExceptionally(new SignalingError(SignalingError.Kind.CLOSED, 0, "the channel is closed"));
            return response;
        }
        pending.put(id, response);
        try {
            ScheduledFuture<?> deadline = timer.schedule(() -> {
                CompletableFuture<JsonObject> waiting = pending.remove(id);
                if (waiting != null) {
                    waiting.completeExceptionally(new SignalingError(SignalingError.Kind.TIMEOUT, 0,
                            "no answer to " + method + " within " + timeout.toMillis() + " ms"));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            response.whenComplete((result, failure) -> deadline.cancel(false));
        } catch (RejectedExecutionException e) {
            pending.remove(id);
            response.completeExceptionally(new SignalingError(SignalingError.Kind.CLOSED, 0, "the softphone stops"));
            return response;
        }
        JsonObject message = envelope();
        message.addProperty("method", method);
        message.add("params", params);
        message.addProperty("id", id);
        send(message);
        return response;
    }

    /**
     * Answers a request of the server.
     *
     * @param id the request's id
     * @param result the result
     */
    public void reply(JsonElement id, JsonObject result) {
        JsonObject message = envelope();
        message.add("result", result);
        message.add("id", id);
        send(message);
    }

    /**
     * Closes the socket (status 1000); pending requests fail, and the listener is not told.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopKeepalive();
        failPending("the channel is closed");
        WebSocket current = socket;
        if (current == null) {
            return;
        }
        chain(() -> current.sendClose(WebSocket.NORMAL_CLOSURE, ""));
        try {
            timer.schedule(current::abort, CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            current.abort();
        }
    }

    private void opened(WebSocket opened) {
        socket = opened;
        try {
            keepalive = timer.scheduleWithFixedDelay(
                    () -> chain(() -> opened.sendPing(ByteBuffer.allocate(0))), KEEPALIVE.toMillis(),
                    KEEPALIVE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            logger.debug("{}: no keepalive, the softphone stops", label);
        }
    }

    private void send(JsonObject message) {
        WebSocket current = socket;
        if (current == null || closed.get()) {
            return;
        }
        String json = message.toString();
        chain(() -> current.sendText(json, true));
    }

    /** java.net.http's WebSocket takes one send at a time: each waits for the previous. */
    private synchronized void chain(Supplier<CompletableFuture<WebSocket>> next) {
        sending = sending.handle((ignored, failure) -> null).thenCompose(ignored -> {
            try {
                return next.get();
            } catch (IllegalStateException | IllegalArgumentException e) {
                return CompletableFuture.failedFuture(e);
            }
        }).whenComplete((ignored, failure) -> {
            if (failure != null) {
                logger.debug("{}: send failed: {}", label, describe(failure));
            }
        });
    }

    private void dispatch(String json) {
        JsonObject message;
        try {
            message = Json.parseObject(json);
        } catch (JsonParseException e) {
            logger.debug("{}: a message that is not JSON-RPC was dropped", label);
            return;
        }
        JsonElement method = message.get("method");
        JsonElement id = message.has("id") ? message.get("id") : JsonNull.INSTANCE;
        if (method != null && method.isJsonPrimitive()) {
            JsonElement params = message.get("params");
            Request request = new Request(method.getAsString(), id,
                    params != null && params.isJsonObject() ? params.getAsJsonObject() : new JsonObject(), message);
            deliver(() -> {
                Listener current = listener;
                if (current != null) {
                    current.request(this, request);
                }
            });
            return;
        }
        if (!(id instanceof JsonPrimitive primitive)) {
            return;
        }
        CompletableFuture<JsonObject> waiting = pending.remove(primitive.getAsString());
        if (waiting == null) {
            return;
        }
        JsonElement error = message.get("error");
        if (error != null && error.isJsonObject()) {
            JsonObject details = error.getAsJsonObject();
            int code = details.get("code") instanceof JsonPrimitive c && c.isNumber() ? c.getAsInt() : 0;
            String text = details.get("message") instanceof JsonPrimitive m ? m.getAsString() : "";
            waiting.completeExceptionally(new SignalingError(SignalingError.Kind.ERROR_RESPONSE, code,
                    code + " " + abbreviate(text)));
            return;
        }
        JsonElement result = message.get("result");
        waiting.complete(result != null && result.isJsonObject() ? result.getAsJsonObject() : new JsonObject());
    }

    private void remoteClosed(int statusCode, String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopKeepalive();
        failPending("the signaling socket closed (" + statusCode + ")");
        deliver(() -> {
            Listener current = listener;
            if (current != null) {
                current.closed(this, statusCode, reason);
            }
        });
    }

    private void failPending(String why) {
        for (String id : pending.keySet()) {
            CompletableFuture<JsonObject> waiting = pending.remove(id);
            if (waiting != null) {
                waiting.completeExceptionally(new SignalingError(SignalingError.Kind.CLOSED, 0, why));
            }
        }
    }

    private synchronized void stopKeepalive() {
        if (keepalive != null) {
            keepalive.cancel(false);
            keepalive = null;
        }
    }

    private void deliver(Runnable event) {
        synchronized (held) {
            if (!started) {
                if (held.size() < MAX_HELD) {
                    held.add(event);
                } else {
                    logger.debug("{}: a message before the channel started was dropped", label);
                }
                return;
            }
        }
        try {
            sessionExecutor.execute(event);
        } catch (RejectedExecutionException e) {
            // the softphone stops: nobody waits for this event
        }
    }

    private static JsonObject envelope() {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        return message;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return "no attempt";
        }
        if (cause instanceof WebSocketHandshakeException handshake) {
            return "upgrade refused with HTTP " + handshake.getResponse().statusCode();
        }
        return cause.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "SignalingChannel[" + label + "]";
    }

    /** The WebSocket's callbacks, on the HTTP client's threads. */
    private final class SocketListener implements WebSocket.Listener {

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!oversized && text.length() + data.length() > MAX_MESSAGE_CHARS) {
                oversized = true;
                text.setLength(0);
            }
            if (!oversized) {
                text.append(data);
            }
            if (last) {
                if (oversized) {
                    logger.debug("{}: a message over {} characters was dropped", label, MAX_MESSAGE_CHARS);
                } else {
                    dispatch(text.toString());
                }
                oversized = false;
                text.setLength(0);
                text.trimToSize();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            remoteClosed(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            logger.debug("{}: signaling socket failed: {}", label, describe(error));
            remoteClosed(1006, error.getClass().getSimpleName());
        }
    }
}
