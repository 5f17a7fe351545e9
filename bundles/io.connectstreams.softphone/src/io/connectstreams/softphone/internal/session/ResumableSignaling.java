/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.osgi.service.log.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.connectstreams.softphone.internal.signaling.CallConfig;
import io.connectstreams.softphone.internal.signaling.Json;
import io.connectstreams.softphone.internal.signaling.SignalingChannel;
import io.connectstreams.softphone.internal.signaling.SignalingError;

/**
 * connect-rtc's signaling channel as a call sees it: one socket at a time, and when it drops, a new one resumed
 * with the client token the server last sent ({@code renewClientToken}), if the owner wants it resumed (connect-rtc
 * resumes a talking call's socket; a kept peer connection's always). It answers the server's {@code bye} and hands
 * it, with every other server request, to its owner: the call's session, then the kept (persistent) peer
 * connection when the call's peer connection and socket outlive it. Confined to the session thread.
 */
final class ResumableSignaling implements SignalingChannel.Listener {

    /** Who the channel serves. */
    interface Owner {

        /**
         * The server's {@code bye}, already answered: the far end hung up.
         *
         * @param contactId the contact it names, {@code null} when it names none
         */
        void remoteBye(String contactId);

        /**
         * @param request another request of the server ({@code PCBye}, ...)
         */
        void request(SignalingChannel.Request request);

        /**
         * @return whether a dropped socket is resumed now
         */
        boolean resumes();

        /**
         * The socket is gone for good: it closed and is not to be resumed, or the resume failed.
         *
         * @param why for the log and the failure
         */
        void lost(String why);
    }

    private final Supplier<HttpClient> http;
    private final CallConfig config;
    private final ScheduledExecutorService executor;
    private final SessionTimings timings;
    private final Logger logger;
    private Owner owner;
    private String callId;
    private SignalingChannel channel;
    private CompletableFuture<SignalingChannel> resuming;
    private String clientToken;
    private boolean closed;

    private ResumableSignaling(Supplier<HttpClient> http, CallConfig config, String callId, Owner owner,
            ScheduledExecutorService executor, SessionTimings timings, Logger logger) {
        this.http = http;
        this.config = config;
        this.callId = callId;
        this.owner = owner;
        this.executor = executor;
        this.timings = timings;
        this.logger = logger;
    }

    /**
     * Opens the first socket: {@code callId} and {@code contactCtx} in the URL, up to connect-rtc's attempts.
     *
     * @return the channel, not started yet; or the {@code SignalingError} of the socket
     */
    static CompletableFuture<ResumableSignaling> open(Supplier<HttpClient> http, CallConfig config, String contactId,
            String callContextToken, Owner owner, ScheduledExecutorService executor, SessionTimings timings,
            Logger logger) {
        ResumableSignaling signaling = new ResumableSignaling(http, config, contactId, owner, executor, timings,
                logger);
        return signaling.openSocket(SignalingUris.invite(config, contactId, callContextToken)).thenApply(opened -> {
            signaling.channel = opened;
            return signaling;
        });
    }

    /** Delivers what the server sent so far, and from now on, to the owner. */
    void start() {
        channel.start();
    }

    /**
     * @param value who receives the server's requests from now on
     */
    void owner(Owner value) {
        owner = value;
    }

    /**
     * @param contactId the contact a resumed socket names (a kept peer connection's last one)
     */
    void callId(String contactId) {
        callId = contactId;
    }

    /**
     * @return whether requests can be sent: the socket is open, or a dropped one is being resumed (requests then wait
     *         for the resumed socket)
     */
    boolean isOpen() {
        return !closed && (resuming != null || channel.isOpen());
    }

    /**
     * Sends a request on the current socket.
     *
     * @return the response's {@code result}, or a {@code SignalingError}
     */
    CompletableFuture<JsonObject> request(String method, JsonObject params, Duration timeout) {
        if (resuming != null) {
            return resuming.thenCompose(resumed -> resumed.request(method, params, timeout));
        }
        return channel.request(method, params, timeout);
    }

    /** Closes the socket; nothing is resumed any more and the owner is not told. */
    void close() {
        closed = true;
        channel.close();
        if (resuming != null) {
            resuming.completeExceptionally(new SignalingError(SignalingError.Kind.CLOSED, 0, "the channel is closed"));
            resuming = null;
        }
    }

    @Override
    public void request(SignalingChannel from, SignalingChannel.Request request) {
        if (from != channel || closed) {
            return;
        }
        switch (request.method()) {
            case "bye" -> {
                JsonElement id = request.id();
                if (!id.isJsonNull()) {
                    from.reply(id, new JsonObject()); // connect-rtc answers, then disconnects
                }
                owner.remoteBye(Json.string(request.params(), "contactId"));
            }
            case "renewClientToken" -> {
                String token = Json.string(request.params(), "clientToken");
                if (token != null) {
                    clientToken = token;
                }
            }
            default -> owner.request(request);
        }
    }

    @Override
    public void closed(SignalingChannel from, int statusCode, String reason) {
        if (from != channel || closed) {
            return;
        }
        if (clientToken == null || !owner.resumes()) {
            owner.lost("the signaling socket closed (" + statusCode + ")");
            return;
        }
        // connect-rtc's _reconnect: callId and clientToken in the URL; requests meanwhile wait for the new socket
        CompletableFuture<SignalingChannel> next = new CompletableFuture<>();
        resuming = next;
        openSocket(SignalingUris.reconnect(config, callId, clientToken)).whenCompleteAsync((opened, failed) -> {
            if (closed || resuming != next) {
                if (opened != null) {
                    opened.close();
                }
                return;
            }
            resuming = null;
            if (failed != null) {
                next.completeExceptionally(new SignalingError(SignalingError.Kind.CLOSED, 0,
                        "the signaling socket closed and was not resumed"));
                owner.lost("the signaling socket closed and was not resumed");
                return;
            }
            logger.debug("{}: signaling socket resumed", config.endpointForLogs());
            channel = opened;
            opened.start();
            next.complete(opened);
        }, executor);
    }

    private CompletableFuture<SignalingChannel> openSocket(URI uri) {
        return SignalingChannel.open(http.get(), uri, config.endpointForLogs(), this, executor, executor,
                timings.signalingConnect(), timings.signalingAttempts(), logger);
    }
}
