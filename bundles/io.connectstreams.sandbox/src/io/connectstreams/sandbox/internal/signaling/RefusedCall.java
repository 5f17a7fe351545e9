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

import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * A signaling socket whose {@code callId}/{@code contactCtx} matched no call (or whose call already has a socket).
 * The socket opens so that connect-rtc gets a precise reason: its first request is answered with the JSON-RPC error
 * (404 {@code Call Not Found}, which connect-rtc maps to {@code CallNotFoundException} and the session failure
 * {@code Call Not Found}), then the socket is closed. It registers itself in {@code open} while open, so that the
 * service can close it. A socket that sends nothing is closed after the invite wait.
 */
final class RefusedCall implements SocketHandler {

    private final int code;
    private final String message;
    private final ScheduledExecutorService timer;
    private final long inviteWaitMillis;
    private final Set<RefusedCall> open;
    private volatile SignalingSocket socket;
    private volatile ScheduledFuture<?> deadline;

    RefusedCall(int code, String message, ScheduledExecutorService timer, long inviteWaitMillis,
            Set<RefusedCall> open) {
        this.code = code;
        this.message = message;
        this.timer = timer;
        this.inviteWaitMillis = inviteWaitMillis;
        this.open = open;
    }

    @Override
    public void opened(SignalingSocket opened) {
        socket = opened;
        open.add(this);
        try {
            deadline = timer.schedule(() -> opened.close(StatusCode.POLICY_VIOLATION, "no request"),
                    inviteWaitMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            opened.close(StatusCode.SHUTDOWN, "sandbox closed");
        }
    }

    @Override
    public void request(SignalingSocket from, JsonRpcMessage request) {
        if (!request.hasId()) {
            return; // a notification expects no answer
        }
        from.send(JsonRpcMessage.error(request.id(), code, message));
        from.close(StatusCode.NORMAL, message);
    }

    @Override
    public void response(SignalingSocket from, JsonRpcMessage response) {
        // the endpoint sent no request on this socket
    }

    @Override
    public void closed(SignalingSocket from, int statusCode, String reason) {
        ScheduledFuture<?> pending = deadline;
        if (pending != null) {
            pending.cancel(false);
        }
        open.remove(this);
    }

    /** Closes the socket: the service is shutting down. */
    void shutdown() {
        SignalingSocket current = socket;
        if (current != null) {
            current.close(StatusCode.SHUTDOWN, "sandbox closed");
        }
    }
}
