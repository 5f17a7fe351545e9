/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A held {@code GetAgentSnapshot}: answered once, by a change of the agent or by its timeout.
 */
final class PendingPoll {

    private final SnapshotListener listener;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile ScheduledFuture<?> timeout;

    PendingPoll(SnapshotListener listener) {
        this.listener = listener;
    }

    void timeout(ScheduledFuture<?> future) {
        this.timeout = future;
    }

    boolean isAnswered() {
        return answered.get();
    }

    /**
     * Answers unless already answered; never throws (a listener failure is the HTTP layer's business).
     */
    void answer(String responseJson) {
        if (answered.compareAndSet(false, true)) {
            ScheduledFuture<?> future = timeout;
            if (future != null) {
                future.cancel(false);
            }
            listener.answer(responseJson);
        }
    }
}
