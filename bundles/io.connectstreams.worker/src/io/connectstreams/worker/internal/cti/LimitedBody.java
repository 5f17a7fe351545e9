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

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import io.connectstreams.api.MalformedResponseException;

/**
 * Reads a response body into memory, up to a limit: a larger body cancels the download and fails with
 * {@link MalformedResponseException} instead of filling the heap.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The first buffer of an answer without {@code Content-Length}; it doubles as the answer grows. */
    private static final int FIRST_BUFFER = 1024;
    /** A larger {@code Content-Length} is not allocated ahead: claiming much and sending little costs little. */
    private static final int MAX_FIRST_BUFFER = 256 * 1024;

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final int limit;
    private final int status;
    private byte[] buffer;
    private int size;
    private Flow.Subscription subscription;

    private LimitedBody(int limit, int status, long expected) {
        this.limit = limit;
        this.status = status;
        // sized by Content-Length, so a snapshot is read into one array of its size and not copied
        long first = expected > 0 ? expected : FIRST_BUFFER;
        this.buffer = new byte[(int) Math.min(Math.min(limit, MAX_FIRST_BUFFER), first)];
    }

    static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> new LimitedBody(limit, info.statusCode(), contentLength(info.headers()));
    }

    private static long contentLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(0);
        } catch (NumberFormatException e) {
            return 0; // the client refuses such an answer itself; the buffer just starts small
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        this.subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return; // over the limit: the rest is dropped
        }
        for (ByteBuffer item : items) {
            int length = item.remaining();
            if ((long) size + length > limit) {
                subscription.cancel();
                result.completeExceptionally(new MalformedResponseException(
                        "the response is larger than " + limit + " bytes", status, null));
                return;
            }
            if (size + length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.min(limit, Math.max(buffer.length * 2, size + length)));
            }
            item.get(buffer, size, length);
            size += length;
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
