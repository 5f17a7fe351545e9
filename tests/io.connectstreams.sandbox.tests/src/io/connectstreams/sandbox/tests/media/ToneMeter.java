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

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

import io.connectstreams.testing.Tones;

/**
 * The agent's ear in the tests: the RMS of every 10 ms frame of the caller's audio and the last half second of
 * samples, so that level and pitch of what was heard can be asserted.
 */
final class ToneMeter implements AudioTrackSink {

    /** What was heard over some recent frames: RMS, the strongest frequency, how many frames were audible. */
    record Heard(int frames, double rms, double frequencyHz, int audibleFrames) {
    }

    /** At most this many recent frames are kept (half a second). */
    static final int KEPT_FRAMES = 50;

    private static final double AUDIBLE_RMS = 328;
    private static final int MAX_FRAME = 960;

    private final double[] rms = new double[KEPT_FRAMES];
    private final short[][] samples = new short[KEPT_FRAMES][MAX_FRAME];
    private final int[] lengths = new int[KEPT_FRAMES];
    private int sampleRate = 48000;
    private long frames;

    @Override
    public void onData(byte[] data, int bitsPerSample, int rate, int channels, int frameCount) {
        if (bitsPerSample != 16 || channels < 1) {
            return;
        }
        record(data, channels, Math.min(frameCount, MAX_FRAME), rate);
    }

    private synchronized void record(byte[] data, int channels, int frameCount, int rate) {
        int slot = (int) (frames % KEPT_FRAMES);
        double sumSquares = 0;
        for (int frame = 0; frame < frameCount; frame++) {
            int index = 2 * frame * channels;
            short value = (short) ((data[index] & 0xff) | (data[index + 1] << 8));
            samples[slot][frame] = value;
            sumSquares += (double) value * value;
        }
        rms[slot] = Math.sqrt(sumSquares / Math.max(frameCount, 1));
        lengths[slot] = frameCount;
        sampleRate = rate;
        frames++;
    }

    /**
     * @param count how many of the latest frames (at most {@link #KEPT_FRAMES})
     * @return how many of them were audible (cheap: for polling)
     */
    synchronized int audibleFrames(int count) {
        int audible = 0;
        for (long i = Math.max(0, frames - Math.min(count, KEPT_FRAMES)); i < frames; i++) {
            if (rms[(int) (i % KEPT_FRAMES)] >= AUDIBLE_RMS) {
                audible++;
            }
        }
        return audible;
    }

    /**
     * @param count how many of the latest frames (at most {@link #KEPT_FRAMES})
     * @param frequencyHz a tone
     * @return the amplitude of that tone in them (0 to 32767); copied under the lock, analysed outside it
     */
    double amplitudeOf(int count, double frequencyHz) {
        double[] signal;
        int rate;
        synchronized (this) {
            int kept = (int) Math.min(Math.min(count, KEPT_FRAMES), frames);
            rate = sampleRate;
            int total = 0;
            for (long i = frames - kept; i < frames; i++) {
                total += lengths[(int) (i % KEPT_FRAMES)];
            }
            signal = new double[total];
            int at = 0;
            for (long i = frames - kept; i < frames; i++) {
                int slot = (int) (i % KEPT_FRAMES);
                System.arraycopy(toDoubles(samples[slot], lengths[slot]), 0, signal, at, lengths[slot]);
                at += lengths[slot];
            }
        }
        return Tones.amplitude(signal, rate, frequencyHz);
    }

    private static double[] toDoubles(short[] values, int length) {
        double[] doubles = new double[length];
        for (int i = 0; i < length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    /**
     * @param count how many of the latest frames (at most {@link #KEPT_FRAMES})
     * @return their level and pitch; the samples are copied under the lock and analysed outside it, so the
     *         playout thread that delivers frames is never held up
     */
    Heard last(int count) {
        double[] signal;
        double sumSquares = 0;
        int audible = 0;
        int kept;
        int rate;
        synchronized (this) {
            kept = (int) Math.min(Math.min(count, KEPT_FRAMES), frames);
            rate = sampleRate;
            int total = 0;
            for (long i = frames - kept; i < frames; i++) {
                total += lengths[(int) (i % KEPT_FRAMES)];
            }
            signal = new double[total];
            int at = 0;
            for (long i = frames - kept; i < frames; i++) {
                int slot = (int) (i % KEPT_FRAMES);
                for (int s = 0; s < lengths[slot]; s++) {
                    signal[at++] = samples[slot][s];
                }
                sumSquares += rms[slot] * rms[slot] * lengths[slot];
                if (rms[slot] >= AUDIBLE_RMS) {
                    audible++;
                }
            }
        }
        return new Heard(kept, signal.length == 0 ? 0 : Math.sqrt(sumSquares / signal.length),
                Tones.strongestFrequency(signal, rate), audible);
    }
}
