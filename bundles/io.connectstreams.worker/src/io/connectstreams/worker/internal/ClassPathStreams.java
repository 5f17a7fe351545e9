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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.bus.internal.SynchronousEventBus;

/**
 * The real {@link Streams} service on a plain class path, without an OSGi framework: the worker's
 * {@link StreamsComponent} on an event bus of its own, logging through {@link System#getLogger(String)}. Found with
 * {@code ServiceLoader.load(Streams.class)} ({@code META-INF/services/io.connectstreams.api.Streams}); inside a
 * framework the DS component is the service and this class is never loaded. {@link #close()} terminates the
 * session as {@link #terminate()} does (call {@link #logout()} first to end the login session too) and stops the
 * HTTP client and the bus; a closed instance refuses {@link #init} with a failed stage.
 * <p>
 * Event tracing is on when the system property {@value SynchronousEventBus#TRACE_PROPERTY} is {@code true}.
 */
public final class ClassPathStreams extends StreamsComponent implements AutoCloseable {

    private final SynchronousEventBus bus;
    private volatile boolean closed;

    /**
     * For {@link java.util.ServiceLoader}.
     */
    public ClassPathStreams() {
        this(new SynchronousEventBus(new SystemLogger("io.connectstreams.bus"),
                Boolean.getBoolean(SynchronousEventBus.TRACE_PROPERTY)));
    }

    private ClassPathStreams(SynchronousEventBus bus) {
        super(bus, new SystemLogger("io.connectstreams.worker"));
        this.bus = bus;
    }

    @Override
    public CompletionStage<Agent> init(StreamsConfiguration configuration, Credentials credentials) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("this Streams service was closed"));
        }
        return super.init(configuration, credentials);
    }

    @Override
    public void close() {
        closed = true;
        try {
            deactivate();
        } finally {
            bus.close();
        }
    }
}
