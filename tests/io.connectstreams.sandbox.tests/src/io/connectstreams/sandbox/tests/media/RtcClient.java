/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.testing.Await;

/**
 * The softphone's side of connect-rtc's signaling protocol over {@link java.net.http.WebSocket}, as the tests drive
 * it: sends invite, accept and bye, records every message the endpoint sends and how the socket closed.
 */
final class RtcClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final List<JsonObject> received = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private RtcClient(HttpClient http, URI uri) throws Exception {
        socket = http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(uri, new Listener())
                .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static RtcClient connect(HttpClient http, URI uri) throws Exception {
        return new RtcClient(http, uri);
    }

    void send(JsonObject message) {
        sendText(message.toString());
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /**
     * @return the invite's id
     */
    String invite(AgentPeer.Offer offer, String callContextToken) {
        JsonObject params = new JsonObject();
        params.addProperty("sdp", offer.sdp());
        JsonArray candidates = new JsonArray();
        offer.candidates().forEach(candidate -> {
            JsonObject json = new JsonObject();
            json.addProperty("candidate", candidate.candidate());
            json.addProperty("sdpMid", candidate.sdpMid());
            json.addProperty("sdpMLineIndex", candidate.sdpMLineIndex());
            candidates.add(json);
        });
        params.add("candidates", candidates);
        params.addProperty("callContextToken", callContextToken);
        return request("invite", params);
    }

    /**
     * @return the request's id
     */
    String request(String method, JsonObject params) {
        String id = UUID.randomUUID().toString();
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params);
        message.addProperty("id", id);
        send(message);
        return id;
    }

    void reply(JsonElement id) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.add("result", new JsonObject());
        message.add("id", id);
        send(message);
    }

    JsonObject awaitResponse(String id, Duration timeout) {
        return awaitMessage(message -> message.has("id") && !message.get("id").isJsonNull()
                && id.equals(message.get("id").getAsString()) && !message.has("method"), timeout,
                "the response to " + id);
    }

    JsonObject awaitMethod(String method, Duration timeout) {
        return awaitMessage(message -> message.has("method") && method.equals(message.get("method").getAsString()),
                timeout, "a " + method + " message");
    }

    /** Waits for a message that matches and returns the latest such. */
    JsonObject awaitMessage(Predicate<JsonObject> match, Duration timeout, String description) {
        Await.until(timeout, () -> find(match).isPresent(), description);
        return find(match).orElseThrow();
    }

    /** Waits for the message at {@code index} (0 = the first the endpoint sent). */
    JsonObject awaitMessageAt(int index, Duration timeout, String description) {
        Await.until(timeout, () -> received().size() > index, description);
        return received().get(index);
    }

    /**
     * @return the HTTP status with which the endpoint refused a WebSocket upgrade
     */
    static int refusedStatus(ExecutionException failure) {
        if (failure.getCause() instanceof WebSocketHandshakeException handshake) {
            return handshake.getResponse().statusCode();
        }
        throw new AssertionError("not a refused upgrade", failure);
    }

    Optional<JsonObject> find(Predicate<JsonObject> match) {
        synchronized (received) {
            return received.stream().filter(match).reduce((first, second) -> second);
        }
    }

    List<JsonObject> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /**
     * @return the close status the endpoint sent
     */
    int awaitClosed(Duration timeout) {
        Await.until(timeout, closed::isDone, "the signaling socket to close");
        return closed.join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Drops the connection without a close handshake, like a network failure. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test done");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
                text.setLength(0);
                synchronized (received) {
                    received.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
