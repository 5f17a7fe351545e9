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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import io.connectstreams.sandbox.internal.media.IceCandidate;

/**
 * A plain webrtc-java peer playing the agent: the offerer, as connect-rtc is, gathering its candidates before the
 * invite; it sends 880 Hz and measures what the caller sends with a {@link ToneMeter}.
 */
final class AgentPeer implements AutoCloseable {

    /** An offer with the candidates gathered for it. */
    record Offer(String sdp, List<IceCandidate> candidates) {
    }

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(5);

    private final ToneMeter meter = new ToneMeter();
    private final List<IceCandidate> candidates = new ArrayList<>();
    private final CompletableFuture<Void> gathered = new CompletableFuture<>();
    private final CountDownLatch closedReported = new CountDownLatch(1);
    private final RTCPeerConnection connection;
    private final AudioTrack microphone;
    private final RTCRtpSender sender;
    private volatile AudioTrack remoteTrack;
    private volatile RTCPeerConnectionState state = RTCPeerConnectionState.NEW;

    AgentPeer() {
        this(AgentAudio.shared());
    }

    /** A peer on the given stack: the agent's, or the supervisor's. */
    AgentPeer(AgentAudio audio) {
        RTCConfiguration configuration = new RTCConfiguration();
        configuration.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        configuration.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        connection = audio.factory.createPeerConnection(configuration, new Observer());
        microphone = audio.factory.createAudioTrack("agent", audio.microphone);
        sender = connection.addTrack(microphone, List.of("agent"));
    }

    /** Creates and applies the offer, then gathers candidates (at most 3 s). */
    Offer createOffer() throws Exception {
        CompletableFuture<RTCSessionDescription> offer = new CompletableFuture<>();
        connection.createOffer(new RTCOfferOptions(), new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                offer.complete(description);
            }

            @Override
            public void onFailure(String error) {
                offer.completeExceptionally(new IllegalStateException(error));
            }
        });
        RTCSessionDescription description = offer.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<Void> applied = new CompletableFuture<>();
        connection.setLocalDescription(description, observer(applied));
        applied.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            gathered.get(3, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // like connect-rtc: go on with the candidates found so far
        }
        synchronized (candidates) {
            return new Offer(description.sdp, List.copyOf(candidates));
        }
    }

    /** Applies the endpoint's invite result {sdp, candidates}. */
    void applyAnswer(JsonObject result) throws Exception {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        connection.setRemoteDescription(new RTCSessionDescription(RTCSdpType.ANSWER, result.get("sdp").getAsString()),
                observer(applied));
        applied.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        for (JsonElement element : result.getAsJsonArray("candidates")) {
            JsonObject candidate = element.getAsJsonObject();
            connection.addIceCandidate(new RTCIceCandidate(candidate.get("sdpMid").getAsString(),
                    candidate.get("sdpMLineIndex").getAsInt(), candidate.get("candidate").getAsString()));
        }
    }

    ToneMeter heard() {
        return meter;
    }

    RTCPeerConnectionState state() {
        return state;
    }

    void mute(boolean muted) {
        microphone.setEnabled(!muted);
    }

    /** Hangs up in the order that releases webrtc-java 0.14.0's objects cleanly. */
    @Override
    public void close() throws InterruptedException {
        AudioTrack remote = remoteTrack;
        if (remote != null) {
            remote.removeSink(meter);
        }
        connection.removeTrack(sender);
        connection.close();
        closedReported.await(2, TimeUnit.SECONDS);
        microphone.dispose();
    }

    private static SetSessionDescriptionObserver observer(CompletableFuture<Void> done) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                done.complete(null);
            }

            @Override
            public void onFailure(String error) {
                done.completeExceptionally(new IllegalStateException(error));
            }
        };
    }

    private final class Observer implements PeerConnectionObserver {

        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            synchronized (candidates) {
                candidates.add(new IceCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex));
            }
        }

        @Override
        public void onIceGatheringChange(RTCIceGatheringState gathering) {
            if (gathering == RTCIceGatheringState.COMPLETE) {
                gathered.complete(null);
            }
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            if (track instanceof AudioTrack audio && remoteTrack == null) {
                remoteTrack = audio;
                audio.addSink(meter);
            }
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState newState) {
            state = newState;
            if (newState == RTCPeerConnectionState.CLOSED) {
                closedReported.countDown();
            }
        }
    }
}
