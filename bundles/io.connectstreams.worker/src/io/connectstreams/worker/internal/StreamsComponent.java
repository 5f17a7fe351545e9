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

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.AuthEvent;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;

/**
 * The {@link Streams} service: starts and ends agent {@link Session}s, one at a time, on one
 * {@link SharedHttpClient}, so init/terminate cycles start no new HTTP client threads. A DS component in a
 * framework; outside one, {@link ClassPathStreams} is one (not final for that subclass only).
 */
@Component(service = Streams.class, immediate = true)
public class StreamsComponent implements Streams {

    private final EventBus bus;
    private final Logger logger;
    private final SharedHttpClient http = new SharedHttpClient();
    private Session session;
    private Credentials credentials;

    /**
     * @param bus where the sessions publish
     * @param logger where the sessions log (never secrets)
     */
    @Activate
    public StreamsComponent(@Reference EventBus bus, @Reference(service = LoggerFactory.class) Logger logger) {
        this.bus = bus;
        this.logger = logger;
        logger.debug("Streams service ready");
    }

    @Deactivate
    void deactivate() {
        terminate();
        http.close();
    }

    @Override
    public synchronized CompletionStage<Agent> init(StreamsConfiguration configuration, Credentials newCredentials) {
        if (session != null && !session.isTerminated()) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("a session is running: terminate it before init"));
        }
        credentials = newCredentials;
        session = new Session(configuration, newCredentials, http, bus, logger, Tuning.STREAMS, Clock.systemUTC());
        logger.info("initializing against {}", configuration.instanceUrl());
        return session.start();
    }

    @Override
    public void terminate() {
        Session current;
        synchronized (this) {
            current = session;
            session = null;
        }
        if (current != null) {
            current.terminate();
        }
    }

    @Override
    public CompletionStage<Void> logout() {
        Session current;
        Credentials used;
        synchronized (this) {
            current = session;
            used = credentials;
            session = null;
        }
        return current == null ? CompletableFuture.completedFuture(null) : current.logout(used);
    }

    @Override
    public boolean isInitialized() {
        Session current = session;
        return current != null && !current.isTerminated() && current.store().peek().isPresent();
    }

    @Override
    public ConnectionStatus connectionStatus() {
        Session current = session;
        return current == null ? ConnectionStatus.SIGNED_OUT : current.status();
    }

    @Override
    public Subscription agent(Consumer<Agent> callback) {
        Subscription subscription = bus.subscribe(AgentEvents.INIT, Agent.class, callback);
        currentAgent().ifPresent(callback);
        return subscription;
    }

    @Override
    public Optional<Agent> currentAgent() {
        Session current = session;
        return isInitialized() ? Optional.of(current.agent()) : Optional.empty();
    }

    @Override
    public Subscription contact(Consumer<Contact> callback) {
        Subscription subscription = bus.subscribe(ContactEvents.INIT, Contact.class, callback);
        Session current = session;
        if (current != null) {
            current.store().peek().ifPresent(snapshot -> snapshot.contacts().forEach(
                    c -> current.store().contact(c.contactId()).ifPresent(callback)));
        }
        return subscription;
    }

    @Override
    public Optional<Contact> findContact(String contactId) {
        Session current = session;
        return current == null ? Optional.empty() : current.store().contact(contactId).map(c -> c);
    }

    @Override
    public EventBus eventBus() {
        return bus;
    }

    @Override
    public Duration getSkew() {
        Session current = session;
        return current == null ? Duration.ZERO
                : current.store().peek().map(s -> s.skew()).orElse(Duration.ZERO);
    }

    @Override
    public Subscription onAuthFail(Consumer<AuthEvent> callback) {
        return bus.subscribe(EventType.AUTH_FAIL, AuthEvent.class, callback);
    }

    @Override
    public Subscription onAccessDenied(Consumer<AuthEvent> callback) {
        return bus.subscribe(EventType.ACCESS_DENIED, AuthEvent.class, callback);
    }

    @Override
    public Subscription onAuthorizeSuccess(Consumer<AuthEvent> callback) {
        return bus.subscribe(EventType.AUTHORIZE_SUCCESS, AuthEvent.class, callback);
    }
}
