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

import dev.onvoid.webrtc.media.audio.AudioTrackSink;
import io.connectstreams.softphone.probe.HeardAudio;

/**
 * The agent's ear: measures every 10 ms frame of the caller's audio (RMS) and keeps the samples of the last half
 * second, so that level and pitch of what the agent hears can be checked. WebRTC calls {@link #onData} on the audio
 * module's playout thread: it only copies and sums under a short lock; analysis happens in the reader's thread.
 */
public final class ReceivedAudioMeter implements AudioTrackSink, HeardAudio {

    /** How many recent frames are kept. */
    public static final int KEPT_FRAMES = 50;

    private static final int MAX_FRAME = 960;

    private final double[] rms = new double[KEPT_FRAMES];
    private final short[][] samples = new short[KEPT_FRAMES][MAX_FRAME];
    private final int[] lengths = new int[KEPT_FRAMES];
    /** 1 % of full scale: quieter frames are silence. */
    public static final double AUDIBLE_RMS = 328;

    private int sampleRate = 48000;
    private long frames;
    private long firstAudibleNanos;

    @Override
    public void onData(byte[] data, int bitsPerSample, int rate, int channels, int frameCount) {
        if (bitsPerSample != 16 || channels < 1) {
            return;
        }
        record(data, channels, Math.min(Math.min(frameCount, MAX_FRAME), data.length / (2 * channels)), rate);
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
        rms[slot] = frameCount == 0 ? 0 : Math.sqrt(sumSquares / frameCount);
        if (firstAudibleNanos == 0 && rms[slot] >= AUDIBLE_RMS) {
            firstAudibleNanos = System.nanoTime();
        }
        lengths[slot] = frameCount;
        sampleRate = rate;
        frames++;
    }

    /** Forgets what was heard (a new contact on a kept peer connection). */
    public synchronized void reset() {
        frames = 0;
        firstAudibleNanos = 0;
    }

    /**
     * @return when ({@link System#nanoTime()}) the first audible frame since the last reset arrived, 0 before
     */
    @Override
    public synchronized long firstAudibleNanos() {
        return firstAudibleNanos;
    }

    /**
     * @return the sample rate of the last frame
     */
    @Override
    public synchronized int sampleRate() {
        return sampleRate;
    }

    /**
     * @param count how many of the latest frames (at most {@link #KEPT_FRAMES})
     * @return the RMS level over them, 0 without frames
     */
    @Override
    public synchronized double recentRms(int count) {
        int kept = (int) Math.min(Math.min(count, KEPT_FRAMES), frames);
        double sumSquares = 0;
        int total = 0;
        for (long i = frames - kept; i < frames; i++) {
            int slot = (int) (i % KEPT_FRAMES);
            sumSquares += rms[slot] * rms[slot] * lengths[slot];
            total += lengths[slot];
        }
        return total == 0 ? 0 : Math.sqrt(sumSquares / total);
    }

    /**
     * @param count how many of the latest frames (at most {@link #KEPT_FRAMES})
     * @return their samples, oldest first (copied)
     */
    @Override
    public synchronized short[] recentSamples(int count) {
        int kept = (int) Math.min(Math.min(count, KEPT_FRAMES), frames);
        int total = 0;
        for (long i = frames - kept; i < frames; i++) {
            total += lengths[(int) (i % KEPT_FRAMES)];
        }
        short[] copy = new short[total];
        int at = 0;
        for (long i = frames - kept; i < frames; i++) {
            int slot = (int) (i % KEPT_FRAMES);
            System.arraycopy(samples[slot], 0, copy, at, lengths[slot]);
            at += lengths[slot];
        }
        return copy;
    }
}
