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

import java.time.Instant;
import java.util.List;

/**
 * What the caller has received from the agent so far, measured per 10 ms frame: the basis for "audio present" and
 * "silence since T" assertions of tests and the control API.
 *
 * @param framesReceived frames received so far
 * @param lastRms RMS (0 to 32767) of the last frame
 * @param lastFrameAt when the last frame arrived, {@code null} before the first
 * @param audibleFrames frames at or above {@link #AUDIBLE_RMS}
 * @param firstAudibleAt when the first audible frame arrived, or {@code null}
 * @param lastAudibleAt when the last audible frame arrived, or {@code null}
 * @param silenceStartedAt when the current run of silent frames began, {@code null} while the last frame is audible
 *        or before the first frame
 * @param trailingSilentFrames how many frames in a row, up to the last one, were silent
 * @param recentRms RMS of the most recent frames (at most {@link #RECENT_FRAMES}), oldest first
 */
public record ReceivedAudio(long framesReceived, double lastRms, Instant lastFrameAt, long audibleFrames,
        Instant firstAudibleAt, Instant lastAudibleAt, Instant silenceStartedAt, long trailingSilentFrames,
        List<Double> recentRms) {

    /** A frame is audible from 1 % of full scale on (muted tracks deliver digital silence, RMS 0 to about 50). */
    public static final double AUDIBLE_RMS = 328;

    /** How many recent frame levels are kept: one second. */
    public static final int RECENT_FRAMES = 100;

    /** Copies the recent levels. */
    public ReceivedAudio {
        recentRms = List.copyOf(recentRms);
    }

    /**
     * @return the mean RMS of the recent frames, or 0 without frames
     */
    public double meanRecentRms() {
        return recentRms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /**
     * @param time a point in time
     * @return true when frames arrived after {@code time} and none of them was audible
     */
    public boolean silentSince(Instant time) {
        return lastFrameAt != null && lastFrameAt.isAfter(time) && (lastAudibleAt == null
                || lastAudibleAt.isBefore(time));
    }
}
