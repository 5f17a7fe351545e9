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

import java.util.ArrayDeque;

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

/**
 * The last few 10 ms frames of a received track (16-bit mono samples), handed from the playout thread that
 * receives them to the capture thread of a {@link MixedSignal} that mixes them into what another party hears. Both
 * threads tick every 10 ms, so the queue stays short; it keeps at most {@value #MAX_FRAMES} frames and drops the
 * oldest, so a mix never lags more than that behind.
 */
public final class FrameQueue implements AudioTrackSink {

    static final int MAX_FRAMES = 5;

    private final ArrayDeque<short[]> frames = new ArrayDeque<>(MAX_FRAMES + 1);

    @Override
    public void onData(byte[] data, int bitsPerSample, int sampleRate, int channels, int frameCount) {
        if (bitsPerSample != 16 || channels < 1) {
            return;
        }
        int count = Math.min(frameCount, data.length / (2 * channels));
        short[] mono = new short[count];
        for (int frame = 0; frame < count; frame++) {
            int index = 2 * frame * channels; // the first channel
            mono[frame] = (short) ((data[index] & 0xff) | (data[index + 1] << 8));
        }
        synchronized (frames) {
            if (frames.size() == MAX_FRAMES) {
                frames.pollFirst();
            }
            frames.addLast(mono);
        }
    }

    /**
     * @return the oldest frame kept, or {@code null} when none arrived since the last call
     */
    short[] poll() {
        synchronized (frames) {
            return frames.pollFirst();
        }
    }
}
