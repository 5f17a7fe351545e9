/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.demo.internal.crm.Registration;
import io.connectstreams.demo.internal.crm.ScreenPopEvent;
import io.connectstreams.demo.internal.crm.ScreenPopService;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.sandbox.PlacedCall;
import io.connectstreams.demo.internal.signin.DemoSignIn;
import io.connectstreams.sandbox.AgentStatus;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The demo end to end without the screen: the sign-in job signs the demo agent in to the demo's sandbox through
 * the worker's Streams service, calls placed like the Sandbox menu does reach the agent, and the screen pop names
 * the caller from the worker's real events.
 */
class DemoSignInTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Streams streams = Bundles.service(Streams.class, WAIT);
    private final AgentSignIn agentSignIn = Bundles.service(AgentSignIn.class, WAIT);
    private final DemoContactCenter contactCenter = Bundles.service(DemoContactCenter.class, WAIT);
    private final ScreenPopService screenPop = Bundles.service(ScreenPopService.class, WAIT);
    private final List<ScreenPopEvent> pops = new CopyOnWriteArrayList<>();
    private final Registration listener = screenPop.onPop(pops::add);

    @AfterEach
    void signOut() {
        listener.close();
        streams.terminate();
    }

    @Test
    void theDemoAgentSignsInAndCallersPopTheirCustomer() throws Exception {
        List<Agent> signedIn = new CopyOnWriteArrayList<>();
        Job job = new DemoSignIn(streams, agentSignIn, contactCenter).job(signedIn::add);
        job.schedule();
        assertTrue(job.join(WAIT.toMillis(), null), "the sign-in job ends");
        IStatus result = job.getResult();
        assertTrue(result.isOK(), result::toString);
        assertTrue(streams.isInitialized());
        assertEquals(List.of("Jane Doe"), signedIn.stream().map(Agent::getName).toList());
        Await.until(WAIT, () -> "Available".equals(janesState()), () -> "jane is " + janesState());

        Customer mei = CustomerDirectory.builtIn().findByPhone("+14255550155").orElseThrow();
        PlacedCall known = contactCenter.calls().callFrom(mei);
        ScreenPopEvent pop = awaitPop(known.contactId());
        assertEquals(Optional.of(mei), pop.knownCustomer());
        assertEquals("+14255550155", pop.number());

        assertEquals(Optional.of(known.contactId()), contactCenter.calls().hangUpActiveCall());
        Await.until(WAIT, () -> streams.findContact(known.contactId()).isEmpty(), "the hung-up call is gone");

        PlacedCall unknown = contactCenter.calls().callFromUnknownNumber();
        ScreenPopEvent unknownPop = awaitPop(unknown.contactId());
        assertTrue(unknownPop.knownCustomer().isEmpty());
        assertEquals(unknown.number(), unknownPop.number());
        assertEquals(Optional.of(unknown.contactId()), contactCenter.calls().hangUpActiveCall());
        Await.until(WAIT, () -> streams.findContact(unknown.contactId()).isEmpty(), "the second call is gone");
        assertEquals(Optional.empty(), contactCenter.calls().hangUpActiveCall(), "no live call is left");
    }

    @Test
    void theAgentViewsSignInReachesTheSandbox() throws Exception {
        // the demo's configuration source outranks the preferences: "Sign in again" in the view reaches the sandbox
        assertEquals(contactCenter.sandbox().baseUri(), agentSignIn.configuration().instanceUrl());
        Agent agent = new DemoSignIn(streams, agentSignIn, contactCenter).signIn();
        assertEquals("Jane Doe", agent.getName());
    }

    @Test
    void signingInTwiceKeepsTheRunningSession() throws Exception {
        DemoSignIn signIn = new DemoSignIn(streams, agentSignIn, contactCenter);
        String name = signIn.signIn().getName();
        assertEquals(name, signIn.signIn().getName(), "the second sign-in finds the first session");
        assertTrue(streams.isInitialized());
    }

    private ScreenPopEvent awaitPop(String contactId) {
        Await.until(WAIT, () -> pops.stream().anyMatch(p -> p.contactId().equals(contactId)),
                () -> "a screen pop for " + contactId + ", got " + pops);
        List<ScreenPopEvent> forContact = pops.stream().filter(p -> p.contactId().equals(contactId)).toList();
        assertEquals(1, forContact.size(), "one pop per call");
        return forContact.get(0);
    }

    private String janesState() {
        return contactCenter.sandbox().control().agents().stream().filter(a -> a.username().equals("jane"))
                .map(AgentStatus::state).findFirst().orElse("none");
    }
}
