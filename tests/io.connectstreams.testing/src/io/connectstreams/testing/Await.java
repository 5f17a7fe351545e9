/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;

/**
 * Waits for a condition with a deadline instead of sleeping a fixed time: returns as soon as the condition holds,
 * fails with the description when the deadline passes.
 */
public final class Await {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private Await() {
    }

    /**
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited, for the failure message
     */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                Assertions.fail("timed out after " + timeout.toMillis() + " ms waiting for " + description.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited
     */
    public static void until(Duration timeout, BooleanSupplier condition, String description) {
        until(timeout, condition, () -> description);
    }
}
