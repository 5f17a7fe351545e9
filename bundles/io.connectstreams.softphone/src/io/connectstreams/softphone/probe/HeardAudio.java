/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.probe;

/**
 * What the agent hears of a call: the level and samples of the last frames of the caller's audio.
 */
public interface HeardAudio {

    /**
     * @param count how many of the latest 10 ms frames (at most 50)
     * @return the RMS level over them, 0 without frames
     */
    double recentRms(int count);

    /**
     * @param count how many of the latest 10 ms frames (at most 50)
     * @return their samples, oldest first (copied)
     */
    short[] recentSamples(int count);

    /**
     * @return the sample rate of the last frame
     */
    int sampleRate();

    /**
     * @return when ({@link System#nanoTime()}) the first audible frame since the last reset arrived, 0 before
     */
    long firstAudibleNanos();
}
