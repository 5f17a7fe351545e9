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

import dev.onvoid.webrtc.media.audio.AudioSource;

/**
 * A continuous sine wave, 16-bit little-endian PCM, pulled 10 ms at a time by the headless audio device module's
 * capture thread (its virtual microphone). Only that thread calls {@link #onPlaybackData}; the phase is kept
 * across frames so the tone has no clicks.
 */
public final class SineSignal implements AudioSource {

    /** The caller's tone. */
    public static final double CALLER_FREQUENCY_HZ = 440;

    /** The caller's amplitude, as a fraction of full scale. */
    public static final double CALLER_AMPLITUDE = 0.3;

    private final double frequencyHz;
    private final double amplitude;
    private double phase;
    private volatile double lastRms;

    /**
     * @param frequencyHz the tone
     * @param amplitude the peak, as a fraction of full scale (0 to 1)
     */
    public SineSignal(double frequencyHz, double amplitude) {
        if (frequencyHz <= 0 || amplitude < 0 || amplitude > 1) {
            throw new IllegalArgumentException("frequency must be positive and amplitude within 0..1");
        }
        this.frequencyHz = frequencyHz;
        this.amplitude = amplitude;
    }

    /**
     * @return the RMS of the last frame produced, or 0 before the first
     */
    public double lastRms() {
        return lastRms;
    }

    @Override
    public int onPlaybackData(byte[] buffer, int samples, int bytesPerSample, int channels, int sampleRate) {
        if (bytesPerSample != 2 || channels < 1 || sampleRate <= 0 || buffer.length < samples * 2) {
            return 0;
        }
        int frames = samples / channels;
        double step = 2 * Math.PI * frequencyHz / sampleRate;
        double peak = amplitude * Short.MAX_VALUE;
        double sumSquares = 0;
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
            sumSquares += (double) value * value;
        }
        lastRms = frames == 0 ? 0 : Math.sqrt(sumSquares / frames);
        return samples;
    }
}
