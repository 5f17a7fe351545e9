package io.connectstreams.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * token, recording media events, running the server bye when the caller hangs up, invite faults; and the ICE
 * settings in {@code callConfigJson}.
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
}
