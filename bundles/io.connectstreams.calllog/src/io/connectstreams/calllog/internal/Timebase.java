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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Puts back-end timestamps on this machine's clock. Every time of the call log is local: a back-end timestamp
 * minus the clock skew of the snapshot that carried it (Streams' {@code snapshot.skew}, back-end minus local), and
 * when a change has no back-end timestamp, the local time the snapshot that showed it arrived.
 *
 * @param skew back-end clock minus local clock, of the latest snapshot
 * @param receivedAt the local time the latest snapshot arrived
 */
record Timebase(Duration skew, Instant receivedAt) {

    /** Validates. */
    Timebase {
        Objects.requireNonNull(skew, "skew");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * @param backEnd a back-end timestamp, may be {@code null}
     * @return that moment on the local clock, never later than the snapshot's arrival (a change cannot be seen
     *         before it happened); the arrival time when the timestamp is missing
     */
    Instant local(Instant backEnd) {
        if (backEnd == null) {
            return receivedAt;
        }
        Instant local = backEnd.minus(skew);
        return local.isAfter(receivedAt) ? receivedAt : local;
    }
}
