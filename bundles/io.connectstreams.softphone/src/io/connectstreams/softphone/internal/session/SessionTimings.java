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

import java.time.Duration;

/**
 * The softphone's time limits, connect-rtc's by default.
 *
 * @param iceCollection ICE candidate collection (connect-rtc: 8 s)
 * @param signalingConnect opening the signaling socket, all attempts (10 s)
 * @param signalingAttempts sockets tried (3)
 * @param answer the answer to {@code invite} or {@code connectContact} (5 s)
 * @param bye the answer to {@code bye} or {@code disconnectContact} (2 s)
 * @param statsInterval statistics sampling (1 s)
 * @param statsPublication publication of statistics ({@code softphone_stats}, {@code SendSoftphoneCallMetrics}: 30 s)
 */
public record SessionTimings(Duration iceCollection, Duration signalingConnect, int signalingAttempts,
        Duration answer, Duration bye, Duration statsInterval, Duration statsPublication) {

    /** connect-rtc's and Streams' values. */
    public static final SessionTimings DEFAULT = new SessionTimings(Duration.ofSeconds(8), Duration.ofSeconds(10), 3,
            Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(30));
}
