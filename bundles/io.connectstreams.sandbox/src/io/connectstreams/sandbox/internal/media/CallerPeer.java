/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.media;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCSignalingState;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;

/**
 * The caller's end of one call: a WebRTC peer connection in the answerer role that sends the caller's tone and
 * measures what the agent sends ({@link LevelMeter}). A persistent peer connection serves several contacts one after
 * another: {@link #measureAnew()} starts a fresh measurement for each, {@link #sending(boolean)} pauses the tone
 * between them.
 * <p>
 * Every step runs on the call's own {@link SerialExecutor}; WebRTC's callbacks arrive on native threads and only
 * record a value or queue the next step, so they never block. {@link #close()} follows the order that releases
 * webrtc-java 0.14.0's objects cleanly: remove the sink, remove the track from the connection, close the
 * connection, wait for it to report closed, dispose the local track once. 0.14.0 never frees a closed peer
 * connection's native part (about 0.3 MB per call, fixed upstream after 0.14.0).
 */
public final class CallerPeer {

    private static final System.Logger LOG = System.getLogger(CallerPeer.class.getName());
    private static final Duration CLOSED_WAIT = Duration.ofSeconds(2);

    private final String label;
    private final RTCConfiguration configuration;
    private final SerialExecutor steps;
    private final ScheduledExecutorService timer;
    private final MeterSwitch meter;
    private final boolean monitoring;
    private final FrameQueue heard = new FrameQueue();
    private final List<IceCandidate> localCandidates = new ArrayList<>();
    private final CompletableFuture<Void> gatheringComplete = new CompletableFuture<>();
    private final CountDownLatch closedReported = new CountDownLatch(1);
    private final CompletableFuture<LocalAnswer> answer = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    // owned by the steps executor
    private RTCPeerConnection connection;
    private AudioTrack microphone;
    private RTCRtpSender sender;
    private AudioTrack remoteTrack;
    private RTCSessionDescription localDescription;
    private boolean started;
    private boolean closing;

    private volatile RTCPeerConnectionState state = RTCPeerConnectionState.NEW;

    /**
     * @param label names the call in logs (the contact id)
     * @param configuration ICE servers and policies
     * @param pool the media threads
     * @param timer runs the bounded waits
     * @param clock stamps the measured frames
     */
    public CallerPeer(String label, RTCConfiguration configuration, Executor pool, ScheduledExecutorService timer,
            Clock clock) {
        this(label, configuration, pool, timer, clock, false);
    }

    /**
     * @param label names the call in logs (the contact id, or the monitoring connection id)
     * @param configuration ICE servers and policies
     * @param pool the media threads
     * @param timer runs the bounded waits
     * @param clock stamps the measured frames
     * @param monitoring whether the peer serves a supervisor's monitoring connection (on
     *            {@link CallerAudioEngine#monitors()}) rather than an agent's connection
     */
    public CallerPeer(String label, RTCConfiguration configuration, Executor pool, ScheduledExecutorService timer,
            Clock clock, boolean monitoring) {
        this.monitoring = monitoring;
        this.label = Objects.requireNonNull(label, "label");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.steps = new SerialExecutor(pool, 64); // only executeAlways: a call has a handful of steps
        this.timer = Objects.requireNonNull(timer, "timer");
        this.meter = new MeterSwitch(clock);
    }

    /**
     * Applies the softphone's offer and its candidates, creates the answer and gathers the caller's candidates,
     * until gathering completes or {@code gatheringTimeout} passes.
     *
     * @param offerSdp the offer
     * @param remoteCandidates the softphone's candidates
     * @param gatheringTimeout how long to gather at most
     * @return the answer, or a {@link MediaException}
     */
    public CompletableFuture<LocalAnswer> answer(String offerSdp, List<IceCandidate> remoteCandidates,
            Duration gatheringTimeout) {
        List<IceCandidate> candidates = List.copyOf(remoteCandidates);
        run(() -> start(offerSdp, candidates, gatheringTimeout));
        return answer;
    }

    /**
     * @return the agent's audio as received since the measurement started, empty while none runs
     */
    public Optional<ReceivedAudio> received() {
        return meter.snapshot();
    }

    /**
     * @return the last frames received from the softphone, for mixing them into what another party hears
     */
    public FrameQueue heard() {
        return heard;
    }

    /**
     * Starts measuring the agent's audio afresh, for the contact the peer serves from now on.
     */
    public void measureAnew() {
        meter.restart();
    }

    /**
     * Stops measuring: the peer serves no contact.
     */
    public void stopMeasuring() {
        meter.stop();
    }

    /**
     * Plays or pauses the caller's tone (a paused track sends digital silence).
     *
     * @param on whether the caller is heard
     */
    public void sending(boolean on) {
        run(() -> {
            if (!closing && microphone != null) {
                quietly(on ? "resume tone" : "pause tone", () -> microphone.setEnabled(on));
            }
        });
    }

    /**
     * @return the connection state WebRTC reported last
     */
    public RTCPeerConnectionState state() {
        return state;
    }

    /**
     * Stops the media and releases the peer connection; later calls return the same future.
     *
     * @return completes when released
     */
    public CompletableFuture<Void> close() {
        run(this::shutdown);
        return closed;
    }

    private void run(Runnable step) {
        try {
            steps.executeAlways(step);
        } catch (RejectedExecutionException e) {
            fail(MediaException.Kind.FAILED, "media executor unavailable");
            closed.complete(null);
        }
    }

    private void start(String offerSdp, List<IceCandidate> remoteCandidates, Duration gatheringTimeout) {
        if (closing || started) {
            return;
        }
        started = true;
        try {
            connection = engine().createPeerConnection(configuration, new Observer());
        } catch (MediaException e) {
            answer.completeExceptionally(e);
            return;
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            fail(MediaException.Kind.FAILED, "peer connection not created: " + e.getMessage());
            return;
        }
        try {
            connection.setRemoteDescription(new RTCSessionDescription(RTCSdpType.OFFER, offerSdp),
                    new SetSessionDescriptionObserver() {
                        @Override
                        public void onSuccess() {
                            run(() -> offerApplied(remoteCandidates, gatheringTimeout));
                        }

                        @Override
                        public void onFailure(String error) {
                            fail(MediaException.Kind.INVALID_OFFER, "offer rejected: " + error);
                        }
                    });
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            fail(MediaException.Kind.INVALID_OFFER, "offer rejected: " + e.getMessage());
        }
    }

    private void offerApplied(List<IceCandidate> remoteCandidates, Duration gatheringTimeout) {
        if (closing) {
            return;
        }
        for (IceCandidate candidate : remoteCandidates) {
            addRemoteCandidate(candidate);
        }
        try {
            microphone = engine().createMicrophoneTrack("caller-" + label);
            sender = connection.addTrack(microphone, List.of("caller"));
        } catch (MediaException e) {
            answer.completeExceptionally(e);
            return;
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            fail(MediaException.Kind.FAILED, "caller track not added: " + e.getMessage());
            return;
        }
        connection.createAnswer(new RTCAnswerOptions(), new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                run(() -> setLocal(description, gatheringTimeout));
            }

            @Override
            public void onFailure(String error) {
                fail(MediaException.Kind.FAILED, "answer not created: " + error);
            }
        });
    }

    private void addRemoteCandidate(IceCandidate candidate) {
        if (candidate.candidate() == null || candidate.candidate().isBlank()) {
            return; // the end-of-candidates marker
        }
        try {
            connection.addIceCandidate(new RTCIceCandidate(candidate.sdpMid() == null ? "" : candidate.sdpMid(),
                    candidate.sdpMLineIndex(), candidate.candidate()));
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            // one bad candidate must not fail the call: ICE uses the others
            LOG.log(Level.DEBUG, "call {0}: remote candidate ignored: {1}", label, e.getMessage());
        }
    }

    private void setLocal(RTCSessionDescription description, Duration gatheringTimeout) {
        if (closing) {
            return;
        }
        connection.setLocalDescription(description, new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                run(() -> awaitCandidates(description, gatheringTimeout));
            }

            @Override
            public void onFailure(String error) {
                fail(MediaException.Kind.FAILED, "answer not applied: " + error);
            }
        });
    }

    private void awaitCandidates(RTCSessionDescription description, Duration gatheringTimeout) {
        if (closing) {
            return;
        }
        localDescription = description;
        try {
            timer.schedule(() -> run(this::finishAnswer), gatheringTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            fail(MediaException.Kind.FAILED, "timer unavailable");
            return;
        }
        gatheringComplete.thenRun(() -> run(this::finishAnswer));
    }

    private void finishAnswer() {
        if (closing || answer.isDone()) {
            return;
        }
        List<IceCandidate> candidates;
        synchronized (localCandidates) {
            candidates = List.copyOf(localCandidates);
        }
        if (candidates.isEmpty()) {
            fail(MediaException.Kind.FAILED, "no ICE candidate gathered");
            return;
        }
        answer.complete(new LocalAnswer(localDescription.sdp, candidates));
    }

    private void trackArrived(RTCRtpTransceiver transceiver) {
        if (closing || remoteTrack != null) {
            return;
        }
        MediaStreamTrack track = transceiver.getReceiver().getTrack();
        if (track instanceof AudioTrack audio) {
            remoteTrack = audio;
            remoteTrack.addSink(meter);
            remoteTrack.addSink(heard);
        }
    }

    private CallerAudioEngine engine() throws MediaException {
        return monitoring ? CallerAudioEngine.monitors() : CallerAudioEngine.shared();
    }

    private void shutdown() {
        if (closing) {
            return;
        }
        closing = true;
        answer.completeExceptionally(new MediaException(MediaException.Kind.FAILED, "call ended"));
        if (connection != null) {
            quietly("remove sink", () -> {
                if (remoteTrack != null) {
                    remoteTrack.removeSink(meter);
                    remoteTrack.removeSink(heard);
                }
            });
            quietly("remove track", () -> {
                if (sender != null) {
                    connection.removeTrack(sender);
                }
            });
            quietly("close", connection::close);
            try {
                if (!closedReported.await(CLOSED_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.log(Level.DEBUG, "call {0}: no closed state reported", label);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (microphone != null) {
            // once only: 0.14.0 decrements the native count even when dispose throws
            quietly("dispose track", microphone::dispose);
        }
        closed.complete(null);
    }

    private void quietly(String step, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            rethrowFatal(e);
            LOG.log(Level.DEBUG, "call {0}: {1} failed: {2}", label, step, e.getMessage());
        }
    }

    private void fail(MediaException.Kind kind, String message) {
        if (answer.completeExceptionally(new MediaException(kind, message))) {
            // WebRTC's parse errors quote the offending SDP line: details only at DEBUG
            LOG.log(Level.DEBUG, "call {0}: {1}", label, message);
        }
    }

    private static void rethrowFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /** WebRTC's callbacks, on its native threads: record, or queue a step; never block. */
    private final class Observer implements PeerConnectionObserver {

        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            synchronized (localCandidates) {
                localCandidates.add(new IceCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex));
            }
        }

        @Override
        public void onIceGatheringChange(RTCIceGatheringState gathering) {
            if (gathering == RTCIceGatheringState.COMPLETE) {
                gatheringComplete.complete(null);
            }
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            run(() -> trackArrived(transceiver));
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState newState) {
            state = newState;
            if (newState == RTCPeerConnectionState.CLOSED) {
                closedReported.countDown();
            }
        }

        @Override
        public void onSignalingChange(RTCSignalingState signaling) {
            if (signaling == RTCSignalingState.CLOSED) {
                closedReported.countDown();
            }
        }
    }
}
