/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.AuthEvent;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.Subscription;

/**
 * The entry point, an OSGi service: Streams' {@code connect.core} with {@code initCCP}, {@code terminate},
 * {@code connect.agent(f)} and {@code connect.contact(f)}. One agent session per service at a time; it works
 * without any UI.
 * <p>
 * Typical use:
 *
 * <pre>
 * streams.agent(agent -&gt; agent.onStateChange(change -&gt; log(change.newState())));
 * streams.contact(contact -&gt; contact.onConnecting(c -&gt; c.accept()));
 * streams.init(configuration, Credentials.sessionCookie(name, value));
 * </pre>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Streams {

    /**
     * Starts the session: authorizes, polls the agent snapshot and configuration, and publishes events; Streams'
     * {@code connect.core.initCCP(container, params)}.
     *
     * @param configuration the instance and options
     * @param credentials how to obtain the token
     * @return completes with the agent after the first complete snapshot ({@code agent::init}); fails with
     *         {@link UnauthorizedException} or {@link AccessDeniedException} when the credentials are refused, with
     *         {@link RequestTimeoutException} when the back end does not answer, and with
     *         {@link IllegalStateException} when a session is already running
     */
    CompletionStage<Agent> init(StreamsConfiguration configuration, Credentials credentials);

    /**
     * Stops the session: polling and sockets stop, pending actions fail with {@link TerminatedException}, and no
     * thread, timer or socket is left behind; Streams' {@code connect.core.terminate()}. Calling it when nothing
     * runs is harmless.
     */
    void terminate();

    /**
     * Sets the agent offline if possible, ends the instance's login session and terminates; Streams' documented
     * logout recipe as one call.
     *
     * @return completes when the session is over (also when the back end could not be reached)
     */
    CompletionStage<Void> logout();

    /**
     * @return whether the agent has been initialized and the session runs
     */
    boolean isInitialized();

    /**
     * @return the state of the link to the back end
     */
    ConnectionStatus connectionStatus();

    /**
     * Streams' {@code connect.agent(f)}: called on {@code agent::init}, and at once if the agent is already
     * initialized.
     *
     * @param callback receives the agent
     * @return the subscription
     */
    Subscription agent(Consumer<Agent> callback);

    /**
     * @return the agent once initialized
     */
    Optional<Agent> currentAgent();

    /**
     * Streams' {@code connect.contact(f)}: called on {@code contact::init} for every new contact, and at once for the
     * contacts that already exist.
     *
     * @param callback receives each contact
     * @return the subscription
     */
    Subscription contact(Consumer<Contact> callback);

    /**
     * @param contactId a contact id
     * @return that contact while it is in the snapshot
     */
    Optional<Contact> findContact(String contactId);

    /**
     * @return the bus every event crosses; Streams' {@code connect.core.getEventBus()}
     */
    EventBus eventBus();

    /**
     * @return back-end clock minus local clock from the latest snapshot; Streams' {@code connect.core.getSkew()}
     */
    Duration getSkew();

    /**
     * @param callback receives {@code auth_fail}; Streams' {@code connect.core.onAuthFail(f)}
     * @return the subscription
     */
    Subscription onAuthFail(Consumer<AuthEvent> callback);

    /**
     * @param callback receives {@code access_denied}; Streams' {@code connect.core.onAccessDenied(f)}
     * @return the subscription
     */
    Subscription onAccessDenied(Consumer<AuthEvent> callback);

    /**
     * @param callback receives {@code authorize_success}; Streams' {@code connect.core.onAuthorizeSuccess(f)}
     * @return the subscription
     */
    Subscription onAuthorizeSuccess(Consumer<AuthEvent> callback);
}
