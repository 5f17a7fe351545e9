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

import java.util.Arrays;

import dev.onvoid.webrtc.media.audio.AudioSource;

/**
 * The agent's microphone when the machine has no audio device (the headless audio module): the module's capture
 * thread pulls 10 ms of 16-bit PCM from it whenever a call sends. It produces silence unless a test or demo asks
 * for a tone, and digital silence while muted: the mute state is read as each frame is handed to WebRTC, so a
 * mute takes effect on the very next 10 ms frame (nothing is prepared ahead), before the encoder, which is faster
 * than disabling the track. {@link #lastMuteAppliedNanos()} tells when it did, for the benchmark's breakdown.
 * <p>
 * {@link #setAvailable(boolean)} simulates a microphone that cannot be opened (the check before a call fails with
 * {@code microphone_not_shared}). The tone and availability are test and demo features, reachable only through
 * this internal package.
 */
public final class VirtualMicrophone implements AudioSource {

    private volatile boolean muted;
    private volatile boolean available = true;
    private volatile double frequencyHz;
    private volatile double amplitude;
    private volatile long lastMuteAppliedNanos;
    // capture thread only
    private double phase;
    private boolean lastFrameMuted;

    /**
     * Plays a sine tone instead of silence.
     *
     * @param hz the frequency
     * @param fractionOfFullScale the peak, 0 to 1
     */
    public void playTone(double hz, double fractionOfFullScale) {
        if (hz <= 0 || fractionOfFullScale < 0 || fractionOfFullScale > 1) {
            throw new IllegalArgumentException("frequency must be positive and amplitude within 0..1");
        }
        amplitude = 0;
        frequencyHz = hz;
        amplitude = fractionOfFullScale;
    }

    /** Back to silence. */
    public void silence() {
        amplitude = 0;
    }

    /**
     * @param value whether the microphone can be opened
     */
    public void setAvailable(boolean value) {
        available = value;
    }

    /**
     * @return whether the microphone can be opened
     */
    public boolean isAvailable() {
        return available;
    }

    void setMuted(boolean value) {
        muted = value;
    }

    /**
     * @return {@link System#nanoTime()} when the last mute took effect: the first frame handed to WebRTC silenced by
     *         it was asked for; 0 before the first mute
     */
    public long lastMuteAppliedNanos() {
        return lastMuteAppliedNanos;
    }

    @Override
    public int onPlaybackData(byte[] buffer, int samples, int bytesPerSample, int channels, int sampleRate) {
        if (bytesPerSample != 2 || channels < 1 || sampleRate <= 0 || buffer.length < samples * 2) {
            return 0;
        }
        boolean silenced = muted; // read once: this frame is muted or not, whatever happens while it is filled
        if (silenced && !lastFrameMuted) {
            lastMuteAppliedNanos = System.nanoTime();
        }
        lastFrameMuted = silenced;
        double peak = amplitude * Short.MAX_VALUE;
        if (silenced || peak == 0) {
            Arrays.fill(buffer, 0, samples * 2, (byte) 0);
            return samples;
        }
        int frames = samples / channels;
        double step = 2 * Math.PI * frequencyHz / sampleRate;
        int offset = 0;
        for (int frame = 0; frame < frames; frame++) {
            short value = (short) Math.round(peak * Math.sin(phase));
            phase += step;
            if (phase > 2 * Math.PI) {
                phase -= 2 * Math.PI;
            }
            for (int channel = 0; channel < channels; channel++) {
                buffer[offset++] = (byte) value;
                buffer[offset++] = (byte) (value >> 8);
            }
        }
        return samples;
    }
}
