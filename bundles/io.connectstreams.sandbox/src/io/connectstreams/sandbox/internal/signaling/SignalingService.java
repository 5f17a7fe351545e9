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
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.internal.media.CallerAudioEngine;
import io.connectstreams.sandbox.internal.media.CallerPeer;
import io.connectstreams.sandbox.internal.media.ReceivedAudio;

/**
 * The sandbox's softphone signaling endpoint ({@code wss://.../LilyRTC}, connect-rtc's protocol) and the callers'
 * media: for every softphone that connects with {@code ?callId=<contactId>&contactCtx=<callContextToken>} it asks
 * {@link SignalingCalls} for the call, answers the {@code invite} with a WebRTC peer that plays the caller's 440 Hz
 * tone and measures the agent's audio, and runs the call to its {@code bye}.
 * <p>
 * Mounting: {@link #handler(Server)} returns a Jetty WebSocket upgrade handler that serves {@value #PATH} and lets
 * every other request through (it returns {@code false}, or passes it to the handler it wraps). Call it before
 * the server starts, and put it in the TLS connector's handler tree: first in a {@code Handler.Sequence}, or as the
 * wrapper of the other handlers.
 * <p>
 * Persistent peer connections (connect-rtc's PPC) are served unless the service is built without them: an
 * {@code invite} with {@code persistentConnection:true} is answered with a {@code peerConnectionId} and
 * {@code peerConnectionToken}, and the socket and the caller's peer then serve one contact after another
 * ({@code connectContact}/{@code disconnectContact}); see {@link CallSession}.
 * <p>
 * A supervisor's softphone connects the same way with its monitoring connection's token: its session is kept
 * apart, by monitoring connection id, so the agent's is never displaced, and {@link MonitorMedia} mixes its audio
 * (see {@link CallerAudioEngine}).
 * <p>
 * Threads: {@code cs-sandbox-signaling-*} (timers and the per-call event queues) and {@code cs-sandbox-media-*}
 * (the peers' steps), daemon, stopped by {@link #close()}. The WebRTC engine ({@link CallerAudioEngine}) is shared
 * by the whole process and stays.
 */
public final class SignalingService implements CallerMedia, AutoCloseable {

    /** The path the endpoint serves, as in Amazon Connect's {@code signalingEndpoint}. */
    public static final String PATH = "/LilyRTC";

    private static final System.Logger LOG = System.getLogger(SignalingService.class.getName());
    private static final int TOKEN_BYTES = 32;
    private static final int ANSWER_TIMES_KEPT = 1024;

    private final SignalingCalls calls;
    private final IceOptions ice;
    private final SignalingTimeouts timeouts;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor signaling;
    private final ThreadPoolExecutor media;
    private final boolean persistentConnections;
    private final ConcurrentHashMap<String, CallSession> sessions = new ConcurrentHashMap<>();
    /** The supervisors' sessions, by monitoring connection id: never in the way of the agent's session. */
    private final ConcurrentHashMap<String, CallSession> monitorSessions = new ConcurrentHashMap<>();
    private final Set<CallSession> persistentSessions = ConcurrentHashMap.newKeySet();
    private final Set<RefusedCall> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger callerPeers = new AtomicInteger();
    private final AtomicInteger resumedSockets = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long[] answerNanos = new long[ANSWER_TIMES_KEPT];
    private long answers;

    /**
     * A service that serves persistent peer connections.
     *
     * @param calls which call a softphone's socket belongs to (the routing engine)
     * @param ice ICE servers and policy of the callers' peers
     * @param timeouts the time limits
     * @param clock stamps the audio measurements
     */
    public SignalingService(SignalingCalls calls, IceOptions ice, SignalingTimeouts timeouts, Clock clock) {
        this(calls, ice, timeouts, clock, true);
    }

    /**
     * @param calls which call a softphone's socket belongs to (the routing engine)
     * @param ice ICE servers and policy of the callers' peers
     * @param timeouts the time limits
     * @param clock stamps the audio measurements
     * @param persistentConnections whether invites asking for a persistent peer connection get one; without, every
     *            call has its own socket and caller peer (as a server without PPC)
     */
    public SignalingService(SignalingCalls calls, IceOptions ice, SignalingTimeouts timeouts, Clock clock,
            boolean persistentConnections) {
        this.persistentConnections = persistentConnections;
        this.calls = Objects.requireNonNull(calls, "calls");
        this.ice = Objects.requireNonNull(ice, "ice");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.clock = Objects.requireNonNull(clock, "clock");
        signaling = new ScheduledThreadPoolExecutor(2, threads("cs-sandbox-signaling-"));
        signaling.setRemoveOnCancelPolicy(true);
        signaling.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        media = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024),
                threads("cs-sandbox-media-"));
        media.allowCoreThreadTimeOut(true);
    }

    /**
     * @param server the server whose TLS connector serves the endpoint (not started yet)
     * @return the WebSocket upgrade handler for {@value #PATH}
     */
    public Handler handler(Server server) {
        return WebSocketUpgradeHandler.from(server, container -> container.addMapping(PATH, this::upgrade));
    }

    @Override
    public Optional<AudioLevels> levels(String contactId) {
        return receivedAudio(contactId).filter(received -> received.lastFrameAt() != null)
                .map(received -> new AudioLevels(contactId, received.lastRms(), CallerAudioEngine.signalRms(),
                        received.framesReceived(), received.lastFrameAt()));
    }

    /**
     * @param contactId a contact id
     * @return everything measured of the agent's audio on that call while the caller's peer exists
     */
    public Optional<ReceivedAudio> receivedAudio(String contactId) {
        CallSession session = sessions.get(contactId);
        return session == null ? Optional.empty() : session.received(contactId);
    }

    @Override
    public Optional<AudioLevels> monitorLevels(String monitoringConnectionId) {
        return monitorAudio(monitoringConnectionId).filter(received -> received.lastFrameAt() != null)
                .map(received -> new AudioLevels(monitoringConnectionId, received.lastRms(),
                        CallerAudioEngine.signalRms(), received.framesReceived(), received.lastFrameAt()));
    }

    /**
     * @param monitoringConnectionId a supervisor's monitoring connection id
     * @return what the caller heard of that supervisor while its session exists: measured only while it barges
     */
    public Optional<ReceivedAudio> monitorAudio(String monitoringConnectionId) {
        CallSession session = monitorSessions.get(monitoringConnectionId);
        return session == null ? Optional.empty() : session.monitorReceived();
    }

    /**
     * @return the monitoring connection ids with a signaling session
     */
    public Set<String> activeMonitors() {
        return Set.copyOf(monitorSessions.keySet());
    }

    /**
     * @return the contact ids with a signaling session (from the socket's upgrade until the call has ended)
     */
    public Set<String> activeCalls() {
        return Set.copyOf(sessions.keySet());
    }

    /**
     * @return how many persistent peer connections are open (idle or serving a contact)
     */
    public int persistentConnections() {
        return persistentSessions.size();
    }

    /**
     * @return how many dropped signaling sockets were resumed (a reconnect with the client token that took over
     *         a talking call or a persistent connection)
     */
    public int resumedSockets() {
        return resumedSockets.get();
    }

    void socketResumed() {
        resumedSockets.incrementAndGet();
    }

    /**
     * @return how many caller peer connections exist (created and not yet released)
     */
    public int callerPeers() {
        return callerPeers.get();
    }

    /**
     * @return the durations from receiving an invite to sending its answer, in milliseconds, of the last (at most
     *         1024) answered invites
     */
    public synchronized double[] answerTimesMillis() {
        int kept = (int) Math.min(answers, answerNanos.length);
        double[] millis = new double[kept];
        for (int i = 0; i < kept; i++) {
            millis[i] = answerNanos[(int) ((answers - kept + i) % answerNanos.length)] / 1e6;
        }
        return millis;
    }

    /**
     * Ends every call (media released, the engine told, sockets closed) and stops the threads, waiting at most the
     * close timeout for each.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        refused.forEach(RefusedCall::shutdown);
        Set<CallSession> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(sessions.values());
        all.addAll(monitorSessions.values());
        all.addAll(persistentSessions);
        List<CompletableFuture<Void>> ending = new ArrayList<>();
        all.forEach(session -> ending.add(session.shutdown("sandbox closed")));
        try {
            CompletableFuture.allOf(ending.toArray(CompletableFuture[]::new))
                    .get(timeouts.close().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.log(Level.WARNING, "calls did not end within {0} ms", timeouts.close().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop(media);
        stop(signaling);
    }

    private void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeouts.close().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                LOG.log(Level.WARNING, "signaling threads did not stop within {0} ms", timeouts.close().toMillis());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // ---- the WebSocket upgrade, on Jetty's threads

    private Object upgrade(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        if (closed.get()) {
            Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503);
            return null;
        }
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return null;
        }
        String callId = query.getValue("callId");
        String contactCtx = query.getValue("contactCtx");
        String token = query.getValue("clientToken");
        if (callId == null || callId.isBlank() || (contactCtx == null) == (token == null)) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return null;
        }
        if (token != null) {
            CallSession session = sessions.get(callId);
            if (session == null || !session.acceptsClientToken(token)) {
                // a persistent connection is resumed whichever contact it serves; a supervisor's by its token
                session = Stream.concat(persistentSessions.stream(), monitorSessions.values().stream())
                        .filter(s -> s.acceptsClientToken(token)).findFirst().orElse(null);
            }
            if (session == null) {
                LOG.log(Level.DEBUG, "call {0}: reconnect refused", callId);
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return null;
            }
            return session.reconnectSocket();
        }
        Optional<MediaCall> call = find(callId, contactCtx);
        if (call.isEmpty()) {
            return refusedSocket(404, "Call Not Found");
        }
        CallSession session = new CallSession(this, call.get(), callId);
        if (!register(callId, call.get(), session)) {
            return refusedSocket(409, "Conflict: the call already has a signaling session");
        }
        return session.start();
    }

    Optional<MediaCall> find(String callId, String contactCtx) {
        try {
            return calls.find(callId, contactCtx);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call " + callId + ": finding the call failed", e);
            return Optional.empty();
        }
    }

    private SignalingSocket refusedSocket(int code, String message) {
        return new SignalingSocket(new RefusedCall(code, message, signaling, timeouts.inviteWait().toMillis(),
                refused), timeouts.idle());
    }

    // ---- for the sessions

    SignalingTimeouts timeouts() {
        return timeouts;
    }

    Executor signalingPool() {
        return signaling;
    }

    ScheduledExecutorService timer() {
        return signaling;
    }

    CallerPeer newCallerPeer(String contactId) {
        callerPeers.incrementAndGet();
        return new CallerPeer(contactId, ice.toRtcConfiguration(), media, signaling, clock);
    }

    CallerPeer newMonitorPeer(String monitoringConnectionId) {
        callerPeers.incrementAndGet();
        return new CallerPeer(monitoringConnectionId, ice.toRtcConfiguration(), media, signaling, clock, true);
    }

    /**
     * @return the caller's peer of the agent's session of a contact, if it has one
     */
    Optional<CallerPeer> agentPeer(String contactId) {
        CallSession session = sessions.get(contactId);
        return session == null ? Optional.empty() : session.peer();
    }

    CompletableFuture<Void> release(CallerPeer peer) {
        return peer.close().whenComplete((ignored, failure) -> callerPeers.decrementAndGet());
    }

    String newClientToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    synchronized void answerSent(long nanos) {
        answerNanos[(int) (answers % answerNanos.length)] = nanos;
        answers++;
    }

    boolean servesPersistentConnections() {
        return persistentConnections;
    }

    void persistentConnectionOpened(CallSession session) {
        persistentSessions.add(session);
    }

    /**
     * Registers the session of a contact's agent connection (a persistent connection's socket is then found under
     * that contact id too). A session of the same contact for another agent connection is stale (the contact was
     * missed and offered again; the engine only finds the current connection) and gives way: it ends on its own.
     *
     * @return false when the agent connection already has a session (or the entry kept changing under a race)
     */
    boolean register(String contactId, MediaCall call, CallSession session) {
        if (call.monitoring()) {
            return monitorSessions.putIfAbsent(call.agentConnectionId(), session) == null;
        }
        return register(contactId, call.agentConnectionId(), session);
    }

    private boolean register(String contactId, String agentConnectionId, CallSession session) {
        for (int attempt = 0; attempt < 3; attempt++) {
            CallSession existing = sessions.putIfAbsent(contactId, session);
            if (existing == null) {
                return true;
            }
            if (!existing.servesAnotherLegOf(contactId, agentConnectionId)) {
                return false;
            }
            if (sessions.replace(contactId, existing, session)) {
                return true;
            }
        }
        return false;
    }

    void unregister(String contactId, CallSession session) {
        sessions.remove(contactId, session);
    }

    void sessionEnded(CallSession session) {
        sessions.values().removeIf(value -> value == session);
        monitorSessions.values().removeIf(value -> value == session);
        persistentSessions.remove(session);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
