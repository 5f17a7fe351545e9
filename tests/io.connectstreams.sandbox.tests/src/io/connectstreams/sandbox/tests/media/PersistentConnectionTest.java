/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.media.ReceivedAudio;
import io.connectstreams.sandbox.internal.signaling.SignalingTimeouts;
import io.connectstreams.testing.Await;

/**
 * Persistent peer connections (connect-rtc's PPC): one socket and one caller peer serve one contact after another
 * ({@code connectContact}/{@code disconnectContact}), each contact measured on its own; the caller hanging up leaves
 * the connection idle; {@code bye} and the service's shutdown ({@code PCBye}) end it.
 */
class PersistentConnectionTest {

    private static final Duration WAIT = SignalingFixture.MEDIA_WAIT;

    @Test
    void oneConnectionServesContactAfterContact() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall first = fixture.calls.add("contact-ppc-1", "token-1");
            TestCall second = fixture.calls.add("contact-ppc-2", "token-2");
            try (RtcClient client = fixture.connect(first.contactId(), first.token())) {
                JsonObject answer = invitePersistent(client, agent, first);
                String id = answer.get("peerConnectionId").getAsString();
                String token = answer.get("peerConnectionToken").getAsString();
                client.request("accept", ids(first.contactId(), id, token));
                Await.until(WAIT, () -> first.started() == 1, "the first contact's media");
                awaitAudible(fixture, first.contactId());
                Await.until(WAIT, () -> agent.heard().audibleFrames(20) == 20, "the caller heard");
                assertEquals(1, fixture.service.persistentConnections());

                String detach = client.request("disconnectContact", ids(first.contactId(), id, token));
                assertTrue(client.awaitResponse(detach, WAIT).has("result"));
                assertEquals(List.of("agent hung up"), first.ended());
                assertTrue(fixture.service.receivedAudio(first.contactId()).isEmpty(), "no contact measured");
                assertEquals(1, fixture.service.callerPeers(), "the caller peer is kept");
                Await.until(WAIT, () -> agent.heard().audibleFrames(20) == 0, "the caller's tone paused");

                JsonObject connect = connect(second, id, token, second.token());
                assertTrue(client.awaitResponse(client.request("connectContact", connect), WAIT).has("result"));
                assertEquals(1, second.started());
                ReceivedAudio heard = awaitAudible(fixture, second.contactId());
                assertTrue(heard.framesReceived() < 300, "measured afresh for the second contact: " + heard);
                Await.until(WAIT, () -> agent.heard().audibleFrames(20) == 20, "the caller heard again");

                second.callerHangsUp();
                JsonObject bye = client.awaitMethod("bye", WAIT);
                assertEquals(second.contactId(), bye.getAsJsonObject("params").get("contactId").getAsString());
                client.reply(bye.get("id"));
                Await.until(WAIT, () -> second.ended().equals(List.of("caller hung up")), "the second contact ended");
                assertFalse(client.isClosed(), "the persistent connection stays open");
                assertEquals(1, fixture.service.persistentConnections());
                assertEquals(1, fixture.service.callerPeers());

                String leave = client.request("bye", ids(null, id, token));
                assertTrue(client.awaitResponse(leave, WAIT).has("result"));
                assertEquals(1000, client.awaitClosed(WAIT));
                // the caller peer's release and the session's end are two steps on different threads
                Await.until(WAIT, () -> fixture.service.callerPeers() == 0
                        && fixture.service.persistentConnections() == 0,
                        "the caller peer released and the persistent connection gone");
                assertEquals(List.of("agent hung up"), first.ended(), "each contact ended once");
                assertEquals(List.of("caller hung up"), second.ended());
            }
        }
    }

    @Test
    void connectContactIsRefusedForAStrangerAWrongTokenAndABusyConnection() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall first = fixture.calls.add("contact-ppc-a", "token-a");
            TestCall second = fixture.calls.add("contact-ppc-b", "token-b");
            try (RtcClient client = fixture.connect(first.contactId(), first.token())) {
                JsonObject answer = invitePersistent(client, agent, first);
                String id = answer.get("peerConnectionId").getAsString();
                String token = answer.get("peerConnectionToken").getAsString();
                client.request("accept", ids(first.contactId(), id, token));
                Await.until(WAIT, () -> first.started() == 1, "media");

                assertEquals(409, errorOf(client, connect(second, id, token, second.token())),
                        "a contact is still connected");
                client.awaitResponse(client.request("disconnectContact", ids(first.contactId(), id, token)), WAIT);
                assertEquals(403, errorOf(client, connect(second, id, "wrong", second.token())));
                assertEquals(404, errorOf(client, connect(second, id, token, "wrong")));
                assertEquals(0, second.started());
                assertEquals(200, errorOf(client, connect(second, id, token, second.token())));
                assertEquals(1, second.started());
            }
        }
    }

    @Test
    void aSupervisorsSessionIsNeverPersistent() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer();
                AgentPeer supervisor = new AgentPeer(AgentAudio.supervisor())) {
            TestCall call = fixture.calls.add("contact-ppc-monitored", "token-agent");
            TestCall monitor = fixture.calls.addMonitor(call.contactId(), "token-supervisor", "monitoring-ppc");
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                JsonObject answer = invitePersistent(client, agent, call);
                String id = answer.get("peerConnectionId").getAsString();
                String token = answer.get("peerConnectionToken").getAsString();
                client.request("accept", ids(call.contactId(), id, token));
                Await.until(WAIT, () -> call.started() == 1, "media");
                client.awaitResponse(client.request("disconnectContact", ids(call.contactId(), id, token)), WAIT);

                // the agent's persistent peer sends what agents hear: no supervisor on it
                assertEquals(409, errorOf(client, connect(monitor, id, token, monitor.token())));
                assertEquals(0, monitor.started());

                // a supervisor asking for a persistent connection gets a session of its own
                try (RtcClient own = fixture.connect(monitor.contactId(), monitor.token())) {
                    JsonObject ownAnswer = invitePersistent(own, supervisor, monitor);
                    assertFalse(ownAnswer.has("peerConnectionId"), ownAnswer.toString());
                    assertEquals(1, fixture.service.persistentConnections());
                }
            }
        }
    }

    @Test
    void shutdownSendsPcByeBeforeClosing() throws Exception {
        SignalingFixture fixture = new SignalingFixture();
        try (AgentPeer agent = new AgentPeer()) {
            TestCall first = fixture.calls.add("contact-ppc-bye", "token");
            try (RtcClient client = fixture.connect(first.contactId(), first.token())) {
                JsonObject answer = invitePersistent(client, agent, first);
                String id = answer.get("peerConnectionId").getAsString();
                client.request("accept", ids(first.contactId(), id, answer.get("peerConnectionToken").getAsString()));
                Await.until(WAIT, () -> first.started() == 1, "media");
                fixture.close();
                JsonObject pcBye = client.awaitMethod("PCBye", WAIT);
                assertEquals(id, pcBye.get("peerConnectionId").getAsString());
                assertEquals(1001, client.awaitClosed(WAIT));
                assertEquals(List.of("sandbox closed"), first.ended());
                assertEquals(0, fixture.service.callerPeers());
            }
        } finally {
            fixture.close();
        }
    }

    @Test
    void withoutPersistentConnectionsTheAnswerHasNoPeerConnectionId() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(SignalingTimeouts.defaults(), false);
                AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-no-ppc", "token");
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                JsonObject answer = invitePersistent(client, agent, call);
                assertFalse(answer.has("peerConnectionId"));
                assertEquals(0, fixture.service.persistentConnections());
            }
        }
    }

    /** An invite as connect-rtc sends it with persistent connections enabled; returns the answer's result. */
    private static JsonObject invitePersistent(RtcClient client, AgentPeer agent, TestCall call) throws Exception {
        AgentPeer.Offer offer = agent.createOffer();
        JsonObject params = new JsonObject();
        params.addProperty("sdp", offer.sdp());
        JsonArray candidates = new JsonArray();
        offer.candidates().forEach(candidate -> {
            JsonObject json = new JsonObject();
            json.addProperty("candidate", candidate.candidate());
            json.addProperty("sdpMid", candidate.sdpMid());
            json.addProperty("sdpMLineIndex", candidate.sdpMLineIndex());
            candidates.add(json);
        });
        params.add("candidates", candidates);
        params.addProperty("callContextToken", call.token());
        params.addProperty("contactId", call.contactId());
        params.addProperty("persistentConnection", true);
        JsonObject response = client.awaitResponse(client.request("invite", params), SignalingFixture.ANSWER_WAIT);
        JsonObject result = response.getAsJsonObject("result");
        agent.applyAnswer(result);
        return result;
    }

    private static JsonObject ids(String contactId, String peerConnectionId, String peerConnectionToken) {
        JsonObject params = new JsonObject();
        if (contactId != null) {
            params.addProperty("contactId", contactId);
        }
        params.addProperty("peerConnectionId", peerConnectionId);
        params.addProperty("peerConnectionToken", peerConnectionToken);
        return params;
    }

    private static JsonObject connect(TestCall call, String id, String token, String callContextToken) {
        JsonObject params = ids(call.contactId(), id, token);
        params.addProperty("persistentConnection", true);
        params.addProperty("callContextToken", callContextToken);
        return params;
    }

    /** Sends connectContact; returns the error code, or 200 for a result. */
    private static int errorOf(RtcClient client, JsonObject params) {
        JsonObject response = client.awaitResponse(client.request("connectContact", params), WAIT);
        return response.has("error") ? response.getAsJsonObject("error").get("code").getAsInt() : 200;
    }

    private static ReceivedAudio awaitAudible(SignalingFixture fixture, String contactId) {
        Await.until(WAIT, () -> fixture.service.receivedAudio(contactId).map(ReceivedAudio::audibleFrames)
                .orElse(0L) > 20, "the agent heard on " + contactId);
        return fixture.service.receivedAudio(contactId).orElseThrow();
    }
}
