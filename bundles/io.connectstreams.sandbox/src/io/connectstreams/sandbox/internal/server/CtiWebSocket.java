/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.engine.Json;

/**
 * One CTI WebSocket (the URL of {@code CreateTransport web_socket}), as the Streams WebSocket manager uses it: every
 * frame is {@code {"topic": ..., "content": ...}}; {@code aws/heartbeat} is echoed, {@code aws/subscribe} and
 * {@code aws/unsubscribe} answer {@code {"status":"success","topics":[...]}}. A frame that is not a JSON object with
 * a string topic (strict JSON, as everywhere in the sandbox) closes the socket with 1007 and the reason; a binary frame closes it with 1003.
 */
public final class CtiWebSocket extends Session.Listener.AbstractAutoDemanding {

    private static final System.Logger LOG = System.getLogger(CtiWebSocket.class.getName());

    private final String agent;
    private final FaultInjector faults;
    private final Set<String> topics = new LinkedHashSet<>();

    CtiWebSocket(String agent, FaultInjector faults) {
        this.agent = agent;
        this.faults = faults;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        faults.opened(this);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        faults.closed(this);
        super.onWebSocketClose(statusCode, reason, callback);
    }

    /** Cuts the connection without a close frame. */
    boolean drop() {
        Session session = getSession();
        if (session == null || !session.isOpen()) {
            return false;
        }
        session.disconnect();
        faults.closed(this);
        return true;
    }

    @Override
    public void onWebSocketText(String text) {
        JsonObject frame;
        try {
            JsonElement element = Json.parse(text);
            if (!element.isJsonObject()) {
                malformed("not a JSON object");
                return;
            }
            frame = element.getAsJsonObject();
        } catch (RuntimeException e) {
            malformed("not JSON");
            return;
        }
        JsonElement topic = frame.get("topic");
        if (topic == null || !topic.isJsonPrimitive() || !topic.getAsJsonPrimitive().isString()) {
            malformed("no string topic");
            return;
        }
        switch (topic.getAsString()) {
            case "aws/heartbeat" -> send("{\"topic\":\"aws/heartbeat\"}");
            case "aws/subscribe" -> subscription(frame, "aws/subscribe", true);
            case "aws/unsubscribe" -> subscription(frame, "aws/unsubscribe", false);
            default -> LOG.log(System.Logger.Level.DEBUG, "CTI WebSocket of {0}: ignoring topic {1}", agent,
                    LogText.of(topic.getAsString()));
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        close(StatusCode.BAD_DATA,
                "binary frames are not supported");
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        // Jetty has already closed the socket (1009 too large, 1002 protocol error, ...): nothing to do but note it
        LOG.log(System.Logger.Level.DEBUG, "CTI WebSocket of {0} failed: {1}", agent, cause.toString());
    }

    private void subscription(JsonObject frame, String route, boolean subscribe) {
        List<String> requested = new ArrayList<>();
        JsonElement content = frame.get("content");
        JsonElement list = content != null && content.isJsonObject() ? content.getAsJsonObject().get("topics") : null;
        boolean valid = list != null && list.isJsonArray();
        if (valid) {
            for (JsonElement element : list.getAsJsonArray()) {
                if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
                    requested.add(element.getAsString());
                } else {
                    valid = false;
                }
            }
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("topic", route);
        JsonObject answer = new JsonObject();
        answer.addProperty("status", valid ? "success" : "failure");
        JsonArray names = new JsonArray();
        requested.forEach(names::add);
        answer.add("topics", names);
        reply.add("content", answer);
        if (valid) {
            synchronized (topics) {
                if (subscribe) {
                    topics.addAll(requested);
                } else {
                    requested.forEach(topics::remove);
                }
            }
        }
        send(reply.toString());
    }

    private void malformed(String why) {
        LOG.log(System.Logger.Level.DEBUG, "CTI WebSocket of {0}: malformed frame ({1})", agent, why);
        close(StatusCode.BAD_PAYLOAD, "malformed frame: " + why);
    }

    private void send(String text) {
        Session session = getSession();
        if (session != null && session.isOpen()) {
            session.sendText(text, Callback.NOOP);
        }
    }

    private void close(int code, String reason) {
        Session session = getSession();
        if (session != null) {
            session.close(code, reason, Callback.NOOP);
        }
    }
}
