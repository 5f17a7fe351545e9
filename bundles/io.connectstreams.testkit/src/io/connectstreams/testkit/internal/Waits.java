/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits on conditions with a deadline instead of sleeping a fixed time: returns as soon as the condition holds,
 * fails with an {@link AssertionError} naming what was awaited when the deadline passes.
 */
public final class Waits {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private Waits() {
    }

    /**
     * @param timeout the deadline
     * @param condition what must become true
     * @param description what is awaited, for the failure message
     * @throws AssertionError when the deadline passes
     */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for "
                        + description.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * @param timeout the deadline
     * @param value what must become present
     * @param description what is awaited, for the failure message
     * @return the value, once present
     * @throws AssertionError when the deadline passes
     */
    public static <T> T present(Duration timeout, Supplier<Optional<T>> value, Supplier<String> description) {
        AtomicReference<T> found = new AtomicReference<>();
        until(timeout, () -> {
            found.set(value.get().orElse(null));
            return found.get() != null;
        }, description);
        return found.get();
    }

    /**
     * @param stage a request under way
     * @param timeout how long it may take
     * @param description what it is, for the failure message
     * @return its result
     * @throws AssertionError when it fails or takes longer
     */
    public static <T> T result(CompletionStage<T> stage, Duration timeout, String description) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + description, e);
        } catch (ExecutionException e) {
            throw new AssertionError(description + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + description, e);
        }
    }
}
