/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.util.List;

import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneStats;

/**
 * The call-quality figures the view shows, from one batch of softphone statistics (a second of a talking call from
 * {@code streams::softphone_live_stats}, or Streams' 30 s {@code softphone_stats}): the level of the audio the agent
 * receives in its latest second, and the share of received packets lost over the batch.
 *
 * @param inputLevel audio level of the received audio, 0 to 32767
 * @param packetLossPercent received packets lost, percent
 * @param jitterMillis the received audio's average jitter over the batch, milliseconds
 */
public record CallQuality(int inputLevel, double packetLossPercent, long jitterMillis) {

    /** The level meter's full scale. */
    public static final int MAX_LEVEL = 32767;

    /**
     * @param stats a batch of statistics
     * @return its figures, {@code null} when it holds no received audio
     */
    public static CallQuality of(SoftphoneStats stats) {
        List<RtpStreamStats> received = stats.stats().stream()
                .filter(s -> RtpStreamStats.AUDIO_INPUT.equals(s.softphoneStreamType())).toList();
        if (received.isEmpty()) {
            return null;
        }
        long lost = 0;
        long packets = 0;
        long jitter = 0;
        for (RtpStreamStats second : received) {
            lost += Math.max(0, second.packetsLost());
            packets += Math.max(0, second.packetsCount());
            jitter += Math.max(0, second.jitterMillis());
        }
        double loss = lost + packets == 0 ? 0 : 100.0 * lost / (lost + packets);
        int level = Math.max(0, Math.min(MAX_LEVEL, received.get(received.size() - 1).audioLevel()));
        return new CallQuality(level, loss, jitter / received.size());
    }

    /**
     * The figures as the bars of a signal icon, the way phones show a line's quality: loss and jitter take bars away
     * (a listener notices about 1 % loss and 30 ms of jitter, a conversation suffers from 5 % and 100 ms); no
     * received audio at all caps it at two bars.
     *
     * @return 0 (unusable) to 4 (good) bars
     */
    public int bars() {
        int bars = packetLossPercent < 1 ? 4 : packetLossPercent < 3 ? 3 : packetLossPercent < 5 ? 2
                : packetLossPercent < 10 ? 1 : 0;
        if (jitterMillis >= 100) {
            bars = Math.min(bars, 1);
        } else if (jitterMillis >= 30) {
            bars = Math.min(bars, 3);
        }
        return inputLevel == 0 ? Math.min(bars, 2) : bars;
    }
}
