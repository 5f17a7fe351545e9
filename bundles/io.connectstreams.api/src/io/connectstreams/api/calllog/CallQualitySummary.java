/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.calllog;

/**
 * Audio quality over a whole call, from the softphone's per-second statistics.
 *
 * @param packetLossPercent received packets lost, percent
 * @param averageJitterMillis mean inter-arrival jitter
 * @param averageRoundTripMillis mean round-trip time, -1 when unknown
 * @param averageInputLevel mean level of received audio, 0 to 32767
 * @param samples how many one-second samples were summarized
 */
public record CallQualitySummary(double packetLossPercent, double averageJitterMillis, double averageRoundTripMillis,
        double averageInputLevel, int samples) {

    /** No statistics (desk phone, or the call never reached media). */
    public static final CallQualitySummary NONE = new CallQualitySummary(0, 0, -1, 0, 0);
}
