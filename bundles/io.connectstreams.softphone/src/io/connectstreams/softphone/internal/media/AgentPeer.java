/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.media;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.log.Logger;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCSignalingState;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;

/**
 * The agent's WebRTC peer connection (the offerer, as connect-rtc's is), with its microphone track and a meter on
 * the caller's track. It may serve several calls: a persistent peer connection attaches one contact after another,
 * and a connection whose call failed before the answer was applied is reused for the next call (webrtc-java 0.14.0
 * never frees a closed peer connection's native part, about 0.3 MB each).
 * <p>
 * Every method runs on the softphone's session thread, which is also the executor given here; WebRTC's callbacks
 * arrive on native threads and only queue work on it, so they never block. Futures complete on native threads:
 * continue them with {@code ...Async(..., executor)}.
 */
public final class AgentPeer {

    /** What the owner of the connection learns. */
    public interface Listener {

        /**
         * @param peer the connection
         * @param state its new state (on the session thread)
         */
        void connectionChanged(AgentPeer peer, RTCPeerConnectionState state);
    }

    /**
     * A local ICE candidate in connect-rtc's JSON form.
     *
     * @param candidate {@code candidate:...}
     * @param sdpMid the media id
     * @param sdpMLineIndex the m-line index
     */
    public record Candidate(String candidate, String sdpMid, int sdpMLineIndex) {
    }

    private static final Duration CLOSED_WAIT = Duration.ofSeconds(2);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String label;
    private final String configKey;
    private final ScheduledExecutorService executor;
    private final Logger logger;
    private final RTCPeerConnection connection;
    private final AudioTrack microphone;
    private final RTCRtpSender sender;
    private final ReceivedAudioMeter meter = new ReceivedAudioMeter();
    private final CountDownLatch closedReported = new CountDownLatch(1);
    private volatile RTCPeerConnectionState state = RTCPeerConnectionState.NEW;

    // owned by the session thread
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Set<Integer>> foundations = new HashMap<>();
    private int mLines = 1;
    private boolean gatheringComplete;
    private CompletableFuture<List<Candidate>> collecting;
    private ScheduledFuture<?> collectionTimeout;
    private AudioTrack remoteTrack;
    private boolean remoteApplied;
    private boolean closed;
    private Listener listener;

    private AgentPeer(AudioStack stack, RTCConfiguration configuration, String configKey, boolean echoCancellation,
            ScheduledExecutorService executor, Logger logger) throws MediaFailure {
        this.label = "peer-" + COUNT.incrementAndGet();
        this.configKey = configKey;
        this.executor = executor;
        this.logger = logger;
        RTCPeerConnection created = null;
        AudioTrack track = null;
        try {
            created = stack.createPeerConnection(configuration, new Observer());
            track = stack.createMicrophoneTrack("mic-" + label, echoCancellation);
            sender = created.addTrack(track, List.of("agent"));
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            if (created != null) {
                created.close();
            }
            throw new MediaFailure("peer connection not created");
        }
        connection = created;
        microphone = track;
    }

    /**
     * Creates a peer connection with a microphone track.
     *
     * @param stack the WebRTC stack
     * @param configuration ICE servers and policies
     * @param configKey identifies the configuration (reuse needs the same)
     * @param echoCancellation whether the microphone cancels echo
     * @param executor the session thread
     * @param logger where to log
     * @return the connection
     * @throws MediaFailure when WebRTC refuses
     */
    public static AgentPeer open(AudioStack stack, RTCConfiguration configuration, String configKey,
            boolean echoCancellation, ScheduledExecutorService executor, Logger logger) throws MediaFailure {
        return new AgentPeer(stack, configuration, configKey, echoCancellation, executor, logger);
    }

    /**
     * @return how many peer connections this process has opened
     */
    public static int opened() {
        return COUNT.get();
    }

    /**
     * @param value who learns about state changes from now on
     */
    public void listener(Listener value) {
        listener = value;
    }

    /**
     * @return the configuration key it was created with
     */
    public String configKey() {
        return configKey;
    }

    /**
     * @return the meter on the caller's audio
     */
    public ReceivedAudioMeter meter() {
        return meter;
    }

    /**
     * @return the connection state WebRTC reported last
     */
    public RTCPeerConnectionState state() {
        return state;
    }

    /**
     * @return whether another call may use it: never connected to a far end, candidates gathered, not closed
     */
    public boolean isReusable() {
        return !closed && !remoteApplied && !candidates.isEmpty() && state != RTCPeerConnectionState.FAILED;
    }

    /**
     * @return an offer (not applied)
     */
    public CompletableFuture<String> createOffer() {
        CompletableFuture<String> offer = new CompletableFuture<>();
        try {
            connection.createOffer(new RTCOfferOptions(), new CreateSessionDescriptionObserver() {
                @Override
                public void onSuccess(RTCSessionDescription description) {
                    offer.complete(description.sdp);
                }

                @Override
                public void onFailure(String error) {
                    offer.completeExceptionally(new MediaFailure("the offer was not created"));
                }
            });
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            offer.completeExceptionally(new MediaFailure("the offer was not created"));
        }
        return offer;
    }

    /**
     * @param sdp the (munged) offer
     * @return completes when applied; candidates are gathered from then on
     */
    public CompletableFuture<Void> setLocalOffer(String sdp) {
        mLines = Math.max(1, countMediaLines(sdp));
        return apply(sdp, RTCSdpType.OFFER, true);
    }

    /**
     * Collects local candidates as connect-rtc does: done early once one component-1 candidate foundation covers
     * every m-line (one server reaches everything), or when gathering completes, or when the timeout passes. A
     * reused connection answers at once with the candidates it gathered before.
     *
     * @param timeout the longest wait (connect-rtc: 8 s)
     * @return the candidates, possibly none
     */
    public CompletableFuture<List<Candidate>> collectCandidates(Duration timeout) {
        if (gatheringComplete || coversEveryMediaLine()) {
            return CompletableFuture.completedFuture(List.copyOf(candidates));
        }
        collecting = new CompletableFuture<>();
        try {
            collectionTimeout = executor.schedule(this::finishCollection, timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            finishCollection();
        }
        return collecting;
    }

    /**
     * Applies the far end's answer and candidates.
     *
     * @param sdp the answer
     * @param remote its candidates
     * @return completes on the session thread when applied
     */
    public CompletableFuture<Void> applyAnswer(String sdp, List<Candidate> remote) {
        return apply(sdp, RTCSdpType.ANSWER, false).thenRunAsync(() -> {
            remoteApplied = true;
            for (Candidate candidate : remote) {
                addRemoteCandidate(candidate);
            }
        }, executor);
    }

    /**
     * @param on whether the microphone track sends (a disabled track sends digital silence)
     */
    public void setSending(boolean on) {
        if (!closed) {
            quietly(on ? "enable the microphone" : "disable the microphone", () -> microphone.setEnabled(on));
        }
    }

    /**
     * @return the statistics report
     */
    public CompletableFuture<RTCStatsReport> stats() {
        CompletableFuture<RTCStatsReport> report = new CompletableFuture<>();
        if (closed) {
            report.completeExceptionally(new MediaFailure("closed"));
            return report;
        }
        try {
            connection.getStats(report::complete);
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            report.completeExceptionally(new MediaFailure("statistics unavailable"));
        }
        return report;
    }

    /**
     * Closes in the order that releases webrtc-java 0.14.0's objects cleanly: remove the sink, remove the track from
     * the connection, close, wait (at most 2 s) for the closed state, dispose the microphone track once. The
     * connection's native part is never freed by 0.14.0.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (collecting != null) {
            finishCollection();
        }
        quietly("remove sink", () -> {
            if (remoteTrack != null) {
                remoteTrack.removeSink(meter);
            }
        });
        quietly("remove track", () -> connection.removeTrack(sender));
        quietly("close", connection::close);
        try {
            if (!closedReported.await(CLOSED_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                logger.debug("{}: no closed state reported", label);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // once only: 0.14.0 decrements the native count even when dispose throws
        quietly("dispose track", microphone::dispose);
    }

    private CompletableFuture<Void> apply(String sdp, RTCSdpType type, boolean local) {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        SetSessionDescriptionObserver observer = new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                applied.complete(null);
            }

            @Override
            public void onFailure(String error) {
                applied.completeExceptionally(new MediaFailure(local ? "the local description was refused"
                        : "the remote description was refused"));
            }
        };
        try {
            RTCSessionDescription description = new RTCSessionDescription(type, sdp);
            if (local) {
                connection.setLocalDescription(description, observer);
            } else {
                connection.setRemoteDescription(description, observer);
            }
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            applied.completeExceptionally(new MediaFailure(local ? "the local description was refused"
                    : "the remote description was refused"));
        }
        return applied;
    }

    private void addRemoteCandidate(Candidate candidate) {
        if (candidate.candidate() == null || candidate.candidate().isBlank()) {
            return;
        }
        // a null sdpMid crashes 0.14.0's JNI
        quietly("add a remote candidate", () -> connection.addIceCandidate(new RTCIceCandidate(
                candidate.sdpMid() == null ? "" : candidate.sdpMid(), candidate.sdpMLineIndex(),
                candidate.candidate())));
    }

    private void candidateGathered(Candidate candidate) {
        candidates.add(candidate);
        String[] fields = candidate.candidate().split(" ");
        if (fields.length > 1 && "1".equals(fields[1]) && fields[0].startsWith("candidate:")) {
            foundations.computeIfAbsent(fields[0].substring("candidate:".length()), key -> new HashSet<>())
                    .add(candidate.sdpMLineIndex());
        }
        if (collecting != null && coversEveryMediaLine()) {
            finishCollection();
        }
    }

    private boolean coversEveryMediaLine() {
        return foundations.values().stream().anyMatch(lines -> lines.size() >= mLines);
    }

    private void finishCollection() {
        CompletableFuture<List<Candidate>> pending = collecting;
        if (pending == null) {
            return;
        }
        collecting = null;
        if (collectionTimeout != null) {
            collectionTimeout.cancel(false);
            collectionTimeout = null;
        }
        pending.complete(List.copyOf(candidates));
    }

    private void trackArrived(RTCRtpTransceiver transceiver) {
        if (closed || remoteTrack != null) {
            return;
        }
        try {
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            if (track instanceof AudioTrack audio) {
                remoteTrack = audio;
                audio.addSink(meter);
            }
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            logger.debug("{}: the caller's track cannot be measured: {}", label, e.toString());
        }
    }

    private void post(Runnable step) {
        try {
            executor.execute(step);
        } catch (RejectedExecutionException e) {
            // the softphone is stopping: nothing is waiting for this step any more
        }
    }

    private void quietly(String step, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            logger.debug("{}: {} failed: {}", label, step, e.toString());
        }
    }

    private static int countMediaLines(String sdp) {
        int count = 0;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                count++;
            }
        }
        return count;
    }

    static void rethrowFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    @Override
    public String toString() {
        return label;
    }

    /** WebRTC's callbacks on its native threads: record a value or queue a step, never block. */
    private final class Observer implements PeerConnectionObserver {

        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            Candidate gathered = new Candidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex);
            post(() -> candidateGathered(gathered));
        }

        @Override
        public void onIceGatheringChange(RTCIceGatheringState gathering) {
            if (gathering == RTCIceGatheringState.COMPLETE) {
                post(() -> {
                    gatheringComplete = true;
                    finishCollection();
                });
            }
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            post(() -> trackArrived(transceiver));
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState newState) {
            state = newState;
            if (newState == RTCPeerConnectionState.CLOSED) {
                closedReported.countDown();
                return;
            }
            post(() -> {
                Listener current = listener;
                if (current != null && !closed) {
                    current.connectionChanged(AgentPeer.this, newState);
                }
            });
        }

        @Override
        public void onSignalingChange(RTCSignalingState signaling) {
            if (signaling == RTCSignalingState.CLOSED) {
                closedReported.countDown();
            }
        }
    }
}
