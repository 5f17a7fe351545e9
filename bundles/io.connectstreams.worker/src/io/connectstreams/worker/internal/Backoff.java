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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with full jitter, as Streams' {@code connect.backoff}: attempt {@code n} (from 0) waits a
 * random time between 0 and {@code base * 2^(n+1)}, at most {@code cap}.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;

    /**
     * @param base the first attempt waits up to twice this
     * @param cap the longest wait
     */
    public Backoff(Duration base, Duration cap) {
        this.base = base;
        this.cap = cap;
    }

    /**
     * @param attempt the retry number, from 0
     * @return how long to wait before it
     */
    public Duration delay(int attempt) {
        long ceiling = base.toMillis() << Math.min(attempt + 1, 20);
        long bounded = Math.min(Math.max(ceiling, 1), cap.toMillis());
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bounded + 1));
    }
}
