/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.session.ConfigurationSource;
import io.connectstreams.session.SessionStore;
import io.connectstreams.session.SessionStore.StoredSession;


/**
 * The {@link AgentSignIn} service: sign-in and sign-out as jobs, the configuration from the highest-ranked
 * {@link ConfigurationSource}, the session remembered in the highest-ranked {@link SessionStore}.
 */
@Component(service = AgentSignIn.class)
public final class SignInComponent implements AgentSignIn {

    /** The longest a sign-in may take; the session's own timeouts end it sooner (each is at most 5 minutes). */
    private static final Duration SIGN_IN_LIMIT = Duration.ofMinutes(6);
    /** How often a waiting job looks at its cancel button. */
    private static final long POLL_MILLIS = 100;

    @Reference
    private Streams streams;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionStore store;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationSource source;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Override
    public StreamsConfiguration configuration() {
        return source.configuration();
    }

    @Override
    public CompletionStage<Agent> signIn(StreamsConfiguration configuration, Credentials credentials,
            boolean remember) {
        return Jobs.run(Messages.SignIn_job, monitor -> {
            Agent agent = init(configuration, credentials, monitor);
            if (remember && credentials instanceof Credentials.SessionCookie cookie) {
                remember(new StoredSession(configuration.instanceUrl(), cookie));
            }
            return agent;
        });
    }

    @Override
    public CompletionStage<Boolean> hasStoredSession() {
        return Jobs.run(Messages.SignIn_checkStoredJob, monitor -> store.contains());
    }

    @Override
    public CompletionStage<Agent> signInWithStoredSession() {
        return Jobs.run(Messages.SignIn_job, monitor -> {
            StreamsConfiguration configuration = configuration();
            Optional<StoredSession> stored = store.load();
            if (stored.isEmpty()) {
                throw new IllegalStateException(Messages.SignIn_noStoredSession);
            }
            if (!sameInstance(stored.get(), configuration)) {
                throw new IllegalStateException(Messages.SignIn_storedSessionOtherInstance);
            }
            return init(configuration, stored.get().cookie(), monitor);
        });
    }

    @Override
    public CompletionStage<Void> signOut() {
        return Jobs.run(Messages.SignOut_job, monitor -> {
            try {
                await(streams.logout().toCompletableFuture(), monitor);
            } finally {
                store.remove();
            }
            return null;
        });
    }

    private Agent init(StreamsConfiguration configuration, Credentials credentials, IProgressMonitor monitor)
            throws Exception { // NOSONAR what init fails with goes to the caller
        monitor.beginTask(Messages.SignIn_job, IProgressMonitor.UNKNOWN);
        logger.info("signing in to {}", configuration.instanceUrl()); //$NON-NLS-1$
        CompletableFuture<Agent> init = streams.init(configuration, credentials).toCompletableFuture();
        try {
            return await(init, monitor);
        } catch (CancellationException | TimeoutException e) {
            streams.terminate();
            throw e;
        }
    }

    private static <T> T await(CompletableFuture<T> stage, IProgressMonitor monitor)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + SIGN_IN_LIMIT.toNanos();
        while (true) {
            if (monitor.isCanceled()) {
                throw new CancellationException();
            }
            try {
                return stage.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
        }
    }

    private void remember(StoredSession session) {
        try {
            store.save(session);
        } catch (IOException e) {
            // signed in all the same; the next start asks for the login page again
            logger.warn("the session could not be kept in secure storage: {}", e.getMessage()); //$NON-NLS-1$
        }
    }

    private static boolean sameInstance(StoredSession stored, StreamsConfiguration configuration) {
        return normalized(stored.instanceUrl().toString()).equals(normalized(configuration.instanceUrl().toString()));
    }

    private static String normalized(String url) {
        return url.endsWith("/") ? url : url + "/"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
