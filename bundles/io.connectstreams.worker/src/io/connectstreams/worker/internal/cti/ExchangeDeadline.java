/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One total deadline for an HTTP exchange: headers, body and all. {@code HttpRequest.timeout} stops counting once
 * the headers arrive, so a server that stalls after them or trickles the body would hold a call (and its
 * connection) forever. When the deadline passes first, the exchange is cancelled, which closes its connection
 * (JDK 16 and later), and the call fails with a {@link TimeoutException}.
 */
public final class ExchangeDeadline {

    private ExchangeDeadline() {
    }

    /**
     * @param exchange what {@code HttpClient.sendAsync} returned
     * @param deadline how long the whole exchange may take
     * @return completes as the exchange does, or with a {@link TimeoutException} at the deadline
     */
    public static <T> CompletableFuture<T> bound(CompletableFuture<T> exchange, Duration deadline) {
        CompletableFuture<T> bounded = new CompletableFuture<>();
        exchange.whenComplete((value, failure) -> {
            if (failure == null) {
                bounded.complete(value);
            } else {
                bounded.completeExceptionally(failure);
            }
        });
        // the JDK's one delay thread fires the timeout; a call that ends first cancels its timer
        bounded.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, failure) -> {
            if (failure instanceof TimeoutException) {
                exchange.cancel(true);
            }
        });
        return bounded;
    }
}
