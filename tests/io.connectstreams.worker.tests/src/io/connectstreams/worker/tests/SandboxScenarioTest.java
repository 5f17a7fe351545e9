/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Connection;
import io.connectstreams.api.Contact;
import io.connectstreams.api.ConnectOptions;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.AgentStateChange;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.LogEcho;
import io.connectstreams.testkit.ContactCenter;

/**
 * The worker against the real sandbox over HTTPS, signed in through its Streams service by the test kit's
 * {@link ContactCenter}: each sandbox scenario gives exactly Streams' agent and contact events, in order, and every
 * action reaches the back end.
 */
class SandboxScenarioTest {

    private static final String CALLER = "+14255550100";
    private static final Duration WAIT = SandboxSession.WAIT;

    private ContactCenter center;

    @AfterEach
    void stop() {
        if (center != null) {
            center.close();
        }
    }

    @Test
    void anInboundSoftphoneCallFromOfferToClear() throws Exception {
        start(Sandbox.builder());
        goAvailable();
        center.events().take();

        Contact contact = offer(() -> center.sandbox().control().placeCall(CALLER));
        assertTrue(contact.isSoftphoneCall());
        assertTrue(contact.isInbound());
        assertEquals(CALLER, contact.getInitialConnection().orElseThrow().getEndpoint().phoneNumber());
        await(contact.accept());
        awaitState(contact, ContactStateType.CONNECTED);
        Connection customer = contact.getInitialConnection().orElseThrow();
        await(customer.hold());
        Await.until(WAIT, () -> customer.isOnHold(), "the customer on hold");
        await(customer.resume());
        Await.until(WAIT, () -> customer.isConnected(), "the customer back");
        await(customer.sendDigits("12#"));
        await(contact.getAgentConnection().orElseThrow().destroy());
        awaitState(contact, ContactStateType.ENDED);
        await(contact.clear());
        center.events().await(ContactEvents.DESTROYED, WAIT);

        assertEquals(List.of("agent::state_change Available->PendingBusy", "contact::init", "contact::connecting",
                "agent::state_change PendingBusy->Busy", "contact::connected",
                "agent::state_change Busy->AfterCallWork", "agent::acw", "contact::acw", "contact::ended",
                "agent::routable", "agent::state_change AfterCallWork->Available", "contact::destroyed"),
                milestones());
        assertEquals(1, count(ContactEvents.ACCEPTED));
        assertEquals(count(ContactEvents.REFRESH), count(ContactEvents.scoped(ContactEvents.REFRESH,
                contact.getContactId())), "every global contact event also went out scoped");
        assertTrue(center.sandbox().control().records().stream().anyMatch(r -> r.action().equals("SendDigits")));
    }

    @Test
    void aQueueCallbackIsOfferedIncomingThenConnects() throws Exception {
        start(Sandbox.builder());
        goAvailable();
        center.events().take();

        Contact callback = offer(() -> center.sandbox().control().placeCallback(CALLER, "BasicQueue", "jane"));
        assertEquals(ContactType.QUEUE_CALLBACK, callback.getType());
        assertEquals(ContactStateType.INCOMING, callback.getState().type());
        await(callback.accept());
        Await.until(WAIT, () -> callback.getState().type() != ContactStateType.INCOMING, "the callback to dial");
        if (callback.getState().type() == ContactStateType.CONNECTING) {
            center.sandbox().control().answer(callback.getContactId());
        }
        awaitState(callback, ContactStateType.CONNECTED);
        await(callback.getAgentConnection().orElseThrow().destroy());
        awaitState(callback, ContactStateType.ENDED);
        await(callback.clear());
        center.events().await(ContactEvents.DESTROYED, WAIT);

        List<String> contactEvents = milestones().stream().filter(m -> m.startsWith("contact::")).toList();
        assertEquals("contact::init", contactEvents.get(0));
        assertEquals("contact::incoming", contactEvents.get(1));
        assertEquals(List.of("contact::connected", "contact::acw", "contact::ended", "contact::destroyed"),
                contactEvents.subList(contactEvents.size() - 4, contactEvents.size()));
    }

    @Test
    void aMissedCallEndsThenMissesAndPutsTheAgentInAnErrorState() throws Exception {
        Agent agent = start(Sandbox.builder().ringTimeout(Duration.ofSeconds(2)));
        goAvailable();
        center.events().take();

        Contact contact = offer(() -> center.sandbox().control().placeCall(CALLER));
        center.events().await(ContactEvents.MISSED, WAIT);
        Await.until(WAIT, () -> agent.getState().isError(), "the agent's missed-call state");
        List<String> milestones = milestones();
        int missed = milestones.indexOf("contact::missed");
        assertEquals("contact::ended", milestones.get(missed - 1), "Streams fires ended before missed");
        assertTrue(milestones.contains("agent::error"));
        assertEquals(1, count(ContactEvents.ENDED));
        assertEquals(ContactStateType.MISSED, contact.getState().type());
    }

    @Test
    void aTransferAddsAThirdPartyAndHandsTheContactAway() throws Exception {
        Agent agent = start(Sandbox.builder().calleeAnswerDelay(Duration.ofMillis(200)));
        goAvailable();
        Contact contact = offer(() -> center.sandbox().control().placeCall(CALLER));
        await(contact.accept());
        awaitState(contact, ContactStateType.CONNECTED);

        List<Endpoint> endpoints = await(agent.getEndpoints(agent.getAllQueueArns()));
        assertTrue(endpoints.size() >= 1, "quick connects: " + endpoints);
        await(contact.addConnection(Endpoint.byPhoneNumber("+14255550199")));
        Await.until(WAIT, () -> contact.getThirdPartyConnections().size() == 1, "a third party");
        Connection third = contact.getThirdPartyConnections().get(0);
        assertEquals(ConnectionType.OUTBOUND, third.getType());
        Await.until(WAIT, () -> contact.getInitialConnection().orElseThrow().isOnHold(), "the customer held");
        Await.until(WAIT, () -> third.isConnected(), "the third party to answer");
        await(contact.toggleActiveConnections());
        await(contact.conferenceConnections());
        Await.until(WAIT, () -> contact.toSnapshot().activeConnections().stream()
                .noneMatch(c -> c.state().type() == ConnectionStateType.HOLD), "everyone in conference");
        center.events().take();
        await(contact.transfer(Endpoint.byPhoneNumber("+14255550177")));
        center.events().await(ContactEvents.ENDED, WAIT);
        await(contact.clear());
        center.events().await(ContactEvents.DESTROYED, WAIT);
        List<String> contactEvents = milestones().stream().filter(m -> m.startsWith("contact::")).toList();
        assertEquals(List.of("contact::acw", "contact::ended", "contact::destroyed"), contactEvents,
                "the transfer ends the contact for the agent (after-call work), clear destroys it");
        assertTrue(center.events().events().stream().anyMatch(e -> e.name().equals("streams::contact_action")
                && e.data().toString().contains("action=transfer, succeeded=true")));
    }

    @Test
    void anOutboundCallConnectsWhenTheCalleeAnswers() throws Exception {
        Agent agent = start(Sandbox.builder().calleesAnswerManually());
        goAvailable();
        center.events().take();

        await(agent.connect(Endpoint.byPhoneNumber("+14255550142"), ConnectOptions.DEFAULT));
        BusEvent init = center.events().await(ContactEvents.INIT, WAIT);
        Contact contact = (Contact) init.data();
        assertEquals("+14255550142", contact.getInitialConnection().orElseThrow().getEndpoint().phoneNumber());
        assertEquals(ConnectionType.OUTBOUND, contact.getInitialConnection().orElseThrow().getType());
        center.sandbox().control().answer(contact.getContactId());
        awaitState(contact, ContactStateType.CONNECTED);
        await(contact.getAgentConnection().orElseThrow().destroy());
        awaitState(contact, ContactStateType.ENDED);
        await(contact.clear());
        center.events().await(ContactEvents.DESTROYED, WAIT);
        List<String> contactEvents = milestones().stream().filter(m -> m.startsWith("contact::")).toList();
        assertEquals("contact::init", contactEvents.get(0));
        assertEquals(List.of("contact::connected", "contact::acw", "contact::ended", "contact::destroyed"),
                contactEvents.subList(contactEvents.size() - 4, contactEvents.size()));
    }

    @Test
    void aRejectedOfferEndsAndIsDestroyed() throws Exception {
        start(Sandbox.builder());
        goAvailable();
        Contact contact = offer(() -> center.sandbox().control().placeCall(CALLER));
        await(contact.reject());
        center.events().await(ContactEvents.DESTROYED, WAIT);
        assertEquals(List.of("contact::init", "contact::connecting", "agent::routable",
                "agent::state_change PendingBusy->Available", "contact::ended", "contact::destroyed"),
                milestones().subList(milestones().indexOf("contact::init"), milestones().size()),
                "the sandbox removes a rejected offer at once: ended, then destroyed");
    }

    @Test
    void everyOtherActionReachesTheBackEnd() throws Exception {
        Agent agent = start(Sandbox.builder());
        goAvailable();
        Contact contact = offer(() -> center.sandbox().control().placeCall(CALLER));
        await(contact.accept());
        awaitState(contact, ContactStateType.CONNECTED);
        var customer = (io.connectstreams.api.VoiceConnection) contact.getInitialConnection().orElseThrow();
        await(customer.muteParticipant());
        Await.until(WAIT, customer::isMute, "server-side mute in the snapshot");
        await(customer.unmuteParticipant());
        Await.until(WAIT, () -> !customer.isMute(), "server-side unmute");
        await(contact.notifyIssue("PoorAudio", "crackling"));
        await(contact.sendSoftphoneMetrics(List.of()));
        await(agent.setState(agent.getConfiguration().agentState("Offline").orElseThrow(), true));
        Await.until(WAIT, () -> agent.getNextState() != null, "the enqueued next state");
        await(agent.setConfiguration(agent.getConfiguration()));
        List<String> recorded = center.sandbox().control().records().stream().map(r -> r.action()).toList();
        assertTrue(recorded.containsAll(List.of("NotifyContactIssue", "SendSoftphoneCallMetrics",
                "UpdateAgentConfiguration")), recorded.toString());
    }

    private Agent start(Sandbox.Builder builder) throws Exception {
        LogEcho.install();
        center = ContactCenter.start(builder, Bundles.service(Streams.class, WAIT), "jane", WAIT);
        return center.agent();
    }

    private void goAvailable() {
        center.agentGoes("Available");
        // the snapshot is Available before the worker has published its events: wait for them too, so that the
        // caller's take() forgets them
        center.events().await(e -> e.data() instanceof AgentStateChange change
                && "Available".equals(change.newState()), WAIT, "the change to Available on the bus");
    }

    private Contact offer(Runnable placeCall) {
        placeCall.run();
        BusEvent init = center.events().await(ContactEvents.INIT, WAIT);
        return (Contact) init.data();
    }

    private static void awaitState(Contact contact, ContactStateType state) {
        Await.until(WAIT, () -> contact.getState().type() == state, () -> contact + " to be " + state);
    }

    /** Agent routing/state events and global contact events (not refresh), in delivery order. */
    private List<String> milestones() {
        List<String> milestones = new ArrayList<>();
        for (BusEvent event : center.events().events()) {
            String name = event.name();
            if (name.equals("agent::state_change")) {
                AgentStateChange change = (AgentStateChange) event.data();
                milestones.add(name + " " + change.oldState() + "->" + change.newState());
            } else if (List.of("agent::routable", "agent::not_routable", "agent::offline", "agent::error",
                    "agent::acw").contains(name)) {
                milestones.add(name);
            } else if (name.startsWith("contact::") && name.indexOf("::", 9) < 0
                    && !name.equals(ContactEvents.REFRESH) && !name.equals(ContactEvents.ACCEPTED)) {
                milestones.add(name);
            }
        }
        return milestones;
    }

    private long count(String name) {
        return center.events().events().stream().filter(e -> e.name().equals(name)).count();
    }

    static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
