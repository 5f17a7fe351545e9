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

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.LogEcho;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.CustomerContact;

/**
 * The test kit's contact center (a real sandbox over HTTPS, the real worker's {@link Streams} service signed in to
 * it, the bus recorded) and the softphone service under test, whose virtual microphone plays 880 Hz at 0.2 of full
 * scale (RMS 4634) so the caller's side can recognize the agent.
 */
final class SoftphoneFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CALLER = "+14255550100";
    static final double AGENT_HZ = 880;
    static final double AGENT_AMPLITUDE = 0.2;

    final ContactCenter center;
    final Sandbox sandbox;
    final Streams streams;
    final Agent agent;
    final BusRecorder events;
    final Softphone softphone;
    final SoftphoneProbe probe;

    private SoftphoneFixture(Sandbox.Builder builder, String username) throws Exception {
        LogEcho.install();
        startWorker();
        Streams service = Bundles.service(Streams.class, WAIT);
        softphone = Bundles.service(Softphone.class, WAIT);
        probe = Bundles.service(SoftphoneProbe.class, WAIT);
        probe.playTone(AGENT_HZ, AGENT_AMPLITUDE);
        try {
            center = ContactCenter.start(builder, service, username, WAIT);
        } catch (Exception | Error e) {
            resetProbe();
            throw e;
        }
        sandbox = center.sandbox();
        streams = center.streams();
        agent = center.agent();
        events = center.events();
    }

    /**
     * @param username a sandbox agent (password {@code <username>-sandbox})
     * @return the agent signed in, in its initial state
     */
    static SoftphoneFixture signedIn(Sandbox.Builder builder, String username) throws Exception {
        return new SoftphoneFixture(builder, username);
    }

    /**
     * @param username a sandbox agent (password {@code <username>-sandbox})
     * @return the agent signed in and {@code Available}
     */
    static SoftphoneFixture available(Sandbox.Builder builder, String username) throws Exception {
        SoftphoneFixture fixture = signedIn(builder, username);
        try {
            fixture.center.agentGoes("Available");
        } catch (RuntimeException | Error e) {
            fixture.close();
            throw e;
        }
        return fixture;
    }

    /** The worker bundle has no lazy activation policy: the test runtime installs it but does not start it. */
    static void startWorker() throws BundleException {
        Bundle worker = Bundles.resolved("io.connectstreams.worker");
        if (worker.getState() != Bundle.ACTIVE) {
            worker.start();
        }
    }

    /** {@link #CALLER} calls {@code BasicQueue}; the call is offered to the signed-in agent. */
    CustomerContact customerCalls() {
        return center.customerCalls(CALLER);
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

    /**
     * Signs out and waits until every softphone session ended before the contact center stops the sandbox: the
     * softphone's hang-up still reaches a sandbox that answers.
     */
    @Override
    public void close() {
        try {
            streams.terminate();
            Await.until(WAIT, () -> softphone.sessions().isEmpty(), "every softphone session to end");
        } finally {
            try {
                center.close();
            } finally {
                resetProbe();
            }
        }
    }

    private void resetProbe() {
        probe.silence();
        probe.setMicrophoneAvailable(true);
    }
}
