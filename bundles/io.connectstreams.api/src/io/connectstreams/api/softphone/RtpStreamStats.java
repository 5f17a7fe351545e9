/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

import java.time.Instant;

/**
 * One second of one audio direction; Streams' {@code RTPStreamStats} as sent by {@code SendSoftphoneCallMetrics}.
 * As in rtc-js, {@code audio_input} is what the agent receives (inbound RTP) and {@code audio_output} what the agent
 * sends.
 *
 * @param softphoneStreamType {@code "audio_input"} or {@code "audio_output"}
 * @param timestamp when it was measured
 * @param packetsLost packets lost in this second
 * @param packetsCount packets received (input) or sent (output) in this second
 * @param audioLevel audio level, 0 to 32767
 * @param jitterBufferMillis jitter-buffer delay
 * @param roundTripTimeMillis round-trip time, -1 when unknown
 * @param jitterMillis inter-arrival jitter
 */
public record RtpStreamStats(String softphoneStreamType, Instant timestamp, long packetsLost, long packetsCount,
        int audioLevel, long jitterBufferMillis, long roundTripTimeMillis, long jitterMillis) {

    /** Stream type of the received audio. */
    public static final String AUDIO_INPUT = "audio_input";

    /** Stream type of the sent audio. */
    public static final String AUDIO_OUTPUT = "audio_output";
}
