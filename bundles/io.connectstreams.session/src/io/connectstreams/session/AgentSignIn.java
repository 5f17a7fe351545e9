/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session;

import java.util.concurrent.CompletionStage;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.config.StreamsConfiguration;

/**
 * Signs the agent in and out, headless: the OSGi service the agent view's sign-in uses, and embedders and tests too.
 * Every method returns at once; the work runs in an Eclipse {@code Job} (with progress in the Progress view when
 * there is a workbench), never on the caller's thread, and the stages complete on that job's thread. The view
 * reacts to the events of the session whoever started it, so calling {@link io.connectstreams.api.Streams#init}
 * directly works too; this service adds the configuration of the {@link ConfigurationSource} and remembering the
 * session in the {@link SessionStore}.
 */
public interface AgentSignIn {

    /**
     * Gives the configuration of the highest-ranked {@link ConfigurationSource}: by default the preferences
     * ({@link SessionPreferences}: instance and login URL, region, the trusted certificate file added to the JVM's
     * trust, the ringtones). It may read a file: call it off the UI thread.
     *
     * @return the configuration
     * @throws ConfigurationException naming each broken field ({@code instanceUrl}, {@code trustedCertificate}, ...)
     */
    StreamsConfiguration configuration();

    /**
     * Starts the session ({@link io.connectstreams.api.Streams#init}) in a job.
     *
     * @param configuration the instance
     * @param credentials the login session or token
     * @param remember whether to keep a session cookie in the {@link SessionStore} once signed in
     * @return completes with the agent; fails as {@link io.connectstreams.api.Streams#init} does, or with
     *         {@link java.util.concurrent.CancellationException} when the job is cancelled (the session is then
     *         terminated)
     */
    CompletionStage<Agent> signIn(StreamsConfiguration configuration, Credentials credentials, boolean remember);

    /**
     * @return completes with whether a session is stored (no password is asked for)
     */
    CompletionStage<Boolean> hasStoredSession();

    /**
     * Signs in with the stored session and the {@link #configuration()}.
     *
     * @return completes with the agent; fails with {@link IllegalStateException} when no session is stored or it
     *         belongs to another instance, and as {@link #signIn} otherwise
     */
    CompletionStage<Agent> signInWithStoredSession();

    /**
     * Signs out ({@link io.connectstreams.api.Streams#logout()}: the agent goes offline, the instance's session ends) and removes the
     * stored session.
     *
     * @return completes when both are done (also when the back end could not be reached)
     */
    CompletionStage<Void> signOut();
}
