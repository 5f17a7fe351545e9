/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.util.List;

import io.connectstreams.api.calllog.CallQualitySummary;
import io.connectstreams.api.softphone.RtpStreamStats;

/**
 * Running totals of a call's softphone statistics, kept (and persisted) as sums so that batches arriving every
 * 30 s, also across a restart, add up to the same summary as one batch would.
 * <p>
 * Rules: packet loss, jitter and level come from the received audio ({@code audio_input}, one record per second,
 * counted in {@link CallQualitySummary#samples()}); loss is lost / (lost + received) packets; round-trip time is
 * the mean over every record of either direction that knows it ({@code >= 0}), as rtc-js reports it on the sent
 * stream. Negative counters (a reset stream) count as zero.
 */
final class QualityTotals {

    private static final int MAX_LEVEL = 32767;

    private long inputSamples;
    private long packetsLost;
    private long packetsReceived;
    private double jitterSum;
    private double levelSum;
    private long roundTripSamples;
    private double roundTripSum;

    /**
     * @param stats one batch of statistics, any order
     */
    void add(List<RtpStreamStats> stats) {
        for (RtpStreamStats second : stats) {
            if (second == null) {
                continue;
            }
            if (RtpStreamStats.AUDIO_INPUT.equals(second.softphoneStreamType())) {
                inputSamples++;
                packetsLost += Math.max(0, second.packetsLost());
                packetsReceived += Math.max(0, second.packetsCount());
                jitterSum += Math.max(0, second.jitterMillis());
                levelSum += Math.max(0, Math.min(MAX_LEVEL, second.audioLevel()));
            }
            if (second.roundTripTimeMillis() >= 0) {
                roundTripSamples++;
                roundTripSum += second.roundTripTimeMillis();
            }
        }
    }

    /**
     * @return the summary, {@link CallQualitySummary#NONE} when nothing was measured
     */
    CallQualitySummary summary() {
        if (inputSamples == 0 && roundTripSamples == 0) {
            return CallQualitySummary.NONE;
        }
        long packets = packetsLost + packetsReceived;
        double loss = packets == 0 ? 0 : packetsLost * 100.0 / packets;
        double jitter = inputSamples == 0 ? 0 : jitterSum / inputSamples;
        double level = inputSamples == 0 ? 0 : levelSum / inputSamples;
        double roundTrip = roundTripSamples == 0 ? -1 : roundTripSum / roundTripSamples;
        return new CallQualitySummary(loss, jitter, roundTrip, level, (int) Math.min(Integer.MAX_VALUE, inputSamples));
    }
}
