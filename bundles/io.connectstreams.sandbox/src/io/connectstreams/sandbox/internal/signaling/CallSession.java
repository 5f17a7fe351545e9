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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.websocket.api.StatusCode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.connectstreams.sandbox.internal.media.CallerPeer;
import io.connectstreams.sandbox.internal.media.IceCandidate;
import io.connectstreams.sandbox.internal.media.LocalAnswer;
import io.connectstreams.sandbox.internal.media.MediaException;
import io.connectstreams.sandbox.internal.media.ReceivedAudio;
import io.connectstreams.sandbox.internal.media.SerialExecutor;

/**
 * One softphone signaling session: connect-rtc's protocol from the server side, across the first socket and any
 * reconnected one, and the caller's media peer.
 * <p>
 * Without a persistent peer connection the session serves one call. With one (the softphone's {@code invite} asked
 * for {@code persistentConnection} and the service serves them), the answer carries a {@code peerConnectionId} and
 * {@code peerConnectionToken}; the socket and the caller's peer then outlive the first contact: the softphone
 * detaches a contact with {@code disconnectContact} (the session goes idle, the caller's tone pauses) and attaches
 * the next with {@code connectContact}, and each contact is measured on its own. A caller hanging up sends
 * {@code bye} with the contact's id and leaves the connection idle; the softphone's {@code bye} ends it all, and the
 * service's shutdown sends {@code PCBye} first.
 * <p>
 * Every event (a frame, a media result, a timer, the caller hanging up) is queued on the session's own
 * {@link SerialExecutor}, so the state below is only touched by one thread at a time and no lock is held while
 * sending. For every contact, {@link MediaCall#mediaStarted()} is called on {@code accept} or {@code connectContact}
 * and {@link MediaCall#mediaEnded(String)} exactly once afterwards, when its media ends.
 */
final class CallSession implements SocketHandler {

    private static final System.Logger LOG = System.getLogger(CallSession.class.getName());
    private static final int QUEUE_CAPACITY = 256;
    private static final int MAX_METHOD_ECHO = 64;

    private enum State {
        /** The socket is open, no invite yet. */
        AWAITING_INVITE,
        /** The caller's peer is answering. */
        ANSWERING,
        /** The invite got an error, or is deliberately never answered. */
        REJECTED,
        /** The answer went out; waiting for accept. */
        ANSWERED,
        /** Accepted: media runs. */
        TALKING,
        /** A persistent peer connection without a contact: the socket and the caller's peer wait for the next. */
        IDLE,
        /** The caller hung up; the server's bye went out. */
        HANGING_UP,
        /** The socket of a talking call dropped without bye; the media runs on for a reconnect. */
        AWAITING_RECONNECT,
        /** The media is being released. */
        ENDING,
        ENDED
    }

    private final SignalingService service;
    private final SerialExecutor events;
    private final SignalingSocket firstSocket;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile String clientToken;
    private volatile CallerPeer peer;
    /** The contact served now (the last one while idle); written on the events executor only. */
    private volatile String contactId;
    /** The agent connection served now (the last one while idle); written on the events executor only. */
    private volatile String agentConnectionId;
    private volatile PersistentIds persistent;
    /** Whether the session serves a supervisor's monitoring connection (never persistent, so never changes). */
    private final boolean monitoring;
    /** A supervisor's mixes, from its invite until its peer is released; owned by the events executor. */
    private MonitorMedia monitorMedia;

    // owned by the events executor
    private MediaCall call;
    private State state = State.AWAITING_INVITE;
    private SignalingSocket socket;
    private boolean mediaStarted;
    private boolean persistentRequested;
    private JsonElement inviteId;
    private long inviteReceivedNanos;
    private JsonElement serverByeId;
    private ScheduledFuture<?> timer;
    private int closeStatus = StatusCode.NORMAL;

    CallSession(SignalingService service, MediaCall call, String contactId) {
        this.service = service;
        this.call = call;
        this.contactId = contactId;
        this.agentConnectionId = call.agentConnectionId();
        this.monitoring = call.monitoring();
        this.events = new SerialExecutor(service.signalingPool(), QUEUE_CAPACITY);
        this.firstSocket = new SignalingSocket(this, service.timeouts().idle());
    }

    /** Registers the caller's hang-up with the engine and starts the invite wait. */
    SignalingSocket start() {
        String first = contactId;
        String firstConnection = agentConnectionId;
        call.onCallerHangUp(() -> callerHungUp(first, firstConnection));
        submit(() -> schedule(service.timeouts().inviteWait(), () -> {
            if (state == State.AWAITING_INVITE) {
                end("no invite");
            }
        }));
        return firstSocket;
    }

    /** A socket for a reconnect with the client token. */
    SignalingSocket reconnectSocket() {
        return new SignalingSocket(this, service.timeouts().idle());
    }

    /**
     * @param token a client token from a reconnect URL
     * @return true when it is the token last issued to this call, which has not ended
     */
    boolean acceptsClientToken(String token) {
        String current = clientToken;
        return current != null && token != null && MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param contact a contact id
     * @return the agent's audio as the caller received it on that contact, while the session serves it
     */
    Optional<ReceivedAudio> received(String contact) {
        CallerPeer current = peer;
        return current == null || !contact.equals(contactId) ? Optional.empty() : current.received();
    }

    /**
     * @return the caller's peer, while the session has one
     */
    Optional<CallerPeer> peer() {
        return Optional.ofNullable(peer);
    }

    /**
     * @return for a supervisor's session, what the caller heard of the supervisor (only while it barges)
     */
    Optional<ReceivedAudio> monitorReceived() {
        CallerPeer current = peer;
        return current == null || !monitoring ? Optional.empty() : current.received();
    }

    /**
     * @param contact a contact id
     * @param connectionId an agent connection id
     * @return whether the session serves that contact through another agent connection: a stale session of a contact
     *         that was missed and offered again (its server {@code bye} is on its way)
     */
    boolean servesAnotherLegOf(String contact, String connectionId) {
        return contact.equals(contactId) && !connectionId.equals(agentConnectionId);
    }

    /**
     * Ends the session because the service closes: no bye exchange; a persistent peer connection is told with
     * {@code PCBye} first.
     *
     * @return completes when the session has ended
     */
    CompletableFuture<Void> shutdown(String reason) {
        submit(() -> {
            closeStatus = StatusCode.SHUTDOWN;
            PersistentIds ids = persistent;
            if (ids != null && socket != null) {
                JsonObject params = new JsonObject();
                params.addProperty("peerConnectionId", ids.peerConnectionId());
                JsonObject pcBye = JsonRpcMessage.notification("PCBye", params);
                pcBye.addProperty("peerConnectionId", ids.peerConnectionId()); // where connect-rtc reads it
                socket.send(pcBye);
            }
            end(reason);
        });
        return ended;
    }

    // ---- events from sockets, the engine and timers: queued

    @Override
    public void opened(SignalingSocket opened) {
        submit(() -> attach(opened));
    }

    @Override
    public void request(SignalingSocket from, JsonRpcMessage request) {
        submitFrom(from, () -> {
            if (from == socket) {
                handle(request);
            }
        });
    }

    @Override
    public void response(SignalingSocket from, JsonRpcMessage response) {
        submitFrom(from, () -> {
            if (from == socket && state == State.HANGING_UP && response.id().equals(serverByeId)) {
                callerHangUpDone();
            }
        });
    }

    @Override
    public void closed(SignalingSocket from, int statusCode, String reason) {
        submit(() -> socketClosed(from, statusCode));
    }

    /**
     * The engine ended the media of this agent connection: the caller hung up, or the connection was withdrawn (a
     * missed contact went back to its queue; the caller is still there, only this leg ends).
     */
    private void callerHungUp(String contact, String connectionId) {
        submit(() -> {
            if (!contact.equals(contactId) || !connectionId.equals(agentConnectionId) || state == State.IDLE || state == State.HANGING_UP
                    || state == State.ENDING || state == State.ENDED) {
                return;
            }
            if (socket == null || !socket.isOpen()) {
                end("caller hung up");
                return;
            }
            serverByeId = new JsonPrimitive(UUID.randomUUID().toString());
            JsonObject params = null;
            if (persistent != null) {
                // the persistent connection stays: say which contact ends
                params = new JsonObject();
                params.addProperty("contactId", contact);
            }
            socket.send(JsonRpcMessage.request(serverByeId, "bye", params));
            state = State.HANGING_UP;
            schedule(service.timeouts().byeReply(), () -> {
                if (state == State.HANGING_UP) {
                    LOG.log(Level.DEBUG, "call {0}: no reply to bye", contactId);
                    callerHangUpDone();
                }
            });
        });
    }

    /** The softphone answered the caller's bye, or did not in time. */
    private void callerHangUpDone() {
        if (persistent != null) {
            detach("caller hung up");
        } else {
            end("caller hung up");
        }
    }

    private void submitFrom(SignalingSocket from, Runnable event) {
        try {
            events.execute(event);
        } catch (RejectedExecutionException e) {
            // a flood of frames: this socket is not served any more
            from.close(StatusCode.POLICY_VIOLATION, "too many messages");
        }
    }

    private void submit(Runnable event) {
        try {
            events.executeAlways(event);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "call {0}: event dropped, executor unavailable", contactId);
        }
    }

    // ---- the state machine, on the events executor

    private void attach(SignalingSocket opened) {
        if (state == State.ENDING || state == State.ENDED) {
            opened.close(StatusCode.NORMAL, "call ended");
        } else if (opened == firstSocket) {
            socket = opened;
        } else if (state == State.TALKING || state == State.AWAITING_RECONNECT) {
            SignalingSocket replaced = socket;
            socket = opened;
            if (replaced != null) {
                replaced.close(StatusCode.NORMAL, "replaced by a reconnect");
            }
            cancelTimer();
            state = State.TALKING;
            LOG.log(Level.DEBUG, "call {0}: signaling reconnected", contactId);
            service.socketResumed();
            renewClientToken();
        } else {
            opened.close(StatusCode.POLICY_VIOLATION, "no reconnect possible");
        }
    }

    private void handle(JsonRpcMessage request) {
        if (state == State.ENDING || state == State.ENDED) {
            return;
        }
        switch (request.method()) {
            case "invite" -> invite(request);
            case "accept" -> accept(request);
            case "bye" -> bye(request);
            case "connectContact" -> connectContact(request);
            case "disconnectContact" -> disconnectContact(request);
            default -> socket.send(JsonRpcMessage.error(request.id(), JsonRpcMessage.METHOD_NOT_FOUND,
                    "Method not found: " + abbreviate(request.method())));
        }
    }

    private void invite(JsonRpcMessage request) {
        if (!request.hasId()) {
            socket.send(JsonRpcMessage.error(null, JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: invite needs an id"));
            return;
        }
        if (state != State.AWAITING_INVITE) {
            socket.send(JsonRpcMessage.error(request.id(), JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: invite already received"));
            return;
        }
        String offer;
        List<IceCandidate> candidates;
        try {
            offer = requiredString(request.params(), "sdp");
            candidates = InviteParams.candidates(request.params());
        } catch (IllegalArgumentException e) {
            socket.send(JsonRpcMessage.error(request.id(), JsonRpcMessage.INVALID_PARAMS, "Invalid params: "
                    + e.getMessage()));
            return;
        }
        cancelTimer();
        inviteId = request.id();
        inviteReceivedNanos = System.nanoTime();
        JsonElement wantsPersistent = request.params().get("persistentConnection");
        // a supervisor's peer sends what supervisors hear: it serves no other contact
        persistentRequested = service.servesPersistentConnections() && !monitoring && wantsPersistent != null
                && wantsPersistent.isJsonPrimitive() && wantsPersistent.getAsJsonPrimitive().isBoolean()
                && wantsPersistent.getAsBoolean();
        Optional<MediaCall.InviteFault> fault = inviteFault();
        if (fault.isPresent()) {
            state = State.REJECTED;
            if (fault.get().code() == MediaCall.InviteFault.NO_ANSWER.code()) {
                LOG.log(Level.DEBUG, "call {0}: invite left unanswered (injected fault)", contactId);
            } else {
                socket.send(JsonRpcMessage.error(inviteId, fault.get().code(), fault.get().message()));
            }
            return;
        }
        state = State.ANSWERING;
        CallerPeer created = monitoring ? service.newMonitorPeer(call.agentConnectionId())
                : service.newCallerPeer(contactId);
        peer = created;
        if (monitoring) {
            monitorMedia = MonitorMedia.start(service, call, created);
        }
        CompletableFuture<LocalAnswer> answer = created.answer(offer, candidates, service.timeouts().iceGathering());
        schedule(service.timeouts().answer(), () -> answered(null, new MediaException(MediaException.Kind.FAILED,
                "answer not ready within " + service.timeouts().answer().toMillis() + " ms")));
        answer.whenComplete((local, failure) -> submit(() -> answered(local, failure)));
    }

    private Optional<MediaCall.InviteFault> inviteFault() {
        return inviteFault(call);
    }

    private Optional<MediaCall.InviteFault> inviteFault(MediaCall of) {
        try {
            return of.inviteFault();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call " + contactId + ": inviteFault() failed", e);
            return Optional.empty();
        }
    }

    private void answered(LocalAnswer local, Throwable failure) {
        if (state != State.ANSWERING) {
            return;
        }
        cancelTimer();
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            boolean badOffer = cause instanceof MediaException media
                    && media.kind() == MediaException.Kind.INVALID_OFFER;
            if (badOffer) {
                // WebRTC's parse errors quote the offending SDP line, which may hold ICE credentials
                LOG.log(Level.INFO, "call {0}: invite failed: the offer was rejected", contactId);
            } else {
                LOG.log(Level.INFO, "call {0}: invite failed: {1}", contactId, cause.getMessage());
            }
            socket.send(JsonRpcMessage.error(inviteId, badOffer ? 400 : 500,
                    badOffer ? "Bad Request: offer rejected" : "Internal Server Error: caller media failed"));
            state = State.REJECTED;
            releasePeer();
            return;
        }
        JsonArray candidates = new JsonArray();
        for (IceCandidate candidate : local.candidates()) {
            JsonObject json = new JsonObject();
            json.addProperty("candidate", candidate.candidate());
            json.addProperty("sdpMid", candidate.sdpMid());
            json.addProperty("sdpMLineIndex", candidate.sdpMLineIndex());
            candidates.add(json);
        }
        JsonObject result = new JsonObject();
        result.addProperty("sdp", local.sdp());
        result.add("candidates", candidates);
        if (persistentRequested) {
            PersistentIds ids = new PersistentIds(UUID.randomUUID().toString(), service.newClientToken());
            persistent = ids;
            service.persistentConnectionOpened(this);
            result.addProperty("peerConnectionId", ids.peerConnectionId());
            result.addProperty("peerConnectionToken", ids.peerConnectionToken());
        }
        socket.send(JsonRpcMessage.result(inviteId, result));
        state = State.ANSWERED;
        service.answerSent(System.nanoTime() - inviteReceivedNanos);
    }

    private void accept(JsonRpcMessage request) {
        if (state == State.TALKING) {
            reply(request, new JsonObject()); // a repeated accept changes nothing
            return;
        }
        if (state != State.ANSWERED) {
            socket.send(JsonRpcMessage.error(request.id(), JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: no answer to accept"));
            return;
        }
        state = State.TALKING;
        mediaStarted = true;
        notifyEngine("mediaStarted", call::mediaStarted);
        reply(request, new JsonObject());
        renewClientToken();
    }

    /** PPC: attaches the next contact to the idle persistent peer connection. */
    private void connectContact(JsonRpcMessage request) {
        if (!request.hasId()) {
            socket.send(JsonRpcMessage.error(null, JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: connectContact needs an id"));
            return;
        }
        if (!ownsPersistentConnection(request)) {
            socket.send(JsonRpcMessage.error(request.id(), 403, "Forbidden: unknown peer connection"));
            return;
        }
        if (state != State.IDLE) {
            socket.send(JsonRpcMessage.error(request.id(), 409, "Conflict: a contact is connected"));
            return;
        }
        String next;
        String token;
        try {
            next = requiredString(request.params(), "contactId");
            token = requiredString(request.params(), "callContextToken");
        } catch (IllegalArgumentException e) {
            socket.send(JsonRpcMessage.error(request.id(), JsonRpcMessage.INVALID_PARAMS, "Invalid params: "
                    + e.getMessage()));
            return;
        }
        Optional<MediaCall> found = service.find(next, token);
        if (found.isEmpty()) {
            socket.send(JsonRpcMessage.error(request.id(), 404, "Call Not Found"));
            return;
        }
        if (found.get().monitoring()) {
            // the persistent peer sends what agents hear: a supervisor's media needs its own session
            socket.send(JsonRpcMessage.error(request.id(), 409, "Conflict: monitoring needs its own session"));
            return;
        }
        if (!service.register(next, found.get(), this)) {
            socket.send(JsonRpcMessage.error(request.id(), 409, "Conflict: the call already has a signaling session"));
            return;
        }
        MediaCall attached = found.get();
        Optional<MediaCall.InviteFault> fault = inviteFault(attached);
        if (fault.isPresent()) {
            service.unregister(next, this);
            if (fault.get().code() != MediaCall.InviteFault.NO_ANSWER.code()) {
                socket.send(JsonRpcMessage.error(request.id(), fault.get().code(), fault.get().message()));
            }
            return;
        }
        call = attached;
        contactId = next;
        String connection = attached.agentConnectionId();
        agentConnectionId = connection;
        attached.onCallerHangUp(() -> callerHungUp(next, connection));
        peer.measureAnew();
        peer.sending(true);
        state = State.TALKING;
        mediaStarted = true;
        notifyEngine("mediaStarted", attached::mediaStarted);
        reply(request, new JsonObject());
    }

    /** PPC: detaches the contact; the persistent peer connection goes idle. */
    private void disconnectContact(JsonRpcMessage request) {
        if (!ownsPersistentConnection(request)) {
            if (request.hasId()) {
                socket.send(JsonRpcMessage.error(request.id(), 403, "Forbidden: unknown peer connection"));
            }
            return;
        }
        JsonElement target = request.params().get("contactId");
        boolean current = target != null && target.isJsonPrimitive() && target.getAsString().equals(contactId);
        if (current && state == State.TALKING) {
            detach("agent hung up");
        } else if (current && state == State.HANGING_UP) {
            detach("caller hung up"); // the caller's bye and the agent's hang-up crossed
        }
        reply(request, new JsonObject()); // a contact that is already detached needs nothing more
    }

    private boolean ownsPersistentConnection(JsonRpcMessage request) {
        PersistentIds ids = persistent;
        JsonElement id = request.params().get("peerConnectionId");
        JsonElement token = request.params().get("peerConnectionToken");
        return ids != null && id != null && id.isJsonPrimitive() && token != null && token.isJsonPrimitive()
                && ids.peerConnectionId().equals(id.getAsString())
                && MessageDigest.isEqual(ids.peerConnectionToken().getBytes(StandardCharsets.UTF_8),
                        token.getAsString().getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the attached contact's media and keeps the persistent peer connection for the next. */
    private void detach(String reason) {
        cancelTimer();
        if (mediaStarted) {
            MediaCall ending = call;
            notifyEngine("mediaEnded", () -> ending.mediaEnded(reason));
        }
        mediaStarted = false;
        service.unregister(contactId, this);
        call = null;
        CallerPeer current = peer;
        if (current != null) {
            current.stopMeasuring();
            current.sending(false);
        }
        state = State.IDLE;
        LOG.log(Level.DEBUG, "call {0}: detached from the persistent peer connection ({1})", contactId, reason);
    }

    private void bye(JsonRpcMessage request) {
        if (!request.hasId()) {
            socket.send(JsonRpcMessage.error(null, JsonRpcMessage.INVALID_REQUEST,
                    "Invalid Request: bye needs an id"));
            return;
        }
        reply(request, new JsonObject());
        end("agent hung up");
    }

    private void socketClosed(SignalingSocket closed, int statusCode) {
        if (closed != socket) {
            return;
        }
        socket = null;
        switch (state) {
            case ENDING, ENDED -> {
                // already ending
            }
            case HANGING_UP -> end("caller hung up");
            case IDLE -> end("signaling closed");
            case TALKING -> {
                LOG.log(Level.DEBUG, "call {0}: signaling closed ({1}) without bye, media kept for a reconnect",
                        contactId, statusCode);
                state = State.AWAITING_RECONNECT;
                schedule(service.timeouts().reconnectGrace(), () -> {
                    if (state == State.AWAITING_RECONNECT) {
                        end("signaling closed");
                    }
                });
            }
            default -> end("signaling closed");
        }
    }

    private void renewClientToken() {
        String token = service.newClientToken();
        clientToken = token;
        JsonObject params = new JsonObject();
        params.addProperty("clientToken", token);
        socket.send(JsonRpcMessage.notification("renewClientToken", params));
    }

    private void reply(JsonRpcMessage request, JsonObject result) {
        if (request.hasId()) {
            socket.send(JsonRpcMessage.result(request.id(), result));
        }
    }

    /** Stops the caller's media, then tells the engine and closes the socket. */
    private void end(String reason) {
        if (state == State.ENDING || state == State.ENDED) {
            return;
        }
        state = State.ENDING;
        clientToken = null;
        cancelTimer();
        CompletableFuture<Void> released = releasePeer();
        schedule(service.timeouts().close(), () -> finish(reason));
        released.whenComplete((ignored, failure) -> submit(() -> finish(reason)));
    }

    private void finish(String reason) {
        if (state == State.ENDED) {
            return;
        }
        state = State.ENDED;
        cancelTimer();
        if (mediaStarted) {
            MediaCall ending = call;
            notifyEngine("mediaEnded", () -> ending.mediaEnded(reason));
            mediaStarted = false;
        }
        if (socket != null) {
            socket.close(closeStatus, reason);
            socket = null;
        }
        LOG.log(Level.DEBUG, "call {0}: ended ({1})", contactId, reason);
        service.sessionEnded(this);
        ended.complete(null);
    }

    private CompletableFuture<Void> releasePeer() {
        if (monitorMedia != null) {
            monitorMedia.stop();
            monitorMedia = null;
        }
        CallerPeer current = peer;
        peer = null;
        return current == null ? CompletableFuture.completedFuture(null) : service.release(current);
    }

    private void notifyEngine(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call " + contactId + ": " + what + " failed", e);
        }
    }

    private void schedule(Duration delay, Runnable task) {
        cancelTimer();
        try {
            timer = service.timer().schedule(() -> submit(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "call {0}: timer unavailable", contactId);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private static String requiredString(JsonObject params, String name) {
        JsonElement value = params.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()
                || value.getAsString().isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty string");
        }
        return value.getAsString();
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_METHOD_ECHO ? text : text.substring(0, MAX_METHOD_ECHO) + "...";
    }

    /** The identity of a persistent peer connection; the token is a secret, compared in constant time. */
    private record PersistentIds(String peerConnectionId, String peerConnectionToken) {

        @Override
        public String toString() {
            return "PersistentIds[peerConnectionId=" + peerConnectionId + ", peerConnectionToken=<redacted>]";
        }
    }

    /** Reads an invite's candidates: [{candidate, sdpMid, sdpMLineIndex}]. */
    private static final class InviteParams {

        private InviteParams() {
        }

        static List<IceCandidate> candidates(JsonObject params) {
            JsonElement list = params.get("candidates");
            if (list == null || list.isJsonNull()) {
                return List.of();
            }
            if (!list.isJsonArray()) {
                throw new IllegalArgumentException("candidates must be an array");
            }
            List<IceCandidate> candidates = new ArrayList<>();
            for (JsonElement element : list.getAsJsonArray()) {
                if (!element.isJsonObject()) {
                    throw new IllegalArgumentException("a candidate must be an object");
                }
                JsonObject candidate = element.getAsJsonObject();
                candidates.add(new IceCandidate(string(candidate, "candidate"), string(candidate, "sdpMid"),
                        index(candidate)));
            }
            return candidates;
        }

        private static String string(JsonObject object, String name) {
            JsonElement value = object.get(name);
            if (value == null || value.isJsonNull()) {
                return null;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("candidate " + name + " must be a string");
            }
            return value.getAsString();
        }

        private static int index(JsonObject candidate) {
            JsonElement value = candidate.get("sdpMLineIndex");
            if (value == null || value.isJsonNull()) {
                return 0;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new IllegalArgumentException("candidate sdpMLineIndex must be a number");
            }
            double index = value.getAsDouble();
            if (index < 0 || index > 1024 || index != Math.rint(index)) {
                throw new IllegalArgumentException("candidate sdpMLineIndex out of range");
            }
            return (int) index;
        }
    }
}
