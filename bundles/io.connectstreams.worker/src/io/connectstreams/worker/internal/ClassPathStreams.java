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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AuthEvent;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;
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
public final class ClassPathStreams implements Streams, AutoCloseable {

    private final SynchronousEventBus bus;
    private final StreamsComponent streams;
    private volatile boolean closed;

    /**
     * For {@link java.util.ServiceLoader}.
     */
    public ClassPathStreams() {
        bus = new SynchronousEventBus(new SystemLogger("io.connectstreams.bus"),
                Boolean.getBoolean(SynchronousEventBus.TRACE_PROPERTY));
        streams = new StreamsComponent(bus, new SystemLogger("io.connectstreams.worker"));
    }

    @Override
    public CompletionStage<Agent> init(StreamsConfiguration configuration, Credentials credentials) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("this Streams service was closed"));
        }
        return streams.init(configuration, credentials);
    }

    @Override
    public void terminate() {
        streams.terminate();
    }

    @Override
    public CompletionStage<Void> logout() {
        return streams.logout();
    }

    @Override
    public boolean isInitialized() {
        return streams.isInitialized();
    }

    @Override
    public ConnectionStatus connectionStatus() {
        return streams.connectionStatus();
    }

    @Override
    public Subscription agent(Consumer<Agent> callback) {
        return streams.agent(callback);
    }

    @Override
    public Optional<Agent> currentAgent() {
        return streams.currentAgent();
    }

    @Override
    public Subscription contact(Consumer<Contact> callback) {
        return streams.contact(callback);
    }

    @Override
    public Optional<Contact> findContact(String contactId) {
        return streams.findContact(contactId);
    }

    @Override
    public EventBus eventBus() {
        return bus;
    }

    @Override
    public Duration getSkew() {
        return streams.getSkew();
    }

    @Override
    public Subscription onAuthFail(Consumer<AuthEvent> callback) {
        return streams.onAuthFail(callback);
    }

    @Override
    public Subscription onAccessDenied(Consumer<AuthEvent> callback) {
        return streams.onAccessDenied(callback);
    }

    @Override
    public Subscription onAuthorizeSuccess(Consumer<AuthEvent> callback) {
        return streams.onAuthorizeSuccess(callback);
    }

    @Override
    public void close() {
        closed = true;
        try {
            streams.deactivate();
        } finally {
            bus.close();
        }
    }
}
