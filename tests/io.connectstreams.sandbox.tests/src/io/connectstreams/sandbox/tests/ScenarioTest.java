/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.Sandbox;

/**
 * Whole contacts, as an agent's long-polled snapshots show them: the exact sequence of agent states and contact and
 * connection states, driven through the CTI API (the agent) and the control API (the world outside).
 */
class ScenarioTest {

    private static final String AVAILABLE = "Available/routable";
    private static final String CALLER = "+14255550100";

    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private CtiClient start(Sandbox.Builder builder, String username) throws Exception {
        sandbox = builder.calleesAnswerManually().start();
        return CtiClient.signIn(sandbox, username, username + "-sandbox");
    }

    private static void available(CtiClient agent) throws Exception {
        agent.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
    }

    @Test
    void inboundSoftphoneCallFromOfferToAfterCallWorkToClear() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await("Offline/offline");
            available(jane);
            watcher.await(AVAILABLE);
            sandbox.control().placeCall(CALLER);
            watcher.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            String contactId = watcher.contactId("C1");
            String customer = watcher.connectionId("C1", "inbound", true);
            String agentLeg = watcher.connectionId("C1", "agent", false);
            jane.call("AcceptContact", "contactId", contactId).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]");
            jane.call("HoldConnection", "contactId", contactId, "connectionId", customer).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:hold]");
            jane.call("ResumeConnection", "contactId", contactId, "connectionId", customer).ok();
            watcher.await("Busy/system | C1 voice connected [agent:connected inbound:connected]");
            jane.call("DestroyConnection", "contactId", contactId, "connectionId", agentLeg).ok();
            watcher.await("AfterCallWork/system | C1 voice ended [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", contactId).ok();
            watcher.await(AVAILABLE);
            assertEquals(List.of("Offline/offline", AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:hold]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]",
                    "AfterCallWork/system | C1 voice ended [agent:disconnected inbound:disconnected]",
                    AVAILABLE), watcher.history());
        }
    }

    @Test
    void queueCallbackIsOfferedIncomingThenDialsTheCustomer() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        available(jane);
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String contactId = sandbox.control().placeCallback(CALLER, "Support", null);
            watcher.await("PendingBusy/system | C1 queue_callback incoming [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", contactId).ok();
            watcher.await(
                    "CallingCustomer/system | C1 queue_callback connecting [agent:connecting inbound:connecting]");
            sandbox.control().answer(contactId);
            watcher.await("Busy/system | C1 queue_callback connected [agent:connected inbound:connected]");
            sandbox.control().hangUp(contactId);
            watcher.await("AfterCallWork/system | C1 queue_callback ended [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", contactId).ok();
            watcher.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 queue_callback incoming [agent:connecting inbound:connected]",
                    "CallingCustomer/system | C1 queue_callback connecting [agent:connecting inbound:connecting]",
                    "Busy/system | C1 queue_callback connected [agent:connected inbound:connected]",
                    "AfterCallWork/system | C1 queue_callback ended [agent:disconnected inbound:disconnected]",
                    AVAILABLE), watcher.history());
        }
    }

    @Test
    void consultThenTransferHandsTheCallToAnotherAgent() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        CtiClient john = CtiClient.signIn(sandbox, "john", "john-sandbox");
        available(jane);
        available(john);
        try (SnapshotWatcher janeWatch = new SnapshotWatcher(jane); SnapshotWatcher johnWatch = new SnapshotWatcher(john)) {
            janeWatch.await(AVAILABLE);
            johnWatch.await(AVAILABLE);
            String contactId = sandbox.control().placeCall(CALLER, "BasicQueue", "jane");
            janeWatch.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", contactId).ok();
            janeWatch.await("Busy/system | C1 voice connected [agent:connected inbound:connected]");
            jane.call("CreateAdditionalConnection", "contactId", contactId, "endpoint",
                    "{\"type\":\"phone_number\",\"phoneNumber\":\"+12065550100\"}").ok();
            janeWatch.await("Busy/system | C1 voice connected [agent:connected inbound:hold outbound:connecting]");
            String third = janeWatch.connectionId("C1", "outbound", false);
            sandbox.control().answer(contactId, third);
            janeWatch.await("Busy/system | C1 voice connected [agent:connected inbound:hold outbound:connected]");
            jane.call("ToggleActiveConnections", "contactId", contactId, "connectionId", third).ok();
            janeWatch.await("Busy/system | C1 voice connected [agent:connected inbound:connected outbound:hold]");
            jane.call("ConferenceConnections", "contactId", contactId).ok();
            janeWatch.await("Busy/system | C1 voice connected [agent:connected inbound:connected outbound:connected]");
            jane.call("DestroyConnection", "contactId", contactId, "connectionId", third).ok();
            janeWatch.await(
                    "Busy/system | C1 voice connected [agent:connected inbound:connected outbound:disconnected]");
            String supportQueue = queueArn(jane, "Support");
            jane.call("TransferContact", "contactId", contactId, "endpoint",
                    "{\"type\":\"queue\",\"queue\":{\"queueARN\":\"" + supportQueue + "\",\"name\":\"Support\"}}").ok();
            janeWatch.await("AfterCallWork/system | C1 voice ended "
                    + "[agent:disconnected inbound:disconnected outbound:disconnected]");
            johnWatch.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            JsonObject transferred = johnWatch.latest().getAsJsonArray("contacts").get(0).getAsJsonObject();
            assertEquals("transfer", transferred.get("initiationMethod").getAsString());
            assertEquals(contactId, transferred.get("initialContactId").getAsString());
            assertNotEquals(contactId, transferred.get("contactId").getAsString());
            assertEquals("Support", transferred.getAsJsonObject("queue").get("name").getAsString());
            jane.call("ClearContact", "contactId", contactId).ok();
            janeWatch.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:hold outbound:connecting]",
                    "Busy/system | C1 voice connected [agent:connected inbound:hold outbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected outbound:hold]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected outbound:connected]",
                    "Busy/system | C1 voice connected [agent:connected inbound:connected outbound:disconnected]",
                    "AfterCallWork/system | C1 voice ended "
                            + "[agent:disconnected inbound:disconnected outbound:disconnected]",
                    AVAILABLE), janeWatch.history());
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]"),
                    johnWatch.history());
        }
    }

    @Test
    void unansweredCallIsMissedAndPutsTheAgentInMissedCallAgent() throws Exception {
        CtiClient jane = start(Sandbox.builder().ringTimeout(Duration.ofMillis(300)), "jane");
        available(jane);
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            sandbox.control().placeCall(CALLER);
            watcher.await("MissedCallAgent/error | C1 voice missed [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", watcher.contactId("C1")).ok();
            watcher.await("MissedCallAgent/error");
            available(jane);
            watcher.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]",
                    "MissedCallAgent/error | C1 voice missed [agent:disconnected inbound:disconnected]",
                    "MissedCallAgent/error", AVAILABLE), watcher.history());
        }
    }

    @Test
    void aMissedCallGoesBackToItsQueueAndIsOfferedAgainWithANewAgentConnectionAtMostThreeTimes() throws Exception {
        CtiClient jane = start(Sandbox.builder().ringTimeout(Duration.ofSeconds(1)).requeueMissed(true), "jane");
        available(jane);
        String ringing = "PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]";
        String missed = "MissedCallAgent/error | C1 voice missed [agent:disconnected inbound:disconnected]";
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String contactId = sandbox.control().placeCall(CALLER);
            List<String> agentLegs = new ArrayList<>();
            for (int offer = 1; offer <= 4; offer++) {
                watcher.await(ringing);
                assertEquals(contactId, watcher.contactId("C1"), "the same contact each time");
                agentLegs.add(watcher.connectionId("C1", "agent", false));
                watcher.await(missed);
                // the agent sees it missed; the caller is still there, queued again (three times), then it ends
                assertEquals(offer <= 3 ? "queued" : "missed", contactPhase(contactId));
                assertEquals(Math.min(offer, 3), contactJson(contactId).get("reroutes").getAsInt());
                available(jane);
            }
            watcher.await(AVAILABLE);
            assertEquals(4, agentLegs.stream().distinct().count(), "a new agent connection each time: " + agentLegs);
            assertEquals(List.of(AVAILABLE, ringing, missed, ringing, missed, ringing, missed, ringing, missed,
                    AVAILABLE), watcher.history());
            assertFalse(sandbox.control().contactsJson().contains(contactId), "ended and cleared, not queued again");
        }
    }

    @Test
    void aMissedCallbackGoesBackToItsQueueToo() throws Exception {
        CtiClient jane = start(Sandbox.builder().ringTimeout(Duration.ofSeconds(1)).requeueMissed(true), "jane");
        available(jane);
        String incoming = "PendingBusy/system | C1 queue_callback incoming [agent:connecting inbound:connected]";
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String contactId = sandbox.control().placeCallback(CALLER, "Support", null);
            watcher.await(incoming);
            String first = watcher.connectionId("C1", "agent", false);
            watcher.await("MissedCallAgent/error | C1 queue_callback missed [agent:disconnected inbound:disconnected]");
            assertEquals("queued", contactPhase(contactId));
            available(jane);
            watcher.await(incoming);
            assertNotEquals(first, watcher.connectionId("C1", "agent", false));
            jane.call("AcceptContact", "contactId", contactId).ok();
            watcher.await(
                    "CallingCustomer/system | C1 queue_callback connecting [agent:connecting inbound:connecting]");
        }
    }

    @Test
    void outboundCallConnectsWhenTheCalleeAnswers() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        available(jane);
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            jane.call("CreateOutboundContact", "endpoint",
                    "{\"type\":\"phone_number\",\"phoneNumber\":\"+14255550199\"}").ok();
            watcher.await("CallingCustomer/system | C1 voice connecting [agent:connecting outbound:connecting]");
            String contactId = watcher.contactId("C1");
            sandbox.control().answer(contactId);
            watcher.await("Busy/system | C1 voice connected [agent:connected outbound:connected]");
            jane.call("DestroyConnection", "contactId", contactId, "connectionId",
                    watcher.connectionId("C1", "agent", false)).ok();
            watcher.await("AfterCallWork/system | C1 voice ended [agent:disconnected outbound:disconnected]");
            jane.call("ClearContact", "contactId", contactId).ok();
            watcher.await(AVAILABLE);
            assertEquals(List.of(AVAILABLE,
                    "CallingCustomer/system | C1 voice connecting [agent:connecting outbound:connecting]",
                    "Busy/system | C1 voice connected [agent:connected outbound:connected]",
                    "AfterCallWork/system | C1 voice ended [agent:disconnected outbound:disconnected]", AVAILABLE),
                    watcher.history());
        }
    }

    @Test
    void enqueuedNextStateAppliesWhenTheContactIsCleared() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        available(jane);
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await(AVAILABLE);
            String contactId = sandbox.control().placeCall(CALLER);
            watcher.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            jane.call("AcceptContact", "contactId", contactId).ok();
            jane.call("PutAgentState", "state", "{\"type\":\"not_routable\",\"name\":\"Lunch\"}", "enqueueNextState",
                    "true").ok();
            watcher.await("Busy/system next=Lunch | C1 voice connected [agent:connected inbound:connected]");
            sandbox.control().hangUp(contactId);
            watcher.await("AfterCallWork/system next=Lunch | C1 voice ended [agent:disconnected inbound:disconnected]");
            jane.call("ClearContact", "contactId", contactId).ok();
            watcher.await("Lunch/not_routable");
        }
    }

    @Test
    void callWaitsInItsQueueUntilAnAgentBecomesAvailable() throws Exception {
        CtiClient jane = start(Sandbox.builder(), "jane");
        try (SnapshotWatcher watcher = new SnapshotWatcher(jane)) {
            watcher.await("Offline/offline");
            String contactId = sandbox.control().placeCall(CALLER, "Sales", null);
            assertEquals("queued", contactPhase(contactId));
            available(jane);
            watcher.await("PendingBusy/system | C1 voice connecting [agent:connecting inbound:connected]");
            assertEquals(contactId, watcher.contactId("C1"));
        }
    }

    private String contactPhase(String contactId) {
        return contactJson(contactId).get("phase").getAsString();
    }

    private JsonObject contactJson(String contactId) {
        JsonObject contacts = com.google.gson.JsonParser.parseString(sandbox.control().contactsJson())
                .getAsJsonObject();
        for (var element : contacts.getAsJsonArray("contacts")) {
            JsonObject contact = element.getAsJsonObject();
            if (contact.get("contactId").getAsString().equals(contactId)) {
                return contact;
            }
        }
        throw new AssertionError("unknown contact " + contactId);
    }

    static String queueArn(CtiClient agent, String name) throws Exception {
        JsonObject configuration = agent.call("GetAgentConfiguration").ok().json().getAsJsonObject("configuration");
        String profile = configuration.getAsJsonObject("routingProfile").get("routingProfileARN").getAsString();
        for (var element : agent.call("GetRoutingProfileQueues", "routingProfileARN", profile).ok().json()
                .getAsJsonArray("queues")) {
            if (element.getAsJsonObject().get("name").getAsString().equals(name)) {
                return element.getAsJsonObject().get("queueARN").getAsString();
            }
        }
        throw new AssertionError("no queue " + name);
    }
}
