/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.time.Duration;
import java.util.Objects;

/**
 * The signaling endpoint's time limits. connect-rtc gives the server 5 s to answer an invite and 2 s to answer a
 * {@code bye}, and tries to reconnect a dropped signaling socket within 10 s; the defaults stay inside those.
 *
 * @param inviteWait how long a new socket may stay open without sending {@code invite}
 * @param answer how long answering an invite may take at most; past it the invite gets error 500 (keep it below
 *        connect-rtc's 5 s)
 * @param iceGathering how long the caller's ICE gathering may take before the answer goes out with the candidates
 *        found so far
 * @param byeReply how long the endpoint waits for the softphone's reply to its own {@code bye}
 * @param reconnectGrace how long the caller's media is kept after the socket of a talking call dropped without
 *        {@code bye}, for a reconnect with the client token
 * @param idle a socket without any traffic for this long is closed (treated like a dropped socket)
 * @param close how long {@code close()} waits for calls to end and threads to stop
 */
public record SignalingTimeouts(Duration inviteWait, Duration answer, Duration iceGathering, Duration byeReply,
        Duration reconnectGrace, Duration idle, Duration close) {

    /** Checks that every limit is positive. */
    public SignalingTimeouts {
        for (Duration limit : new Duration[] { inviteWait, answer, iceGathering, byeReply, reconnectGrace, idle,
                close }) {
            if (Objects.requireNonNull(limit, "limit").isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
        }
    }

    /**
     * @return invite wait 30 s, answer 4.5 s, ICE gathering 3 s, bye reply 2 s, reconnect grace 10 s, idle 10 min,
     *         close 5 s
     */
    public static SignalingTimeouts defaults() {
        return new SignalingTimeouts(Duration.ofSeconds(30), Duration.ofMillis(4500), Duration.ofSeconds(3),
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(5));
    }

    /**
     * @param grace another reconnect grace
     * @return these limits with that grace
     */
    public SignalingTimeouts withReconnectGrace(Duration grace) {
        return new SignalingTimeouts(inviteWait, answer, iceGathering, byeReply, grace, idle, close);
    }

    /**
     * @param limit another idle limit
     * @return these limits with that idle limit
     */
    public SignalingTimeouts withIdle(Duration limit) {
        return new SignalingTimeouts(inviteWait, answer, iceGathering, byeReply, reconnectGrace, limit, close);
    }
}
