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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ClientMetric;
import io.connectstreams.api.event.ConnectionEvents;
import io.connectstreams.api.event.ConnectionRef;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.api.softphone.SoftphoneStats;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testkit.CustomerContact;

/**
 * End to end: the worker signed in to the sandbox over HTTPS, the softphone answering its contacts with WebRTC
 * audio in both directions (the caller's 440 Hz at the agent, the agent's 880 Hz at the caller), mute and unmute
 * heard at the far end, and the mute reset when the call's media ends.
 */
class SoftphoneCallTest {

    private static final Duration WAIT = SoftphoneFixture.WAIT;

    private SoftphoneFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void anInboundCallTalksBothWaysMutesUnmutesAndHangsUp() throws Exception {
        fixture = SoftphoneFixture.available(Sandbox.builder(), "jane");
        CustomerContact call = fixture.customerCalls();
        Contact contact = call.awaitRinging();
        String id = call.contactId();
        SoftphoneSessionInfo talking = fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        assertEquals(contact.getAgentConnection().orElseThrow().getConnectionId(), talking.agentConnectionId());
        assertEquals(ContactStateType.CONNECTING, contact.getState().type(), "media is up before the agent accepts");
        call.accept();
        call.awaitConnected();

        Audio.agentHearsCaller(fixture.probe, id);
        Audio.callerHearsAgent(fixture.sandbox.control(), id);
        // every second of the call at once, for live displays (softphone_stats comes in 30 s batches)
        SoftphoneStats second = fixture.events.await(StreamsEvents.SOFTPHONE_LIVE_STATS, SoftphoneStats.class,
                s -> id.equals(s.contactId()) && s.stats().stream().anyMatch(r -> RtpStreamStats.AUDIO_INPUT
                        .equals(r.softphoneStreamType()) && r.audioLevel() > 1000 && r.packetsCount() > 0),
                WAIT, "a live second with the caller's audio");
        assertEquals(talking.agentConnectionId(), second.agentConnectionId());

        fixture.agent.mute();
        assertTrue(fixture.softphone.isMuted());
        assertEquals(new MuteToggle(true), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
        Audio.callerHearsSilence(fixture.sandbox.control(), id);
        Audio.agentHearsCaller(fixture.probe, id); // mute is one way

        fixture.agent.unmute();
        assertFalse(fixture.softphone.isMuted());
        assertEquals(new MuteToggle(false), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
        Audio.callerHearsAgent(fixture.sandbox.control(), id);

        fixture.agent.mute();
        int toggles = fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class).size();
        SoftphoneFixture.await(contact.getAgentConnection().orElseThrow().destroy());
        fixture.awaitSession(id, SoftphoneSessionState.DISCONNECTED);
        Await.until(WAIT, () -> fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class).size() > toggles,
                "the mute reset");
        assertEquals(new MuteToggle(false), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
        assertFalse(fixture.softphone.isMuted());
        Await.until(WAIT, () -> fixture.softphone.sessions().isEmpty(), "no session left");

        List<String> metrics = fixture.events.payloads(EventType.CLIENT_METRIC, ClientMetric.class).stream()
                .filter(m -> id.equals(m.contactId())).map(ClientMetric::name).toList();
        assertEquals(List.of("Softphone Connecting", "ConnectivityCheckResult", "MicCheckSucceeded",
                "Softphone Session Connected", "Softphone Session Completed"), metrics);
        assertEquals(List.of(new ConnectionRef(talking.agentConnectionId())),
                fixture.events.payloads(ConnectionEvents.SESSION_INIT, ConnectionRef.class));
        assertEquals(List.of(new ConnectionRef(talking.agentConnectionId())),
                fixture.events.payloads(AgentEvents.LOCAL_MEDIA_STREAM_CREATED, ConnectionRef.class));
        SoftphoneCallReport report = last(fixture.events.payloads(EventType.SOFTPHONE_REPORT,
                SoftphoneCallReport.class));
        assertTrue(report.talkingTimeMillis() > 0, report.toString());
        assertFalse(report.iceCollectionFailure() || report.signallingConnectionFailure()
                || report.handshakingFailure(), report.toString());
        assertEquals(2, report.softphoneStreamStatistics().size());
        assertTrue(report.softphoneStreamStatistics().get(0).packetsCount() > 0, "packets received: " + report);
        assertTrue(report.softphoneStreamStatistics().get(1).packetsCount() > 0, "packets sent: " + report);
        Await.until(WAIT, () -> fixture.sandbox.control().records().stream()
                .anyMatch(r -> r.action().equals("SendSoftphoneCallReport") && id.equals(r.contactId())),
                "the call report at the back end");
    }

    @Test
    void aQueueCallbackGetsItsSessionWhenItConnects() throws Exception {
        fixture = SoftphoneFixture.available(Sandbox.builder().calleesAnswerManually(), "jane");
        CustomerContact due = fixture.center.callbackDue(SoftphoneFixture.CALLER);
        Contact callback = due.awaitRinging();
        String id = due.contactId();
        assertEquals(ContactStateType.INCOMING, callback.getState().type());
        due.accept();
        SoftphoneSessionInfo talking = fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        due.answer();
        due.awaitConnected();
        assertEquals(callback.getAgentConnection().orElseThrow().getConnectionId(), talking.agentConnectionId());

        Audio.agentHearsCaller(fixture.probe, id);
        Audio.callerHearsAgent(fixture.sandbox.control(), id);
        fixture.agent.mute();
        Audio.callerHearsSilence(fixture.sandbox.control(), id);
        fixture.agent.unmute();
        Audio.callerHearsAgent(fixture.sandbox.control(), id);

        fixture.agent.mute();
        due.hangUp(); // the customer hangs up: the server's bye
        fixture.awaitSession(id, SoftphoneSessionState.DISCONNECTED);
        Await.until(WAIT, () -> !fixture.softphone.isMuted(), "the mute reset");
        assertEquals(new MuteToggle(false), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
    }

    @Test
    void aCallReRoutedToTheSameAgentTwiceGetsAFreshSessionEachTime() throws Exception {
        List<String> connections = reRoutedTwiceThenAnswered(Sandbox.builder());
        // the first offer invites and keeps the peer connection; the next ones attach to it
        assertEquals(List.of(false, true, true), connections.stream().map(connection -> reached(connection,
                SoftphoneSessionState.CONNECT_CONTACT)).toList());
    }

    @Test
    void aCallReRoutedToTheSameAgentTwiceGetsAFreshSessionEachTimeWithoutAPersistentPeerConnection()
            throws Exception {
        try {
            List<String> connections = reRoutedTwiceThenAnswered(Sandbox.builder().persistentPeerConnections(false));
            assertEquals(List.of(true, true, true), connections.stream().map(connection -> reached(connection,
                    SoftphoneSessionState.INVITE_ANSWER)).toList(), "every offer invites on its own connection");
        } finally {
            if (fixture != null) {
                fixture.close();
                fixture = null;
            }
        }
    }

    /**
     * One contact rings out twice (the sandbox puts it back in its queue; the agent sees it missed and sets Available
     * again) and is offered a third time to the same agent: the same contact id with a new agent connection id each
     * time, each offer with its own session up to talking, the stale one ended; the third is answered.
     */
    private List<String> reRoutedTwiceThenAnswered(Sandbox.Builder builder) throws Exception {
        fixture = SoftphoneFixture.available(builder.ringTimeout(Duration.ofSeconds(4)).requeueMissed(true), "jane");
        CustomerContact call = fixture.customerCalls();
        String id = call.contactId();
        call.awaitRinging();
        List<String> connections = new ArrayList<>();
        for (int miss = 0; miss < 2; miss++) {
            SoftphoneSessionInfo ringing = awaitNewSession(id, connections);
            connections.add(ringing.agentConnectionId());
            // nobody accepts: the offer rings out, the contact goes back to its queue, this session ends
            SoftphoneSessionInfo ended = fixture.events.await(StreamsEvents.SOFTPHONE_SESSION,
                    SoftphoneSessionInfo.class, info -> info.agentConnectionId().equals(ringing.agentConnectionId())
                            && info.state().isFinal(), WAIT, "the missed session to end");
            assertEquals(SoftphoneSessionState.DISCONNECTED, ended.state());
            Await.until(WAIT, () -> fixture.agent.getState().isError(), "the missed-call state");
            assertEquals("queued", phase(id), "the caller waits in the queue again");
            // routable again: offered the contact at once (the agent shows PendingBusy, not Available)
            SoftphoneFixture.await(fixture.agent.setState(fixture.agent.getConfiguration().agentState("Available")
                    .orElseThrow()));
        }
        SoftphoneSessionInfo talking = awaitNewSession(id, connections);
        connections.add(talking.agentConnectionId());
        assertEquals(3, connections.stream().distinct().count(), "a fresh session each time: " + connections);
        Contact answered = fixture.streams.findContact(id).orElseThrow();
        assertEquals(talking.agentConnectionId(), answered.getAgentConnection().orElseThrow().getConnectionId());
        Await.until(WAIT, () -> fixture.softphone.sessions().size() == 1, () -> "no stale session: "
                + fixture.softphone.sessions());
        assertEquals(talking.agentConnectionId(), fixture.softphone.sessions().get(0).agentConnectionId());

        call.accept();
        call.awaitConnected();
        Audio.agentHearsCaller(fixture.probe, id);
        Audio.callerHearsAgent(fixture.sandbox.control(), id);
        fixture.agent.mute();
        Audio.callerHearsSilence(fixture.sandbox.control(), id);
        fixture.agent.unmute();
        Audio.callerHearsAgent(fixture.sandbox.control(), id);

        fixture.agent.mute();
        assertTrue(fixture.softphone.isMuted());
        SoftphoneFixture.await(answered.getAgentConnection().orElseThrow().destroy());
        fixture.events.await(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class,
                info -> info.agentConnectionId().equals(talking.agentConnectionId())
                        && info.state() == SoftphoneSessionState.DISCONNECTED, WAIT, "the answered session to end");
        Await.until(WAIT, () -> !fixture.softphone.isMuted(), "the mute reset");
        assertEquals(new MuteToggle(false), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
        Await.until(WAIT, () -> fixture.softphone.sessions().isEmpty(), "no session left");
        assertEquals(connections, fixture.events.payloads(ConnectionEvents.SESSION_INIT, ConnectionRef.class).stream()
                .map(ConnectionRef::connectionId).toList(), "one session per agent connection");
        assertTrue(fixture.events.payloads(AgentEvents.SOFTPHONE_ERROR, Object.class).isEmpty(),
                "no softphone error");
        return connections;
    }

    private boolean reached(String agentConnectionId, SoftphoneSessionState state) {
        return fixture.events.payloads(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class).stream()
                .anyMatch(info -> info.agentConnectionId().equals(agentConnectionId) && info.state() == state);
    }

    /** The talking session of the contact's next agent connection (one not in {@code seen}). */
    private SoftphoneSessionInfo awaitNewSession(String contactId, List<String> seen) {
        return fixture.events.await(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class,
                info -> info.contactId().equals(contactId) && !seen.contains(info.agentConnectionId())
                        && info.state() == SoftphoneSessionState.TALKING, WAIT,
                "a talking session of " + contactId + " on a new agent connection");
    }

    private String phase(String contactId) {
        for (JsonElement element : JsonParser.parseString(fixture.sandbox.control().contactsJson()).getAsJsonObject()
                .getAsJsonArray("contacts")) {
            JsonObject contact = element.getAsJsonObject();
            if (contact.get("contactId").getAsString().equals(contactId)) {
                return contact.get("phase").getAsString();
            }
        }
        return "unknown";
    }

    @Test
    void anAutoAcceptedCallIsAcceptedWhenItsMediaIsUp() throws Exception {
        fixture = SoftphoneFixture.available(Sandbox.builder().autoAcceptDelay(Duration.ofSeconds(30)), "ana");
        CustomerContact call = fixture.customerCalls();
        Contact contact = call.awaitRinging();
        String id = call.contactId();
        fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        Await.until(WAIT, () -> fixture.events.payloads(ContactEvents.scoped(ContactEvents.ACCEPTED, id),
                Contact.class).size() == 1, "contact::accepted::" + id);
        assertEquals(1, fixture.events.payloads(ContactEvents.ACCEPTED, Contact.class).size());
        assertNotEquals(ContactStateType.CONNECTED, contact.getState().type(),
                "the softphone's broadcast, not the back end's accept");
    }

    private static <T> T last(List<T> list) {
        assertFalse(list.isEmpty(), "no such event");
        return list.get(list.size() - 1);
    }
}
