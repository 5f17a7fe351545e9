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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.signaling.SignalingTimeouts;
import io.connectstreams.testing.Await;

/**
 * A talking call's endings: the caller hangs up (the server's bye, answered or not), the signaling socket drops and
 * comes back with the client token, or drops for good.
 */
class CallLifecycleTest {

    @Test
    void callerHangUpSendsByeAndTheSoftphoneReplyEndsTheCall() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-caller-bye", "token");
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                fixture.establish(call, agent, client);
                call.callerHangsUp();
                JsonObject bye = client.awaitMethod("bye", SignalingFixture.BYE_WAIT);
                assertEquals("2.0", bye.get("jsonrpc").getAsString());
                assertTrue(bye.has("id"), "the server's bye expects a reply");
                assertTrue(call.ended().isEmpty(), "the call ends on the reply");
                client.reply(bye.get("id"));
                assertEquals(1000, client.awaitClosed(SignalingFixture.BYE_WAIT));
                assertEquals(List.of("caller hung up"), call.ended());
                Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.callerPeers() == 0,
                        "the caller peer released");
                call.callerHangsUp(); // a second hang-up changes nothing
                assertEquals(List.of("caller hung up"), call.ended());
            }
        }
    }

    @Test
    void aContactOfferedAgainWithANewAgentConnectionGetsANewSessionWhileTheStaleOneGetsBye() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(SignalingTimeouts.defaults(), false);
                AgentPeer missedAgent = new AgentPeer(); AgentPeer agent = new AgentPeer()) {
            TestCall missed = fixture.calls.add("contact-rerouted", "token-1", "agent-connection-1");
            try (RtcClient stale = fixture.connect(missed.contactId(), missed.token())) {
                fixture.establish(missed, missedAgent, stale);
                // missed and offered again: the engine finds the contact with its new agent connection only
                TestCall offeredAgain = fixture.calls.add("contact-rerouted", "token-2", "agent-connection-2");
                try (RtcClient fresh = fixture.connect(offeredAgain.contactId(), offeredAgain.token())) {
                    fixture.establish(offeredAgain, agent, fresh); // the stale session's socket is still open
                    missed.callerHangsUp(); // the engine ends the missed connection's media
                    stale.reply(stale.awaitMethod("bye", SignalingFixture.BYE_WAIT).get("id"));
                    assertEquals(1000, stale.awaitClosed(SignalingFixture.BYE_WAIT));
                    assertEquals(List.of("caller hung up"), missed.ended());
                    assertTrue(offeredAgain.ended().isEmpty(), "the new session goes on");
                    assertTrue(fresh.find(message -> "bye".equals(method(message))).isEmpty(), "no bye for it");
                    assertEquals(java.util.Set.of(offeredAgain.contactId()), fixture.service.activeCalls());
                    long frames = frames(fixture, offeredAgain);
                    Await.until(SignalingFixture.MEDIA_WAIT, () -> frames(fixture, offeredAgain) > frames + 50,
                            "the caller hearing the new session");
                    offeredAgain.callerHangsUp();
                    fresh.reply(fresh.awaitMethod("bye", SignalingFixture.BYE_WAIT).get("id"));
                    assertEquals(1000, fresh.awaitClosed(SignalingFixture.BYE_WAIT));
                    assertEquals(List.of("caller hung up"), offeredAgain.ended());
                }
            }
        }
    }

    private static String method(JsonObject message) {
        return message.has("method") ? message.get("method").getAsString() : null;
    }

    @Test
    void callerHangUpEndsTheCallWhenTheSoftphoneNeverReplies() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-no-reply", "token");
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                fixture.establish(call, agent, client);
                call.callerHangsUp();
                client.awaitMethod("bye", SignalingFixture.BYE_WAIT);
                // the endpoint waits 2 s for the reply, then ends the call anyway
                assertEquals(1000, client.awaitClosed(SignalingFixture.BYE_WAIT.multipliedBy(2)));
                assertEquals(List.of("caller hung up"), call.ended());
            }
        }
    }

    @Test
    void droppedSocketReconnectsWithTheClientTokenAndTheCallGoesOn() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture(); AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-reconnect", "token");
            String token;
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                token = fixture.establish(call, agent, client);
                client.abort();
            }
            long framesAtDrop = frames(fixture, call);
            Await.until(SignalingFixture.MEDIA_WAIT, () -> frames(fixture, call) > framesAtDrop + 50,
                    "media running on without signaling");
            assertTrue(call.ended().isEmpty(), "a dropped socket alone does not end the call");
            try (RtcClient resumed = fixture.reconnect(call.contactId(), token)) {
                String renewed = resumed.awaitMethod("renewClientToken", SignalingFixture.BYE_WAIT)
                        .getAsJsonObject("params").get("clientToken").getAsString();
                assertNotEquals(token, renewed, "a fresh token for the next reconnect");
                String byeId = resumed.request("bye", new JsonObject());
                resumed.awaitResponse(byeId, SignalingFixture.BYE_WAIT);
                resumed.awaitClosed(SignalingFixture.BYE_WAIT);
            }
            Await.until(SignalingFixture.BYE_WAIT, () -> !call.ended().isEmpty(), "mediaEnded");
            assertEquals(List.of("agent hung up"), call.ended());
            assertEquals(1, call.started());
            assertRejected(fixture, call, token);
        }
    }

    @Test
    void droppedSocketWithoutReconnectEndsTheCallAfterTheGrace() throws Exception {
        SignalingTimeouts timeouts = SignalingTimeouts.defaults().withReconnectGrace(Duration.ofMillis(500));
        try (SignalingFixture fixture = new SignalingFixture(timeouts); AgentPeer agent = new AgentPeer()) {
            TestCall call = fixture.calls.add("contact-gone", "token");
            String token;
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                token = fixture.establish(call, agent, client);
                client.abort();
            }
            Await.until(SignalingFixture.MEDIA_WAIT, () -> !call.ended().isEmpty(), "mediaEnded after the grace");
            assertEquals(List.of("signaling closed"), call.ended());
            Await.until(SignalingFixture.BYE_WAIT, () -> fixture.service.callerPeers() == 0,
                    "the caller peer released");
            assertFalse(fixture.service.activeCalls().contains(call.contactId()));
            assertRejected(fixture, call, token);
        }
    }

    private static long frames(SignalingFixture fixture, TestCall call) {
        return fixture.service.receivedAudio(call.contactId()).map(received -> received.framesReceived()).orElse(0L);
    }

    private static void assertRejected(SignalingFixture fixture, TestCall call, String token) {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> fixture.reconnect(call.contactId(), token));
        assertEquals(404, RtcClient.refusedStatus(refused), "an ended call's token is refused");
    }
}
