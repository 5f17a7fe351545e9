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

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.internal.signaling.MediaCall.InviteFault;
import io.connectstreams.sandbox.internal.signaling.SignalingSocket;

/**
 * Frames that are not connect-rtc's protocol get a JSON-RPC error each; the socket and the server keep serving.
 */
class MalformedFramesTest {

    private static final Duration REPLY_WAIT = Duration.ofSeconds(2);

    @Test
    void everyMalformedFrameGetsAnErrorAndTheSocketKeepsServing() throws Exception {
        try (SignalingFixture fixture = new SignalingFixture()) {
            TestCall call = fixture.calls.add("contact-malformed", "token").fault(new InviteFault(486, "Busy Here"));
            try (RtcClient client = fixture.connect(call.contactId(), call.token())) {
                assertError(client, "not json at all", -32700, null);
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"invite\"", -32700, null);
                assertError(client, "[1,2,3]", -32600, null);
                assertError(client, "\"invite\"", -32600, null);
                assertError(client, "{\"jsonrpc\":\"2.0\",\"id\":\"a1\"}", -32600, "a1");
                assertError(client, "{\"jsonrpc\":\"1.0\",\"method\":\"invite\",\"id\":\"a2\"}", -32600, "a2");
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"dance\",\"id\":\"a3\"}", -32601, "a3");
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"params\":{\"sdp\":\"v=0\"}}",
                        -32600, null);
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"params\":[1],\"id\":\"a4\"}",
                        -32602, "a4");
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"params\":{},\"id\":\"a5\"}",
                        -32602, "a5");
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"accept\",\"id\":\"a6\"}", -32600, "a6");
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"bye\"}", -32600, null);
                assertError(client, "{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"params\":{\"sdp\":\""
                        + "x".repeat(SignalingSocket.MAX_MESSAGE_CHARS) + "\"},\"id\":\"big\"}", -32600, null);
                int before = client.received().size();
                client.sendBinary(new byte[] { 1, 2, 3 });
                JsonObject binary = client.awaitMessageAt(before, REPLY_WAIT, "the reply to a binary message");
                assertEquals(-32600, binary.getAsJsonObject("error").get("code").getAsInt());
                assertFalse(client.isClosed(), "malformed frames do not close the socket");

                // the socket still serves connect-rtc's protocol
                String inviteId = client.invite(new AgentPeer.Offer("v=0\r\n", List.of()), call.token());
                assertEquals(486, client.awaitResponse(inviteId, REPLY_WAIT).getAsJsonObject("error").get("code")
                        .getAsInt());
            }
            // and the server serves new sockets
            TestCall next = fixture.calls.add("contact-after", "token").fault(new InviteFault(500, "Server Error"));
            try (RtcClient client = fixture.connect(next.contactId(), next.token())) {
                String inviteId = client.invite(new AgentPeer.Offer("v=0\r\n", List.of()), next.token());
                assertEquals(500, client.awaitResponse(inviteId, REPLY_WAIT).getAsJsonObject("error").get("code")
                        .getAsInt());
            }
        }
    }

    private static void assertError(RtcClient client, String frame, int code, String id) {
        int before = client.received().size();
        client.sendText(frame);
        JsonObject reply = client.awaitMessageAt(before, REPLY_WAIT,
                "the reply to " + (frame.length() > 60 ? frame.substring(0, 60) + "..." : frame));
        assertEquals("2.0", reply.get("jsonrpc").getAsString());
        assertEquals(code, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
        if (id == null) {
            assertTrue(reply.get("id").isJsonNull(), reply.toString());
        } else {
            assertEquals(id, reply.get("id").getAsString());
        }
    }
}
