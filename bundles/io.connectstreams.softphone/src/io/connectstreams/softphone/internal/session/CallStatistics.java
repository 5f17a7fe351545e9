/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.connectstreams.api.softphone.RtpStreamStats;

/**
 * A session's per-second statistics: those not yet published (at most 3 hours per direction, as rtc-js keeps) and
 * running totals for the call report's two aggregates. Confined to the session thread.
 */
final class CallStatistics {

    /** rtc-js keeps 3 hours of seconds per direction. */
    static final int MAX_UNPUBLISHED = 2 * 10_800;

    private final List<RtpStreamStats> unpublished = new ArrayList<>();
    private final Totals input = new Totals();
    private final Totals output = new Totals();

    void add(List<RtpStreamStats> seconds) {
        for (RtpStreamStats stats : seconds) {
            if (unpublished.size() >= MAX_UNPUBLISHED) {
                unpublished.remove(0);
            }
            unpublished.add(stats);
            (RtpStreamStats.AUDIO_INPUT.equals(stats.softphoneStreamType()) ? input : output).add(stats);
        }
    }

    /**
     * @return the statistics since the last call, oldest first; forgets them
     */
    List<RtpStreamStats> drain() {
        List<RtpStreamStats> drained = List.copyOf(unpublished);
        unpublished.clear();
        return drained;
    }

    /**
     * @param at the report's time
     * @return the call report's {@code softphoneStreamStatistics}: aggregate input, then aggregate output
     */
    List<RtpStreamStats> aggregates(Instant at) {
        return List.of(input.aggregate(RtpStreamStats.AUDIO_INPUT, at), output.aggregate(RtpStreamStats.AUDIO_OUTPUT,
                at));
    }

    /** Sums of one direction: packets add up, levels and delays are averaged. */
    private static final class Totals {
        long seconds;
        long packetsLost;
        long packetsCount;
        long audioLevel;
        long jitterBuffer;
        long roundTrip;
        long roundTripSamples;
        long jitter;

        void add(RtpStreamStats stats) {
            seconds++;
            packetsLost += stats.packetsLost();
            packetsCount += stats.packetsCount();
            audioLevel += stats.audioLevel();
            jitterBuffer += stats.jitterBufferMillis();
            jitter += stats.jitterMillis();
            if (stats.roundTripTimeMillis() >= 0) {
                roundTrip += stats.roundTripTimeMillis();
                roundTripSamples++;
            }
        }

        RtpStreamStats aggregate(String type, Instant at) {
            long n = Math.max(seconds, 1);
            return new RtpStreamStats(type, at, packetsLost, packetsCount, (int) (audioLevel / n), jitterBuffer / n,
                    roundTripSamples == 0 ? -1 : roundTrip / roundTripSamples, jitter / n);
        }
    }
}
