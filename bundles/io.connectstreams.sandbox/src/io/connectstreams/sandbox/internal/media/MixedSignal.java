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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.onvoid.webrtc.media.audio.AudioSource;

/**
 * What an audio engine's virtual microphone plays: the caller's tone plus the received audio of the
 * {@link FrameQueue}s mixed in (a barging supervisor for the agents, the agents for the supervisors). Pulled 10 ms
 * at a time by the headless audio device module's capture thread; the mix adds with saturation.
 * <p>
 * This is how a party is heard without webrtc-java's {@code CustomAudioSource}, which aborts the JVM next to the
 * headless module in 0.14.0: the module's one capture thread stays the only feeder of every send stream. The price:
 * every peer connection of an engine sends the same mix.
 */
public final class MixedSignal implements AudioSource {

    private final SineSignal tone;
    /** The tracks mixed in, with how many parties want each (several supervisors may monitor one agent). */
    private final Map<FrameQueue, Integer> mixed = new ConcurrentHashMap<>();

    /**
     * @param tone the caller's tone, the base of the mix
     */
    public MixedSignal(SineSignal tone) {
        this.tone = tone;
    }

    /**
     * @return the RMS of the tone's last frame (without what is mixed in)
     */
    double toneRms() {
        return tone.lastRms();
    }

    /**
     * Mixes a received track in, or stops mixing it: counted, so it stays in while any party still wants it.
     *
     * @param frames the track's frames
     * @param on whether one more party wants them mixed in, or one party less
     */
    void mix(FrameQueue frames, boolean on) {
        mixed.compute(frames, (key, count) -> {
            int next = (count == null ? 0 : count) + (on ? 1 : -1);
            return next <= 0 ? null : next;
        });
    }

    @Override
    public int onPlaybackData(byte[] buffer, int samples, int bytesPerSample, int channels, int sampleRate) {
        int produced = tone.onPlaybackData(buffer, samples, bytesPerSample, channels, sampleRate);
        if (produced == 0) {
            return 0;
        }
        int frames = samples / channels;
        for (FrameQueue queue : mixed.keySet()) {
            short[] frame = queue.poll();
            if (frame == null) {
                continue;
            }
            int offset = 0;
            for (int i = 0; i < Math.min(frames, frame.length); i++) {
                for (int channel = 0; channel < channels; channel++) {
                    int value = (short) ((buffer[offset] & 0xff) | (buffer[offset + 1] << 8)) + frame[i];
                    short sum = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
                    buffer[offset++] = (byte) sum;
                    buffer[offset++] = (byte) (sum >> 8);
                }
            }
        }
        return produced;
    }
}
