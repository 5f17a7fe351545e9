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

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * The sandbox's one WebRTC stack, created on first use and kept for the life of the process: a
 * {@link PeerConnectionFactory} on a {@link HeadlessAudioDeviceModule} whose virtual microphone plays the caller's
 * {@link SineSignal} (440 Hz, 0.3 of full scale).
 * <p>
 * Why one, never disposed: webrtc-java 0.14.0 leaves two native threads behind for every disposed factory that has
 * had peer connections, and its no-argument factory aborts the JVM on a machine without audio devices. Why one
 * signal for every call: the module's single capture thread feeds every send stream, so all callers play the same
 * tone. The construction order is the one that works headless in 0.14.0 (factory, then playout, then the source);
 * any other order either sends no audio or hands the capture path to two feeders, which aborts the JVM.
 * <p>
 * Supervisors: a second engine, {@link #monitors()}, serves the supervisors' monitoring connections, because what
 * a supervisor hears differs from what an agent hears and one module sends the same audio on every connection. Its
 * {@link MixedSignal} is the caller's tone plus the monitored agents; the agents' engine mixes the barging
 * supervisors into the caller's tone. Both are created once and kept, like the first.
 */
public final class CallerAudioEngine {

    private static final System.Logger LOG = System.getLogger(CallerAudioEngine.class.getName());

    private static CallerAudioEngine shared;
    private static Throwable failure;
    private static CallerAudioEngine monitors;
    private static Throwable monitorsFailure;

    private final PeerConnectionFactory factory;
    private final MixedSignal signal;
    private final AudioTrackSource microphone;

    private CallerAudioEngine() {
        signal = new MixedSignal(new SineSignal(SineSignal.CALLER_FREQUENCY_HZ, SineSignal.CALLER_AMPLITUDE));
        HeadlessAudioDeviceModule adm = new HeadlessAudioDeviceModule();
        // 1. the factory registers WebRTC's audio transport with the module
        factory = new PeerConnectionFactory(adm);
        // 2. playout runs: remote tracks are pulled every 10 ms, so their sinks see frames
        adm.initPlayout();
        adm.startPlayout();
        // 3. now the module's buffer refuses the new transport, so only the capture thread pulls the tone
        adm.setAudioSource(signal);
        microphone = factory.createAudioSource(new AudioOptions());
    }

    /**
     * @return the process's engine, created on the first call
     * @throws MediaException when webrtc-java cannot be loaded or initialised (remembered: not retried)
     */
    public static synchronized CallerAudioEngine shared() throws MediaException {
        if (shared == null && failure == null) {
            long start = System.nanoTime();
            try {
                shared = new CallerAudioEngine();
                LOG.log(Level.INFO, "caller media engine started in {0} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                failure = e;
                LOG.log(Level.ERROR, "webrtc-java is unavailable; calls get no caller media", e);
            }
        }
        if (shared == null) {
            throw new MediaException(MediaException.Kind.FAILED, "caller media unavailable: " + failure, failure);
        }
        return shared;
    }

    /**
     * @return the engine of the supervisors' monitoring connections, created on the first call
     * @throws MediaException when webrtc-java cannot be loaded or initialised (remembered: not retried)
     */
    public static CallerAudioEngine monitors() throws MediaException {
        shared(); // the agents' engine first: the library loads once, and a failure is remembered there
        synchronized (CallerAudioEngine.class) {
            if (monitors == null && monitorsFailure == null) {
                try {
                    monitors = new CallerAudioEngine();
                } catch (RuntimeException | Error e) {
                    if (e instanceof VirtualMachineError) {
                        throw e;
                    }
                    monitorsFailure = e;
                    LOG.log(Level.ERROR, "no supervisor media engine", e);
                }
            }
            if (monitors == null) {
                throw new MediaException(MediaException.Kind.FAILED, "supervisor media unavailable: "
                        + monitorsFailure, monitorsFailure);
            }
            return monitors;
        }
    }

    /**
     * @return the RMS of the last 10 ms of the callers' tone, or 0 while the engine does not exist or no call sends
     */
    public static synchronized double signalRms() {
        return shared == null ? 0 : shared.signal.toneRms();
    }

    /**
     * Mixes a received track into what every connection of this engine sends, or stops mixing it (counted: calls
     * with {@code true} and {@code false} pair up).
     *
     * @param frames the track's frames
     * @param on whether one more party wants them heard, or one party less
     */
    public void mix(FrameQueue frames, boolean on) {
        signal.mix(frames, on);
    }

    RTCPeerConnection createPeerConnection(RTCConfiguration configuration, PeerConnectionObserver observer) {
        return factory.createPeerConnection(configuration, observer);
    }

    AudioTrack createMicrophoneTrack(String id) {
        return factory.createAudioTrack(id, microphone);
    }
}
