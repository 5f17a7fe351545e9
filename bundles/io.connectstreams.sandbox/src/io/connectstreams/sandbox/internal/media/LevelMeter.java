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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

/**
 * Measures the RMS of every frame of a remote audio track. WebRTC calls {@link #onData} on the audio device
 * module's playout thread every 10 ms, so it only computes and records; readers take a {@link #snapshot()}.
 */
public final class LevelMeter implements AudioTrackSink {

    private final Clock clock;
    private final double[] recent = new double[ReceivedAudio.RECENT_FRAMES];
    private long frames;
    private double lastRms;
    private Instant lastFrameAt;
    private long audibleFrames;
    private Instant firstAudibleAt;
    private Instant lastAudibleAt;
    private Instant silenceStartedAt;
    private long trailingSilentFrames;

    /**
     * @param clock stamps the frames
     */
    public LevelMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onData(byte[] data, int bitsPerSample, int sampleRate, int channels, int frameCount) {
        if (bitsPerSample != 16) {
            return;
        }
        int samples = Math.min(data.length / 2, frameCount * Math.max(channels, 1));
        double sumSquares = 0;
        for (int i = 0; i < samples; i++) {
            int value = (short) ((data[2 * i] & 0xff) | (data[2 * i + 1] << 8));
            sumSquares += (double) value * value;
        }
        record(samples == 0 ? 0 : Math.sqrt(sumSquares / samples), clock.instant());
    }

    private synchronized void record(double rms, Instant now) {
        recent[(int) (frames % recent.length)] = rms;
        frames++;
        lastRms = rms;
        lastFrameAt = now;
        if (rms >= ReceivedAudio.AUDIBLE_RMS) {
            audibleFrames++;
            if (firstAudibleAt == null) {
                firstAudibleAt = now;
            }
            lastAudibleAt = now;
            silenceStartedAt = null;
            trailingSilentFrames = 0;
        } else {
            if (trailingSilentFrames == 0) {
                silenceStartedAt = now;
            }
            trailingSilentFrames++;
        }
    }

    /**
     * @return the measurements so far
     */
    public synchronized ReceivedAudio snapshot() {
        int kept = (int) Math.min(frames, recent.length);
        List<Double> levels = new ArrayList<>(kept);
        for (long i = frames - kept; i < frames; i++) {
            levels.add(recent[(int) (i % recent.length)]);
        }
        return new ReceivedAudio(frames, lastRms, lastFrameAt, audibleFrames, firstAudibleAt, lastAudibleAt,
                silenceStartedAt, trailingSilentFrames, levels);
    }
}
