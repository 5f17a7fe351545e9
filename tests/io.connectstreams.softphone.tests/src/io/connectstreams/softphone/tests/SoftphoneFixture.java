/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.LogEcho;
import io.connectstreams.testkit.BusRecorder;

/**
 * A real sandbox over HTTPS, the real worker ({@link Streams} service) signed in to it, the real bus and the
 * softphone service under test, whose virtual microphone plays 880 Hz at 0.2 of full scale (RMS 4634) so the
 * caller's side can recognize the agent.
 */
final class SoftphoneFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CALLER = "+14255550100";
    static final double AGENT_HZ = 880;
    static final double AGENT_AMPLITUDE = 0.2;

    final Sandbox sandbox;
    final EventBus bus;
    final Streams streams;
    final Softphone softphone;
    final SoftphoneProbe probe;
    final BusRecorder events;
    Agent agent;

    SoftphoneFixture(Sandbox.Builder builder) throws Exception {
        LogEcho.install();
        startWorker();
        bus = Bundles.service(EventBus.class, WAIT);
        streams = Bundles.service(Streams.class, WAIT);
        softphone = Bundles.service(Softphone.class, WAIT);
        probe = Bundles.service(SoftphoneProbe.class, WAIT);
        probe.playTone(AGENT_HZ, AGENT_AMPLITUDE);
        sandbox = builder.start();
        events = new BusRecorder(bus);
    }

    /** The worker bundle has no lazy activation policy: the test runtime installs it but does not start it. */
    static void startWorker() throws BundleException {
        Bundle worker = Bundles.resolved("io.connectstreams.worker");
        if (worker.getState() != Bundle.ACTIVE) {
            worker.start();
        }
    }

    /** Signs the agent in through the worker, over HTTPS trusting exactly the sandbox's certificate. */
    Agent signIn(String username) throws Exception {
        SandboxLogin login = sandbox.login(username, username + "-sandbox");
        StreamsConfiguration configuration = StreamsConfiguration.builder(sandbox.baseUri())
                .sslContext(sandbox.clientSslContext()).build();
        agent = streams.init(configuration, Credentials.sessionCookie(login.cookieName(), login.cookieValue()))
                .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return agent;
    }

    void available() throws Exception {
        await(agent.setState(agent.getConfiguration().agentState("Available").orElseThrow()));
        Await.until(WAIT, () -> "Available".equals(agent.getState().name()), "the agent to be Available");
    }

    /** Places a call or callback and returns the contact once the worker has it. */
    Contact offer(Supplier<String> place) {
        String contactId = place.get();
        Await.until(WAIT, () -> streams.findContact(contactId).isPresent(), "contact " + contactId);
        return streams.findContact(contactId).orElseThrow();
    }

    SoftphoneSessionInfo awaitSession(String contactId, SoftphoneSessionState state) {
        return events.await(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class,
                info -> info.contactId().equals(contactId) && info.state() == state, WAIT,
                "the session of " + contactId + " in " + state);
    }

    SoftphoneSessionInfo awaitEnded(String contactId) {
        return events.await(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class,
                info -> info.contactId().equals(contactId) && info.state().isFinal(), WAIT,
                "the session of " + contactId + " to end");
    }

    static void await(CompletionStage<?> stage) throws Exception {
        stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            streams.terminate();
            Await.until(WAIT, () -> softphone.sessions().isEmpty(), "every softphone session to end");
        } finally {
            events.close();
            sandbox.close();
            probe.silence();
            probe.setMicrophoneAvailable(true);
        }
    }
}
