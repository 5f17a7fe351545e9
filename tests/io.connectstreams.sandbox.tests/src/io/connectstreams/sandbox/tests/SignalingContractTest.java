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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TurnServer;
import io.connectstreams.sandbox.internal.signaling.MediaCall;
import io.connectstreams.sandbox.internal.signaling.SignalingCalls;

/**
 * The engine's side of the contract with the signaling endpoint: finding a call by contact id and call-context
 * token, recording media events, running the server bye when the caller hangs up (or when a missed contact goes back
 * to its queue, for the missed agent connection), invite faults; and the ICE settings in {@code callConfigJson}.
 */
class SignalingContractTest {

    private Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private JsonObject agentConnection(CtiClient agent) throws Exception {
        JsonObject snapshot = agent.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot");
        return snapshot.getAsJsonArray("contacts").get(0).getAsJsonObject().getAsJsonArray("connections").get(0)
                .getAsJsonObject();
    }

    @Test
    void findMediaEventsCallerHangUpAndInviteFaults() throws Exception {
        AtomicReference<SignalingCalls> calls = new AtomicReference<>();
        sandbox = Sandbox.builder().calleesAnswerManually().mount(Sandbox.SIGNALING_PATH, context -> {
            calls.set(context.signalingCalls());
            return new org.eclipse.jetty.server.Handler.Abstract() {
                @Override
                public boolean handle(org.eclipse.jetty.server.Request request,
                        org.eclipse.jetty.server.Response response, org.eclipse.jetty.util.Callback callback) {
                    return false;
                }
            };
        }).start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        jane.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        String contactId = sandbox.control().placeCall("+14255550100");
        JsonObject agentLeg = agentConnection(jane);
        String token = agentLeg.getAsJsonObject("softphoneMediaInfo").get("callContextToken").getAsString();

        assertTrue(calls.get().find(contactId, "wrong-token").isEmpty());
        assertTrue(calls.get().find("no-such-contact", token).isEmpty());
        MediaCall call = calls.get().find(contactId, token).orElseThrow();
        assertEquals(contactId, call.contactId());
        assertEquals(agentLeg.get("connectionId").getAsString(), call.agentConnectionId());
        assertTrue(call.inviteFault().isEmpty());

        sandbox.control().failNextInvite(486);
        MediaCall retry = calls.get().find(contactId, token).orElseThrow();
        assertEquals(486, retry.inviteFault().orElseThrow().code());
        assertEquals(486, retry.inviteFault().orElseThrow().code(), "the view keeps its fault");
        assertTrue(calls.get().find(contactId, token).orElseThrow().inviteFault().isEmpty(), "only the next invite");
        sandbox.control().failNextInvite(0);
        assertEquals(MediaCall.InviteFault.NO_ANSWER, calls.get().find(contactId, token).orElseThrow().inviteFault()
                .orElseThrow());

        call.mediaStarted();
        jane.call("AcceptContact", "contactId", contactId).ok();
        CountDownLatch bye = new CountDownLatch(1);
        call.onCallerHangUp(bye::countDown);
        assertEquals(1, bye.getCount(), "no bye while the caller is on the line");
        sandbox.control().hangUp(contactId);
        assertTrue(bye.await(5, TimeUnit.SECONDS), "the server bye runs when the caller hangs up");
        call.mediaEnded("bye");
        List<String> media = sandbox.control().records().stream()
                .filter(record -> record.action().startsWith("media")).map(record -> record.action()).toList();
        assertEquals(List.of("mediaStarted", "mediaEnded"), media);
        assertTrue(sandbox.control().contactsJson().contains("\"events\":[\"started\",\"ended: bye\"]"));
        assertTrue(calls.get().find(contactId, token).isEmpty(), "no call for a contact in after-call work");
        CountDownLatch late = new CountDownLatch(1);
        call.onCallerHangUp(late::countDown);
        assertTrue(late.await(1, TimeUnit.SECONDS), "registering after the caller left sends the bye at once");
    }

    @Test
    void aMissedContactOfferedAgainIsFoundOnlyThroughItsNewAgentConnection() throws Exception {
        AtomicReference<SignalingCalls> calls = new AtomicReference<>();
        sandbox = Sandbox.builder().ringTimeout(Duration.ofMillis(500)).requeueMissed(true)
                .mount(Sandbox.SIGNALING_PATH, context -> {
                    calls.set(context.signalingCalls());
                    return new org.eclipse.jetty.server.Handler.Abstract() {
                        @Override
                        public boolean handle(org.eclipse.jetty.server.Request request,
                                org.eclipse.jetty.server.Response response, org.eclipse.jetty.util.Callback callback) {
                            return false;
                        }
                    };
                }).start();
        CtiClient jane = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        String available = "{\"type\":\"routable\",\"name\":\"Available\"}";
        jane.call("PutAgentState", "state", available).ok();
        String contactId = sandbox.control().placeCall("+14255550100");
        String missedToken = agentConnection(jane).getAsJsonObject("softphoneMediaInfo").get("callContextToken")
                .getAsString();
        MediaCall missed = calls.get().find(contactId, missedToken).orElseThrow();
        missed.mediaStarted();
        CountDownLatch bye = new CountDownLatch(1);
        missed.onCallerHangUp(bye::countDown);
        assertTrue(bye.await(5, TimeUnit.SECONDS), "the missed connection's media ends with the server bye");
        assertTrue(calls.get().find(contactId, missedToken).isEmpty(), "no call for the missed connection");
        assertTrue(sandbox.control().contactsJson().contains("\"queued\":[\"" + contactId + "\"]"),
                "the caller waits in the queue");

        jane.call("PutAgentState", "state", available).ok();
        JsonObject agentLeg = agentConnection(jane);
        String token = agentLeg.getAsJsonObject("softphoneMediaInfo").get("callContextToken").getAsString();
        MediaCall offeredAgain = calls.get().find(contactId, token).orElseThrow();
        assertEquals(contactId, offeredAgain.contactId());
        assertEquals(agentLeg.get("connectionId").getAsString(), offeredAgain.agentConnectionId());
        assertNotEquals(missed.agentConnectionId(), offeredAgain.agentConnectionId(), "a new agent connection");
        assertTrue(calls.get().find(contactId, missedToken).isEmpty(), "the missed connection's token is void");

        offeredAgain.mediaStarted();
        missed.mediaEnded("bye"); // the stale session ends late: the new connection's media is untouched
        assertTrue(sandbox.control().contactsJson().contains("\"state\":\"started\""),
                sandbox.control().contactsJson());
        CountDownLatch staleBye = new CountDownLatch(1);
        missed.onCallerHangUp(staleBye::countDown);
        assertTrue(staleBye.await(1, TimeUnit.SECONDS), "a stale connection registering is sent its bye at once");
        CountDownLatch currentBye = new CountDownLatch(1);
        offeredAgain.onCallerHangUp(currentBye::countDown);
        assertEquals(1, currentBye.getCount(), "no bye for the new connection while the caller is on the line");
        sandbox.control().hangUp(contactId);
        assertTrue(currentBye.await(5, TimeUnit.SECONDS));
    }

    @Test
    void relayOnlyTurnServersInCallConfig() throws Exception {
        sandbox = Sandbox.builder().relayOnly(true).autoAcceptDelay(Duration.ofMillis(100))
                .turnServer(new TurnServer(List.of("turn:10.77.0.1:3478?transport=udp", "turns:10.77.0.1:5349"), "u1",
                        "c1"))
                .turnServer(new TurnServer(List.of("turn:10.77.0.1:3479"), "u2", "c2")).start();
        CtiClient ana = CtiClient.signIn(sandbox, "ana", "ana-sandbox");
        ana.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        sandbox.control().placeCall("+14255550100");
        JsonObject media = agentConnection(ana).getAsJsonObject("softphoneMediaInfo");
        assertTrue(media.get("autoAccept").getAsBoolean());
        JsonObject config = JsonParser.parseString(media.get("callConfigJson").getAsString()).getAsJsonObject();
        assertEquals("relay", config.get("iceTransportPolicy").getAsString());
        assertEquals(2, config.getAsJsonArray("iceServers").size());
        assertEquals("turns:10.77.0.1:5349", config.getAsJsonArray("iceServers").get(0).getAsJsonObject()
                .getAsJsonArray("urls").get(1).getAsString());
        assertEquals("c2", config.getAsJsonArray("iceServers").get(1).getAsJsonObject().get("credential").getAsString());
        io.connectstreams.testing.Await.until(Duration.ofSeconds(5), () -> sandbox.control().agents().stream()
                .anyMatch(agent -> agent.username().equals("ana") && agent.state().equals("Busy")),
                "the auto-accept agent's call connects by itself");
    }

    @Test
    void withoutTurnServerTheCallConfigAllowsEveryCandidate() throws Exception {
        // clients use relay only unless told otherwise: without a TURN server there is no relay candidate
        sandbox = Sandbox.builder().autoAcceptDelay(Duration.ofMillis(100)).start();
        CtiClient ana = CtiClient.signIn(sandbox, "ana", "ana-sandbox");
        ana.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
        sandbox.control().placeCall("+14255550100");
        JsonObject media = agentConnection(ana).getAsJsonObject("softphoneMediaInfo");
        JsonObject config = JsonParser.parseString(media.get("callConfigJson").getAsString()).getAsJsonObject();
        assertEquals("all", config.get("iceTransportPolicy").getAsString());
        assertEquals(0, config.getAsJsonArray("iceServers").size());
    }
}
