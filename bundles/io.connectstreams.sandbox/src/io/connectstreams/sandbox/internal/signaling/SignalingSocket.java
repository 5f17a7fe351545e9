/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

import com.google.gson.JsonObject;

/**
 * One softphone signaling WebSocket: turns text frames into JSON-RPC messages for its {@link SocketHandler} and
 * answers malformed ones itself, so a bad frame never closes the socket.
 * <p>
 * Messages are read as partial text so that size is checked before anything is buffered: a message longer than
 * {@value #MAX_MESSAGE_CHARS} characters is dropped and answered with error -32600, and the socket keeps serving
 * (an SDP offer with its candidates is a few kilobytes). Binary messages get -32600 as well; Jetty closes the socket
 * (1009) only for a binary message over the same limit, and (1007) for text that is not UTF-8.
 */
public final class SignalingSocket implements Session.Listener.AutoDemanding {

    /** The longest text message answered normally, in characters. */
    public static final int MAX_MESSAGE_CHARS = 64 * 1024;

    private static final System.Logger LOG = System.getLogger(SignalingSocket.class.getName());

    private final SocketHandler handler;
    private final Duration idleTimeout;
    private final AtomicBoolean closeReported = new AtomicBoolean();
    private final StringBuilder message = new StringBuilder();
    private boolean oversized;
    private volatile Session session;

    SignalingSocket(SocketHandler handler, Duration idleTimeout) {
        this.handler = handler;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        opened.setIdleTimeout(idleTimeout);
        opened.setMaxBinaryMessageSize(MAX_MESSAGE_CHARS);
        session = opened;
        handler.opened(this);
    }

    @Override
    public void onWebSocketPartialText(String part, boolean last) {
        if (!oversized) {
            if (message.length() + part.length() > MAX_MESSAGE_CHARS) {
                oversized = true;
                message.setLength(0);
            } else {
                message.append(part);
            }
        }
        if (!last) {
            return;
        }
        if (oversized) {
            oversized = false;
            send(JsonRpcMessage.error(null, JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: message longer than " + MAX_MESSAGE_CHARS + " characters"));
            return;
        }
        String text = message.toString();
        message.setLength(0);
        message.trimToSize();
        dispatch(text);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        send(JsonRpcMessage.error(null, JsonRpcMessage.INVALID_REQUEST,
                "Invalid Request: binary messages are not JSON-RPC"));
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.log(Level.DEBUG, "signaling socket failed: {0}", cause.toString());
        reportClosed(StatusCode.ABNORMAL, cause.getClass().getSimpleName());
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        reportClosed(statusCode, reason);
    }

    private void dispatch(String text) {
        JsonRpcMessage parsed;
        try {
            parsed = JsonRpcMessage.parse(text);
        } catch (JsonRpcException e) {
            send(JsonRpcMessage.error(e.id(), e.code(), e.getMessage()));
            return;
        }
        if (parsed.isRequest()) {
            handler.request(this, parsed);
        } else {
            handler.response(this, parsed);
        }
    }

    private void reportClosed(int statusCode, String reason) {
        if (closeReported.compareAndSet(false, true)) {
            handler.closed(this, statusCode, reason);
        }
    }

    /**
     * Sends one message; fails silently (logged) when the socket is gone, since the close is reported anyway.
     */
    synchronized void send(JsonObject json) {
        Session current = session;
        if (current == null || !current.isOpen()) {
            return;
        }
        current.sendText(json.toString(), Callback.from(() -> {
        }, failure -> LOG.log(Level.DEBUG, "signaling send failed: {0}", failure.toString())));
    }

    /**
     * Closes the socket with a status and a reason (no secret in it).
     */
    void close(int statusCode, String reason) {
        Session current = session;
        if (current != null && current.isOpen()) {
            current.close(statusCode, reason, Callback.NOOP);
        }
    }

    boolean isOpen() {
        Session current = session;
        return current != null && current.isOpen();
    }
}
