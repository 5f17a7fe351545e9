/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.WebSocketEvents;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.WebSocketTransport;

/**
 * The CTI WebSocket (Streams' {@code amazon-connect-websocket-manager}): the URL comes from {@code CreateTransport}
 * {@code web_socket}; frames are {@code {"topic", "content"}}; an {@code aws/heartbeat} goes out every 10 s and a
 * heartbeat left unanswered means the socket is dead. A lost socket is reopened on the same URL while it is valid
 * (85 s, back-off from 1 s doubling with 30 % jitter), else a new URL is fetched (back-off 2 s doubling up to
 * 30 s); the URL is renewed before its lifetime ends. Unlike Streams, a failed initialization is retried instead of
 * disabling the socket for good. Incoming frames are published as {@code webSocket::all_message} (the frame's JSON
 * text); {@code webSocket::send} and {@code webSocket::subscribe} requests on the bus are sent. All state is touched
 * on the session's event thread only.
 * <p>
 * Every inbound message has a size limit: a message over {@value #MAX_MESSAGE_CHARS} characters (the softphone's
 * signaling cap) is dropped as soon as it passes the limit, the socket is aborted and opened again, so a message
 * that never ends does not grow the heap. The next message is requested only once the event thread has handled the
 * previous one, so at most one message per socket waits between the two threads.
 */
final class CtiWebSocket {

    /** Streams' {@code MIN_WEBSOCKET_LIFETIME_MS}. */
    static final Duration MIN_LIFETIME = Duration.ofSeconds(300);
    /** The longest message accepted, in characters. */
    static final int MAX_MESSAGE_CHARS = 256 * 1024;
    /** Streams' {@code WEBSOCKET_URL_VALID_TIME_MS}. */
    static final Duration URL_VALIDITY = Duration.ofSeconds(85);

    private static final String HEARTBEAT = "aws/heartbeat";
    private static final String SUBSCRIBE = "aws/subscribe";
    private static final Set<String> RESERVED = Set.of(HEARTBEAT, SUBSCRIBE, "aws/unsubscribe");

    private final ContactCenterBackend backend;
    private volatile HttpClient client;
    private final ScheduledExecutorService events;
    private final EventBus bus;
    private final Logger logger;
    private final Object agent;
    private final Clock clock;
    private final Duration heartbeatInterval;
    private final Duration connectTimeout;
    private final Set<String> topics = new LinkedHashSet<>();
    private volatile WebSocket socket;
    private WebSocketTransport transport;
    private Instant transportFetched;
    private boolean heartbeatPending;
    private boolean everConnected;
    private boolean connected;
    private int reopenAttempts;
    private int fetchAttempts;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile ScheduledFuture<?> renewal;
    private volatile boolean closed;

    CtiWebSocket(ContactCenterBackend backend, HttpClient client, ScheduledExecutorService events, EventBus bus,
            Logger logger, Object agent, Clock clock, Duration heartbeatInterval, Duration connectTimeout) {
        this.backend = backend;
        this.client = client;
        this.events = events;
        this.bus = bus;
        this.logger = logger;
        this.agent = agent;
        this.clock = clock;
        this.heartbeatInterval = heartbeatInterval;
        this.connectTimeout = connectTimeout;
    }

    void start() {
        events.execute(this::fetchTransport);
    }

    /** Streams' {@code webSocket::subscribe}: topics are (re)subscribed on every socket. */
    void subscribe(List<String> newTopics) {
        events.execute(() -> {
            topics.addAll(newTopics);
            if (connected) {
                sendSubscribe();
            }
        });
    }

    /** Streams' {@code webSocket::send}: frames with a reserved topic are refused. */
    void send(String frame) {
        events.execute(() -> {
            String topic = topicOf(frame);
            if (topic == null || RESERVED.contains(topic)) {
                logger.warn("refused to send a WebSocket frame with a missing or reserved topic");
                return;
            }
            if (connected) {
                socket.sendText(frame, true);
            }
        });
    }

    /** Runs on the terminating thread: the event thread stops right after. */
    void close() {
        closed = true;
        client = null;
        cancelTimers();
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }

    private void fetchTransport() {
        if (closed) {
            return;
        }
        backend.createWebSocketTransport().whenComplete((fetched, failure) -> events.execute(() -> {
            if (closed) {
                return;
            }
            if (failure != null || !valid(fetched)) {
                String why = failure != null ? failure.getClass().getSimpleName() : "an invalid transport";
                logger.warn("no WebSocket transport ({}); retrying", why);
                if (!everConnected && fetchAttempts == 0) {
                    bus.trigger(WebSocketEvents.INIT_FAILURE, why);
                }
                retryFetch();
                return;
            }
            fetchAttempts = 0;
            transport = fetched;
            transportFetched = clock.instant();
            scheduleRenewal(fetched);
            open();
        }));
    }

    private boolean valid(WebSocketTransport fetched) {
        URI url = fetched.url();
        return url != null && "wss".equals(url.getScheme()) && url.getHost() != null
                && Duration.ofSeconds(fetched.transportLifeTimeInSeconds()).compareTo(MIN_LIFETIME) >= 0;
    }

    private void open() {
        HttpClient http = client;
        if (closed || http == null) {
            return;
        }
        CompletableFuture<WebSocket> opening;
        try {
            opening = http.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(transport.url(),
                    new Listener());
        } catch (IllegalArgumentException e) {
            opening = CompletableFuture.failedFuture(e); // a URL the client refuses: like a socket that did not open
        }
        opening.whenComplete((opened, failure) -> events.execute(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                String status = cause instanceof WebSocketHandshakeException handshake
                        ? "HTTP " + handshake.getResponse().statusCode()
                        : cause.getClass().getSimpleName();
                logger.warn("the CTI WebSocket did not open ({})", status);
                lost();
            }
        }));
    }

    private void opened(WebSocket opened) {
        if (closed) {
            opened.abort();
            return;
        }
        WebSocket previous = socket;
        socket = opened;
        connected = true;
        reopenAttempts = 0;
        heartbeatPending = false;
        if (previous != null && previous != opened) {
            previous.sendClose(WebSocket.NORMAL_CLOSURE, "rolled over");
        }
        bus.trigger(WebSocketEvents.CONNECTION_OPEN, null);
        if (everConnected) {
            bus.trigger(WebSocketEvents.CONNECTION_GAIN, null);
            bus.trigger(AgentEvents.WEBSOCKET_CONNECTION_GAINED, agent);
        }
        everConnected = true;
        if (!topics.isEmpty()) {
            sendSubscribe();
        }
        if (heartbeat == null || heartbeat.isDone()) {
            heartbeat = events.scheduleWithFixedDelay(this::beat, heartbeatInterval.toMillis(),
                    heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** An unanswered previous heartbeat means the socket is dead even if TCP does not know yet. */
    private void beat() {
        if (!connected) {
            return;
        }
        if (heartbeatPending) {
            logger.warn("the CTI WebSocket missed a heartbeat");
            socket.abort();
            lost();
            return;
        }
        heartbeatPending = true;
        JsonObject frame = new JsonObject();
        frame.addProperty("topic", HEARTBEAT);
        socket.sendText(frame.toString(), true);
    }

    private void received(String text) {
        String topic = topicOf(text);
        if (HEARTBEAT.equals(topic)) {
            heartbeatPending = false;
            return;
        }
        if (SUBSCRIBE.equals(topic)) {
            bus.trigger(WebSocketEvents.SUBSCRIPTION_UPDATE, text);
        }
        bus.trigger(WebSocketEvents.ALL_MESSAGE, text);
    }

    private void lost() {
        if (closed) {
            return;
        }
        boolean wasConnected = connected;
        connected = false;
        if (wasConnected) {
            bus.trigger(WebSocketEvents.CONNECTION_LOST, null);
            bus.trigger(AgentEvents.WEBSOCKET_CONNECTION_LOST, agent);
        }
        if (transportFetched != null && clock.instant().isBefore(transportFetched.plus(URL_VALIDITY))) {
            Duration delay = jittered(Duration.ofSeconds(1).multipliedBy(1L << Math.min(reopenAttempts++, 5)));
            events.schedule(this::open, delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            retryFetch();
        }
    }

    private void retryFetch() {
        long seconds = Math.min(30, 2L << Math.min(fetchAttempts++, 4));
        events.schedule(this::fetchTransport, seconds, TimeUnit.SECONDS);
    }

    private void scheduleRenewal(WebSocketTransport fetched) {
        if (renewal != null) {
            renewal.cancel(false);
        }
        long lifetime = fetched.transportLifeTimeInSeconds();
        renewal = events.schedule(this::fetchTransport, Math.max(60, lifetime - 60), TimeUnit.SECONDS);
    }

    private void sendSubscribe() {
        JsonObject frame = new JsonObject();
        frame.addProperty("topic", SUBSCRIBE);
        JsonObject content = new JsonObject();
        JsonArray list = new JsonArray();
        topics.forEach(list::add);
        content.add("topics", list);
        frame.add("content", content);
        socket.sendText(frame.toString(), true);
    }

    private void cancelTimers() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    private static Duration jittered(Duration delay) {
        double factor = 1 + 0.3 * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis((long) (delay.toMillis() * factor));
    }

    private static String topicOf(String frame) {
        try {
            JsonElement json = JsonParser.parseString(frame);
            if (json.isJsonObject() && json.getAsJsonObject().get("topic") != null
                    && json.getAsJsonObject().get("topic").isJsonPrimitive()) {
                return json.getAsJsonObject().get("topic").getAsString();
            }
        } catch (JsonParseException e) {
            // not JSON: no topic
        }
        return null;
    }

    /** java.net.http callbacks: hand everything to the event thread. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            if (!onEventThread(() -> opened(webSocket))) {
                webSocket.abort();
                return;
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (partial.length() + data.length() > MAX_MESSAGE_CHARS) {
                partial.setLength(0);
                partial.trimToSize();
                webSocket.abort(); // reading on would mean buffering a message that may never end
                onEventThread(() -> {
                    if (webSocket == socket) {
                        logger.warn("the CTI WebSocket sent a message over {} characters: reopening it",
                                MAX_MESSAGE_CHARS);
                        lost();
                    }
                });
                return null;
            }
            partial.append(data);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            String text = partial.toString();
            partial.setLength(0);
            onEventThread(() -> {
                if (webSocket == socket) {
                    received(text);
                }
                webSocket.request(1); // the next message once this one is handled: no queue grows between threads
            });
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            onEventThread(() -> {
                if (webSocket == socket) {
                    lost();
                }
            });
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            onEventThread(() -> {
                if (webSocket == socket || socket == null) {
                    lost();
                }
            });
        }

        /** @return false once the session is closed (the event thread is gone) */
        private boolean onEventThread(Runnable task) {
            if (closed) {
                return false;
            }
            try {
                events.execute(task);
                return true;
            } catch (RejectedExecutionException e) {
                return false;
            }
        }
    }
}
