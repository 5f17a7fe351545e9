/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.signin;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoAgent;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.session.AgentSignIn;

/**
 * Signs the demo agent ({@link DemoAgent}) in to the demo's sandbox without the login page and makes it Available,
 * so calls placed from the Sandbox menu reach it: {@code sandbox.login} gives the session cookie, which the agent
 * sign-in service trades for tokens over HTTPS with its configuration (the demo's
 * {@link io.connectstreams.demo.internal.sandbox.DemoConfigurationSource}: the sandbox, trusting exactly its
 * certificate), as the agent view's sign-in does. The session is not remembered: the sandbox's port changes at
 * each start.
 */
public final class DemoSignIn {

    /** How long each step (sign-in, state change) may take. */
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
    /** The state the agent is put in after signing in. */
    static final String AVAILABLE = "Available";

    private final Streams streams;
    private final AgentSignIn agentSignIn;
    private final DemoContactCenter contactCenter;

    /**
     * @param streams the Streams service
     * @param agentSignIn the agent sign-in service
     * @param contactCenter the demo's contact center
     */
    public DemoSignIn(Streams streams, AgentSignIn agentSignIn, DemoContactCenter contactCenter) {
        this.streams = streams;
        this.agentSignIn = agentSignIn;
        this.contactCenter = contactCenter;
    }

    /**
     * @param signedIn told the agent on the job's thread once signed in
     * @return a job that {@linkplain #signIn() signs in} (not yet scheduled); its result is an error status, shown
     *         and logged by the workbench, when that fails
     */
    public Job job(Consumer<Agent> signedIn) {
        Job job = Job.create(Messages.SignIn_job, monitor -> {
            try {
                signedIn.accept(signIn());
                return Status.OK_STATUS;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.SignIn_failed, describe(e)), e);
            }
        });
        job.setPriority(Job.SHORT);
        return job;
    }

    /**
     * Signs in and makes the agent Available; blocks, each step at most {@link #STEP_TIMEOUT}. When a session is
     * already running (someone else signed in), it is kept.
     *
     * @return the signed-in agent
     * @throws Exception when the sandbox refuses, a step fails or times out
     */
    public Agent signIn() throws Exception {
        if (streams.isInitialized()) {
            return streams.currentAgent().orElseThrow();
        }
        SandboxLogin login = contactCenter.sandbox().login(DemoAgent.USERNAME, DemoAgent.PASSWORD);
        Agent agent = await(agentSignIn.signIn(agentSignIn.configuration(),
                Credentials.sessionCookie(login.cookieName(), login.cookieValue()), false));
        AgentState available = agent.getConfiguration().agentState(AVAILABLE).orElseThrow(
                () -> new IllegalStateException(agent.getName() + " has no state " + AVAILABLE));
        await(agent.setState(available));
        return agent;
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        try {
            return stage.toCompletableFuture().get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer within " + STEP_TIMEOUT.toSeconds() + " s");
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
