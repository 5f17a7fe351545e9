/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without blocking a thread (Jetty's read/demand loop) and stops as soon as it grows past a
 * limit, whether or not the request announced its length.
 */
final class BodyReader implements Runnable {

    /** The body was longer than the limit. */
    static final class TooLargeException extends Exception {

        private static final long serialVersionUID = 1L;

        TooLargeException(int limit) {
            super("the body is longer than " + limit + " bytes");
        }
    }

    private final Request request;
    private final int limit;
    private final BiConsumer<byte[], Throwable> then;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private BodyReader(Request request, int limit, BiConsumer<byte[], Throwable> then) {
        this.request = request;
        this.limit = limit;
        this.then = then;
    }

    static void read(Request request, int limit, BiConsumer<byte[], Throwable> then) {
        new BodyReader(request, limit, then).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                then.accept(null, chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            if (body.size() + buffer.remaining() > limit) {
                chunk.release();
                then.accept(null, new TooLargeException(limit));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            body.write(bytes, 0, bytes.length);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                then.accept(body.toByteArray(), null);
                return;
            }
        }
    }
}
