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

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;
import io.connectstreams.sandbox.internal.media.SineSignal;

/**
 * The test agent's WebRTC stack: one factory for the test runtime (webrtc-java 0.14.0 leaks threads for every
 * disposed factory that had peer connections, so it is never disposed), on a headless audio device module whose
 * virtual microphone plays 880 Hz at 0.2 of full scale (RMS 4634), built in the order that works headless. The
 * test supervisor has a second one, 660 Hz at 0.2 of full scale: one module sends the same tone on every
 * connection.
 */
final class AgentAudio {

    static final double FREQUENCY_HZ = 880;
    static final double AMPLITUDE = 0.2;
    static final double SUPERVISOR_FREQUENCY_HZ = 660;

    private static AgentAudio shared;
    private static AgentAudio supervisor;

    final PeerConnectionFactory factory;
    final AudioTrackSource microphone;
    final SineSignal signal;

    private AgentAudio(double frequencyHz) {
        signal = new SineSignal(frequencyHz, AMPLITUDE);
        HeadlessAudioDeviceModule adm = new HeadlessAudioDeviceModule();
        factory = new PeerConnectionFactory(adm);
        adm.initPlayout();
        adm.startPlayout();
        adm.setAudioSource(signal);
        microphone = factory.createAudioSource(new AudioOptions());
    }

    static synchronized AgentAudio shared() {
        if (shared == null) {
            shared = new AgentAudio(FREQUENCY_HZ);
        }
        return shared;
    }

    static synchronized AgentAudio supervisor() {
        if (supervisor == null) {
            supervisor = new AgentAudio(SUPERVISOR_FREQUENCY_HZ);
        }
        return supervisor;
    }
}
