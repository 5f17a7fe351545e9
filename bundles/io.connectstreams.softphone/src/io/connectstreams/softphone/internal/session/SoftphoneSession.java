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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.osgi.service.log.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.onvoid.webrtc.RTCPeerConnectionState;
import io.connectstreams.api.Contact;
import io.connectstreams.api.softphone.AudioModule;
import io.connectstreams.api.softphone.MicrophoneCheck;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.api.softphone.SoftphoneStats;
import io.connectstreams.softphone.internal.media.AgentPeer;
import io.connectstreams.softphone.internal.media.MediaFailure;
import io.connectstreams.softphone.internal.media.RtpStatsSampler;
import io.connectstreams.softphone.internal.media.SdpMunger;
import io.connectstreams.softphone.internal.signaling.CallConfig;
import io.connectstreams.softphone.internal.signaling.Json;
import io.connectstreams.softphone.internal.signaling.SignalingChannel;
import io.connectstreams.softphone.internal.signaling.SignalingEndpoints;
import io.connectstreams.softphone.internal.signaling.SignalingError;

/**
 * The softphone session of one agent connection: connect-rtc's {@code RtcSession} state machine.
 * <p>
 * A call without a kept peer connection goes {@code GRAB_LOCAL_MEDIA} (microphone check), {@code CREATE_OFFER},
 * {@code SET_LOCAL_SESSION_DESCRIPTION} (connect-rtc's SDP changes), {@code CONNECT_SIGNALING_AND_ICE_COLLECTION}
 * (in parallel; ICE done early as connect-rtc does, at most 8 s), {@code INVITE_ANSWER} (5 s), {@code ACCEPT},
 * {@code TALKING}. When the invite's answer carries a persistent peer connection, peer and signaling outlive the
 * call; the next call goes {@code GRAB_LOCAL_MEDIA}, {@code CONNECT_CONTACT} ({@code connectContact}),
 * {@code TALKING}. Every session ends {@code CLEAN_UP} then {@code DISCONNECTED} or {@code FAILED} with a
 * {@link SoftphoneFailureReason}, mapped to Streams' softphone error.
 * <p>
 * A session ended locally before talking (the contact was missed, rejected, re-routed or destroyed) ends
 * {@code DISCONNECTED} without an error: connect-rtc would report it as a failure.
 * <p>
 * Confined to the session thread: every step and every continuation runs there ({@code ...Async(..., executor)}).
 */
public final class SoftphoneSession implements ResumableSignaling.Owner, AgentPeer.Listener {

    private final SessionHost host;
    private final PeerPool pool;
    private final Telemetry telemetry;
    private final Logger logger;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final SessionTimings timings;
    private final String contactId;
    private final String agentConnectionId;
    private final Contact contact;
    private final CallConfig config;
    private final String callContextToken;
    private final boolean autoAccept;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private final SessionReport report = new SessionReport();
    private final CallStatistics statistics = new CallStatistics();
    private final RtpStatsSampler sampler = new RtpStatsSampler();

    private SoftphoneSessionState state;
    private SoftphoneFailureReason failure;
    private AgentPeer peer;
    private ResumableSignaling signaling;
    private PersistentConnection persistent;
    private String offer;
    private List<AgentPeer.Candidate> localCandidates;
    private boolean invited;
    private boolean localMedia;
    private boolean peerBroken;
    private boolean finishing;
    private boolean attachedAtServer;
    private long talkingNanos;
    private ScheduledFuture<?> sampling;
    private ScheduledFuture<?> publishing;

    SoftphoneSession(SessionHost host, PeerPool pool, Telemetry telemetry, Logger logger,
            ScheduledExecutorService executor, Clock clock, SessionTimings timings, Contact contact,
            String agentConnectionId, CallConfig config, String callContextToken, boolean autoAccept) {
        this.host = host;
        this.pool = pool;
        this.telemetry = telemetry;
        this.logger = logger;
        this.executor = executor;
        this.clock = clock;
        this.timings = timings;
        this.contact = contact;
        this.contactId = contact.getContactId();
        this.agentConnectionId = agentConnectionId;
        this.config = config;
        this.callContextToken = callContextToken;
        this.autoAccept = autoAccept;
        this.startedAt = clock.instant();
    }

    /**
     * @return the contact
     */
    public String contactId() {
        return contactId;
    }

    /**
     * @return the agent connection
     */
    public String agentConnectionId() {
        return agentConnectionId;
    }

    /**
     * @return the state
     */
    public SoftphoneSessionState state() {
        return state;
    }

    /**
     * @return the outside view
     */
    public SoftphoneSessionInfo info() {
        return new SoftphoneSessionInfo(contactId, agentConnectionId, state, failure, startedAt);
    }

    /**
     * @return the peer connection carrying the call, while there is one
     */
    public Optional<AgentPeer> peer() {
        return Optional.ofNullable(peer);
    }

    boolean isOver() {
        return state == SoftphoneSessionState.CLEAN_UP || isEnded();
    }

    private boolean isEnded() {
        return state != null && state.isFinal();
    }

    boolean isTalking() {
        return state == SoftphoneSessionState.TALKING;
    }

    /** Starts: microphone check, then a kept peer connection or a new offer. */
    void start() {
        report.start = startedAt;
        telemetry.metric(Telemetry.CONNECTING, contactId, Map.of());
        telemetry.sessionInit(agentConnectionId);
        if (!config.signalingEndpointAllowed()) {
            // refused before anything is opened: the socket would carry the call context token in the clear
            report.signallingConnectionFailure = true;
            fail(SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE, SignalingEndpoints.RULE,
                    config.endpointForLogs());
            return;
        }
        enter(SoftphoneSessionState.GRAB_LOCAL_MEDIA);
        long gumStart = System.nanoTime();
        MicrophoneCheck check;
        try {
            check = host.checkMicrophone();
        } catch (IllegalStateException e) {
            check = new MicrophoneCheck(false, null, null, e.getMessage());
        }
        report.gumMillis = SessionReport.millisSince(gumStart);
        telemetry.metric(Telemetry.CONNECTIVITY_CHECK, contactId, Map.of("connectivityCheckType",
                "MicrophonePermission", "status", check.available() ? "granted" : "denied"));
        if (!check.available()) {
            report.gumOtherFailure = true;
            fail(SoftphoneFailureReason.GUM_OTHER_FAILURE, "no microphone: " + check.detail(), null);
            return;
        }
        telemetry.metric(Telemetry.MIC_CHECK_SUCCEEDED, contactId, Map.of());
        localMedia = true;
        host.localMediaStarted(this);
        telemetry.localMediaStreamCreated(agentConnectionId);
        // a configuration that rules persistent connections out (a supervisor's) gets a peer of its own
        Optional<PersistentConnection> kept = config.persistentConnection() ? pool.idleConnection(config)
                : Optional.empty();
        if (kept.isPresent()) {
            connectContact(kept.get());
        } else {
            createOffer();
        }
    }

    // ---- a call on its own peer connection

    private void createOffer() {
        enter(SoftphoneSessionState.CREATE_OFFER);
        long stepStart = System.nanoTime();
        Optional<AgentPeer> pooled = pool.take(config);
        if (pooled.isPresent()) {
            peer = pooled.get();
        } else {
            try {
                peer = AgentPeer.open(host.stack(), config.rtcConfiguration(), config.mediaKey(),
                        host.echoCancellation(), executor, logger);
            } catch (MediaFailure e) {
                report.createOfferFailure = true;
                fail(SoftphoneFailureReason.CREATE_OFFER_FAILURE, e.getMessage(), null);
                return;
            } catch (IllegalStateException e) {
                report.createOfferFailure = true;
                fail(SoftphoneFailureReason.CREATE_OFFER_FAILURE, e.getMessage(), null);
                return;
            }
        }
        peer.listener(this);
        peer.setSending(true);
        then(peer.createOffer(), (sdp, failed) -> {
            if (failed != null) {
                report.createOfferFailure = true;
                fail(SoftphoneFailureReason.CREATE_OFFER_FAILURE, message(failed), null);
            } else {
                setLocalDescription(sdp, stepStart);
            }
        });
    }

    private void setLocalDescription(String sdp, long stepStart) {
        enter(SoftphoneSessionState.SET_LOCAL_SESSION_DESCRIPTION);
        String munged = SdpMunger.munge(sdp);
        then(peer.setLocalOffer(munged), (ignored, failed) -> {
            if (failed != null) {
                report.setLocalDescriptionFailure = true;
                fail(SoftphoneFailureReason.SET_LOCAL_DESCRIPTION_FAILURE, message(failed), null);
                return;
            }
            report.initializationMillis = SessionReport.millisSince(stepStart);
            offer = munged;
            connectAndCollect();
        });
    }

    private void connectAndCollect() {
        enter(SoftphoneSessionState.CONNECT_SIGNALING_AND_ICE_COLLECTION);
        long stepStart = System.nanoTime();
        then(peer.collectCandidates(timings.iceCollection()), (candidates, failed) -> {
            report.iceCollectionMillis = SessionReport.millisSince(stepStart);
            if (failed != null || candidates.isEmpty()) {
                report.iceCollectionFailure = true;
                fail(SoftphoneFailureReason.ICE_COLLECTION_TIMEOUT, "no ICE candidate within "
                        + timings.iceCollection().toMillis() + " ms", config.iceUrlsForLogs());
                return;
            }
            localCandidates = candidates;
            inviteWhenReady();
        });
        ResumableSignaling.open(host::http, config, contactId, callContextToken, this, executor, timings, logger)
                .whenCompleteAsync((opened, failed) -> {
                    if (isOver()) {
                        if (opened != null) {
                            opened.close();
                        }
                        return;
                    }
                    report.signallingConnectMillis = SessionReport.millisSince(stepStart);
                    if (failed != null) {
                        signalingFailed(failed);
                        return;
                    }
                    signaling = opened;
                    opened.start();
                    inviteWhenReady();
                }, executor);
    }

    private void inviteWhenReady() {
        if (invited || signaling == null || localCandidates == null) {
            return;
        }
        invited = true;
        enter(SoftphoneSessionState.INVITE_ANSWER);
        JsonObject params = new JsonObject();
        params.addProperty("sdp", offer);
        JsonArray candidates = new JsonArray();
        for (AgentPeer.Candidate candidate : localCandidates) {
            JsonObject json = new JsonObject();
            json.addProperty("candidate", candidate.candidate());
            json.addProperty("sdpMid", candidate.sdpMid());
            json.addProperty("sdpMLineIndex", candidate.sdpMLineIndex());
            candidates.add(json);
        }
        params.add("candidates", candidates);
        params.addProperty("callContextToken", callContextToken);
        boolean askPersistent = host.persistentConnectionsWanted() && config.persistentConnection();
        if (askPersistent) {
            params.addProperty("contactId", contactId);
            params.addProperty("persistentConnection", true);
        }
        long stepStart = System.nanoTime();
        then(signaling.request("invite", params, timings.answer()), (answer, failed) -> {
            if (failed != null) {
                signalingFailed(failed);
            } else {
                accept(answer, askPersistent, stepStart);
            }
        });
    }

    private void accept(JsonObject answer, boolean askedPersistent, long stepStart) {
        enter(SoftphoneSessionState.ACCEPT);
        String sdp = Json.string(answer, "sdp");
        if (sdp == null || sdp.isBlank()) {
            report.invalidRemoteSdpFailure = true;
            fail(SoftphoneFailureReason.INVALID_REMOTE_SDP, "the answer has no SDP", config.endpointForLogs());
            return;
        }
        List<AgentPeer.Candidate> remote = candidates(answer.get("candidates"));
        if (remote.isEmpty()) {
            report.noRemoteIceCandidateFailure = true;
            fail(SoftphoneFailureReason.NO_REMOTE_ICE_CANDIDATE, "the answer has no ICE candidate",
                    config.endpointForLogs());
            return;
        }
        String peerConnectionId = askedPersistent ? Json.string(answer, "peerConnectionId") : null;
        String peerConnectionToken = askedPersistent ? Json.string(answer, "peerConnectionToken") : null;
        then(peer.applyAnswer(sdp, remote), (ignored, failed) -> {
            if (failed != null) {
                report.setRemoteDescriptionFailure = true;
                fail(SoftphoneFailureReason.SET_REMOTE_DESCRIPTION_FAILURE, message(failed), null);
                return;
            }
            report.handshakingMillis = SessionReport.millisSince(stepStart);
            JsonObject params = new JsonObject();
            if (peerConnectionId != null && peerConnectionToken != null) {
                params.addProperty("contactId", contactId);
                params.addProperty("persistentConnection", true);
                params.addProperty("peerConnectionId", peerConnectionId);
                params.addProperty("peerConnectionToken", peerConnectionToken);
                persistent = pool.keep(this, config, peer, signaling, peerConnectionId, peerConnectionToken);
                attachedAtServer = true;
            }
            // connect-rtc sends accept and talks at once; only an error answer matters
            signaling.request("accept", params, timings.answer()).whenCompleteAsync((result, refused) -> {
                Throwable cause = refused == null ? null : unwrap(refused);
                if (cause instanceof SignalingError error && error.kind() == SignalingError.Kind.ERROR_RESPONSE
                        && !isOver()) {
                    report.handshakingFailure = true;
                    fail(SoftphoneFailureReason.SIGNALLING_HANDSHAKE_FAILURE, "accept refused: " + error.getMessage(),
                            config.endpointForLogs());
                }
            }, executor);
            talking();
        });
    }

    // ---- a call on the kept (persistent) peer connection

    private void connectContact(PersistentConnection kept) {
        enter(SoftphoneSessionState.CONNECT_CONTACT);
        persistent = kept;
        peer = kept.peer();
        signaling = kept.signaling();
        kept.attach(this);
        long stepStart = System.nanoTime();
        JsonObject params = kept.ids(contactId);
        params.addProperty("persistentConnection", true);
        params.addProperty("callContextToken", callContextToken);
        attachedAtServer = true; // until the server refuses: a hang-up meanwhile must detach the contact there
        signaling.request("connectContact", params, timings.answer()).whenCompleteAsync((result, failed) -> {
            Throwable refusal = failed == null ? null : unwrap(failed);
            if (refusal instanceof SignalingError error && error.kind() == SignalingError.Kind.ERROR_RESPONSE) {
                attachedAtServer = false;
            }
            if (isOver()) {
                return;
            }
            if (failed == null) {
                report.handshakingMillis = SessionReport.millisSince(stepStart);
                peer.meter().reset();
                peer.setSending(true);
                talking();
                return;
            }
            signalingFailed(failed);
        }, executor);
    }

    // ---- talking

    private void talking() {
        enter(SoftphoneSessionState.TALKING);
        talkingNanos = System.nanoTime();
        report.preTalkingMillis = SessionReport.millisSince(startNanos);
        telemetry.metric(Telemetry.CONNECTED, contactId, Map.of());
        try {
            // the first sample is the baseline of the per-second deltas
            sampling = executor.scheduleAtFixedRate(this::sampleStatistics, 0, timings.statsInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            publishing = executor.scheduleAtFixedRate(this::publishStatistics,
                    timings.statsPublication().toMillis(), timings.statsPublication().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            logger.debug("contact {}: no statistics, the softphone stops", contactId);
        }
        if (host.muted() && host.stack().module() == AudioModule.PLATFORM) {
            peer.setSending(false); // the virtual microphone is silenced at its source instead
        }
        if (autoAccept) {
            telemetry.accepted(contact);
        }
    }

    /** Applies the agent's mute to this call's track (the platform module's way). */
    void applyMute(boolean muted) {
        if (isTalking() && peer != null) {
            peer.setSending(!muted);
        }
    }

    private void sampleStatistics() {
        if (!isTalking() || peer == null) {
            return;
        }
        peer.stats().whenCompleteAsync((stats, failed) -> {
            if (failed == null && isTalking()) {
                List<RtpStreamStats> second = sampler.sample(stats, clock.instant());
                statistics.add(second);
                if (!second.isEmpty()) {
                    telemetry.liveStats(new SoftphoneStats(contactId, agentConnectionId, second));
                }
            }
        }, executor);
    }

    private void publishStatistics() {
        List<RtpStreamStats> seconds = statistics.drain();
        if (seconds.isEmpty()) {
            return;
        }
        telemetry.stats(new SoftphoneStats(contactId, agentConnectionId, seconds));
        contact.sendSoftphoneMetrics(seconds).whenComplete((ignored, failed) -> {
            if (failed != null) {
                logger.debug("contact {}: softphone metrics not sent: {}", contactId, message(failed));
            }
        });
    }

    // ---- endings

    /**
     * Hangs up from this side: the contact ended, was destroyed or replaced, or the softphone stops. A talking call
     * sends {@code bye} (or {@code disconnectContact} on a kept peer connection); an unfinished one just stops.
     *
     * @param why for the log
     */
    void hangUp(String why) {
        if (isOver()) {
            return;
        }
        logger.debug("contact {}: hanging up ({})", contactId, why);
        boolean wasTalking = isTalking();
        enter(SoftphoneSessionState.CLEAN_UP);
        if (wasTalking && persistent == null && signaling != null && signaling.isOpen()) {
            JsonObject params = new JsonObject();
            params.addProperty("callContextToken", callContextToken);
            // connect-rtc waits up to 2 s for the answer (or the server's bye), then closes
            signaling.request("bye", params, timings.bye()).whenCompleteAsync(
                    (ignored, failed) -> finish(SoftphoneSessionState.DISCONNECTED), executor);
        } else {
            finish(SoftphoneSessionState.DISCONNECTED);
        }
    }

    /** The server's {@code bye} (answered by the channel): the far end hung up. */
    void remoteHangUp() {
        attachedAtServer = false; // the server detaches the contact on the answer
        if (isOver()) {
            return;
        }
        logger.debug("contact {}: the far end hung up", contactId);
        enter(SoftphoneSessionState.CLEAN_UP);
        finish(SoftphoneSessionState.DISCONNECTED);
    }

    /** The signaling socket is gone for good (no reconnect possible). */
    void signalingLost(String why) {
        if (isOver()) {
            return;
        }
        report.signallingConnectionFailure = true;
        fail(SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE, why, config.endpointForLogs());
    }

    /** A signaling step failed: connect-rtc's reason, the same on a kept peer connection and on the call's own. */
    private void signalingFailed(Throwable failed) {
        SignalingFailure failure = SignalingFailure.of(failed);
        failure.flag().set(report);
        if (failure.connectionBroken()) {
            peerBroken = true; // a kept connection is closed when the call releases it
        }
        fail(failure.reason(), message(failed), config.endpointForLogs());
    }

    /** Continues a step on the session thread, unless the session has ended meanwhile. */
    private <T> void then(CompletableFuture<T> step, BiConsumer<T, Throwable> next) {
        step.whenCompleteAsync((value, failed) -> {
            if (!isOver()) {
                next.accept(value, failed);
            }
        }, executor);
    }

    private void fail(SoftphoneFailureReason reason, String detail, String endpoint) {
        if (isOver()) {
            return;
        }
        failure = reason;
        logger.info("contact {}: softphone session failed in {}: {} ({})", contactId, state, reason.wireValue(),
                detail);
        enter(SoftphoneSessionState.CLEAN_UP);
        reason.errorType().ifPresent(type -> telemetry.error(new SoftphoneError(type, reason.wireValue() + ": "
                + detail, endpoint)));
        finish(SoftphoneSessionState.FAILED);
    }

    /** Releases media and signaling, then reports; a call that talked takes its last statistics first. */
    private void finish(SoftphoneSessionState end) {
        if (isEnded() || finishing) {
            return;
        }
        cancel(sampling);
        cancel(publishing);
        if (talkingNanos != 0 && peer != null) {
            finishing = true;
            Runnable last = () -> {
                if (finishing) {
                    finishing = false;
                    release(end);
                }
            };
            try {
                executor.schedule(last, timings.statsInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                last.run();
                return;
            }
            peer.stats().whenCompleteAsync((stats, failed) -> {
                if (failed == null && finishing) {
                    statistics.add(sampler.sample(stats, clock.instant()));
                }
                last.run();
            }, executor);
            return;
        }
        release(end);
    }

    private void release(SoftphoneSessionState end) {
        if (isEnded()) {
            return;
        }
        long cleanupStart = System.nanoTime();
        if (talkingNanos != 0) {
            report.talkingMillis = SessionReport.millisSince(talkingNanos);
        }
        releaseMedia();
        report.cleanupMillis = SessionReport.millisSince(cleanupStart);
        report.end = clock.instant();
        enter(end);
        if (localMedia) {
            localMedia = false;
            host.localMediaEnded(this);
        }
        if (end == SoftphoneSessionState.FAILED) {
            telemetry.metric(Telemetry.FAILED, contactId, Map.of("failedReason", failure.wireValue()));
        } else {
            telemetry.metric(Telemetry.COMPLETED, contactId, Map.of());
        }
        publishStatistics();
        SoftphoneCallReport callReport = report.toReport(statistics.aggregates(report.end));
        telemetry.report(callReport);
        contact.sendSoftphoneReport(callReport).whenComplete((ignored, failed) -> {
            if (failed != null) {
                logger.debug("contact {}: softphone report not sent: {}", contactId, message(failed));
            }
        });
        host.ended(this);
    }

    private void releaseMedia() {
        if (persistent != null) {
            PersistentConnection kept = persistent;
            persistent = null;
            if (attachedAtServer && kept.signaling().isOpen()) {
                // connect-rtc's hang-up on a persistent connection; nobody waits for the answer
                kept.signaling().request("disconnectContact", kept.ids(contactId), timings.bye());
            }
            if (peerBroken) {
                kept.markBroken();
            }
            kept.detach(this);
        } else {
            if (signaling != null) {
                signaling.close();
            }
            if (peer != null) {
                if (!peerBroken && peer.isReusable()) {
                    pool.release(peer); // never connected: the next call may use it
                } else {
                    peer.close();
                }
            }
        }
        signaling = null;
        peer = null;
    }

    // ---- events

    @Override
    public void remoteBye(String byeContactId) {
        remoteHangUp();
    }

    @Override
    public void request(SignalingChannel.Request request) {
        logger.debug("contact {}: ignored signaling method {}", contactId, request.method());
    }

    @Override
    public boolean resumes() {
        return isTalking(); // connect-rtc resumes a talking call's socket only
    }

    @Override
    public void lost(String why) {
        signalingLost(why);
    }

    @Override
    public void connectionChanged(AgentPeer from, RTCPeerConnectionState newState) {
        if (from != peer || isOver()) {
            return;
        }
        if (newState == RTCPeerConnectionState.FAILED) {
            // the server ends the call; this connection must not carry another one
            peerBroken = true;
            logger.info("contact {}: the media connection failed", contactId);
        }
    }

    private void enter(SoftphoneSessionState next) {
        state = next;
        host.stateChanged(this);
        telemetry.session(info());
    }

    private static void cancel(ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(false);
        }
    }

    private static List<AgentPeer.Candidate> candidates(JsonElement list) {
        List<AgentPeer.Candidate> candidates = new ArrayList<>();
        if (list == null || !list.isJsonArray()) {
            return candidates;
        }
        for (JsonElement element : list.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject candidate = element.getAsJsonObject();
            String line = Json.string(candidate, "candidate");
            if (line == null || line.isBlank()) {
                continue;
            }
            JsonElement index = candidate.get("sdpMLineIndex");
            int mLine = index != null && index.isJsonPrimitive() && index.getAsJsonPrimitive().isNumber()
                    ? index.getAsInt() : 0;
            candidates.add(new AgentPeer.Candidate(line, Json.string(candidate, "sdpMid"), mLine));
        }
        return candidates;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String message(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "SoftphoneSession[" + contactId + ", " + state + "]";
    }
}
