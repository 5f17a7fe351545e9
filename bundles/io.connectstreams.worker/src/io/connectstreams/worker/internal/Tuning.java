/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.time.Duration;

/**
 * The worker's schedule. {@link #STREAMS} holds Streams' own values; tests use shorter ones.
 *
 * @param pollAfterSuccess next snapshot poll after a successful one (Streams: 100 ms)
 * @param pollAfterFailure next poll after a failed one (Streams: 5 s); doubles on each further failure
 * @param pollMaxBackoff the longest wait between failed polls
 * @param configurationInterval configuration reload period (Streams: 30 s)
 * @param tokenCheckInterval how often the token's expiry is checked (Streams: 5 min)
 * @param tokenRefreshMargin refresh when less than this remains (Streams: 30 min)
 * @param refreshBackoffBase first back-off of a failed refresh (Streams' {@code connect.backoff}: 10 s)
 * @param refreshRetries retries of a failed refresh (Streams: 4)
 * @param reauthorizeBackoffBase first back-off of re-authorization after a 401 (Streams' CCP: 500 ms)
 * @param reauthorizeRetries retries of that re-authorization (Streams' CCP: 10)
 * @param webSocketHeartbeat how often the CTI WebSocket sends {@code aws/heartbeat} (Streams: 10 s)
 * @param initDeadline how long {@code init} waits for the first complete snapshot
 * @param maxResponseBytes the largest back-end answer accepted
 */
public record Tuning(Duration pollAfterSuccess, Duration pollAfterFailure, Duration pollMaxBackoff,
        Duration configurationInterval, Duration tokenCheckInterval, Duration tokenRefreshMargin,
        Duration refreshBackoffBase, int refreshRetries, Duration reauthorizeBackoffBase, int reauthorizeRetries,
        Duration webSocketHeartbeat, Duration initDeadline, int maxResponseBytes) {

    /** Streams' values (worker.js, core.js), 60 s to initialize, answers up to 16 MiB. */
    public static final Tuning STREAMS = new Tuning(Duration.ofMillis(100), Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofSeconds(10), 4, Duration.ofMillis(500), 10, Duration.ofSeconds(10), Duration.ofSeconds(60),
            16 * 1024 * 1024);
}
