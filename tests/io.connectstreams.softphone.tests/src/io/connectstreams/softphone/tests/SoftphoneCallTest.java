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
        fixture = new SoftphoneFixture(Sandbox.builder());
        fixture.signIn("jane");
        fixture.available();
        Contact contact = fixture.offer(() -> fixture.sandbox.control().placeCall(SoftphoneFixture.CALLER, null,
                "jane"));
        String id = contact.getContactId();
        SoftphoneSessionInfo talking = fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        assertEquals(contact.getAgentConnection().orElseThrow().getConnectionId(), talking.agentConnectionId());
        assertEquals(ContactStateType.CONNECTING, contact.getState().type(), "media is up before the agent accepts");
        SoftphoneFixture.await(contact.accept());
        Await.until(WAIT, () -> contact.getState().type() == ContactStateType.CONNECTED, "connected");

        Audio.agentHearsCaller(fixture.softphone, id);
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
        Audio.agentHearsCaller(fixture.softphone, id); // mute is one way

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
        fixture = new SoftphoneFixture(Sandbox.builder().calleesAnswerManually());
        fixture.signIn("jane");
        fixture.available();
        Contact callback = fixture.offer(() -> fixture.sandbox.control().placeCallback(SoftphoneFixture.CALLER,
                "BasicQueue", "jane"));
        String id = callback.getContactId();
        assertEquals(ContactStateType.INCOMING, callback.getState().type());
        SoftphoneFixture.await(callback.accept());
        SoftphoneSessionInfo talking = fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        fixture.sandbox.control().answer(id);
        Await.until(WAIT, () -> callback.getState().type() == ContactStateType.CONNECTED, "connected");
        assertEquals(callback.getAgentConnection().orElseThrow().getConnectionId(), talking.agentConnectionId());

        Audio.agentHearsCaller(fixture.softphone, id);
        Audio.callerHearsAgent(fixture.sandbox.control(), id);
        fixture.agent.mute();
        Audio.callerHearsSilence(fixture.sandbox.control(), id);
        fixture.agent.unmute();
        Audio.callerHearsAgent(fixture.sandbox.control(), id);

        fixture.agent.mute();
        fixture.sandbox.control().hangUp(id); // the customer hangs up: the server's bye
        fixture.awaitSession(id, SoftphoneSessionState.DISCONNECTED);
        Await.until(WAIT, () -> !fixture.softphone.isMuted(), "the mute reset");
        assertEquals(new MuteToggle(false), last(fixture.events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class)));
    }

    @Test
    void aCallReRoutedToTheSameAgentTwiceGetsAFreshSessionEachTime() throws Exception {
        fixture = new SoftphoneFixture(Sandbox.builder().ringTimeout(Duration.ofSeconds(2)));
        fixture.signIn("jane");
        List<String> connections = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            fixture.available();
            Contact missed = fixture.offer(() -> fixture.sandbox.control().placeCall(SoftphoneFixture.CALLER, null,
                    "jane"));
            SoftphoneSessionInfo ringing = fixture.awaitSession(missed.getContactId(), SoftphoneSessionState.TALKING);
            connections.add(ringing.agentConnectionId());
            // nobody accepts: the offer rings out and the contact is missed
            SoftphoneSessionInfo ended = fixture.awaitEnded(missed.getContactId());
            assertEquals(SoftphoneSessionState.DISCONNECTED, ended.state());
            Await.until(WAIT, () -> fixture.agent.getState().isError(), "the missed-call state");
        }
        fixture.available();
        Contact answered = fixture.offer(() -> fixture.sandbox.control().placeCall(SoftphoneFixture.CALLER, null,
                "jane"));
        String id = answered.getContactId();
        SoftphoneSessionInfo talking = fixture.awaitSession(id, SoftphoneSessionState.TALKING);
        connections.add(talking.agentConnectionId());
        assertEquals(3, connections.stream().distinct().count(), "a fresh session each time: " + connections);
        assertEquals(List.of(id), fixture.softphone.sessions().stream().map(SoftphoneSessionInfo::contactId)
                .toList(), "no stale session");
        SoftphoneFixture.await(answered.accept());
        Audio.agentHearsCaller(fixture.softphone, id);
        Audio.callerHearsAgent(fixture.sandbox.control(), id);
        assertTrue(fixture.events.payloads(AgentEvents.SOFTPHONE_ERROR, Object.class).isEmpty(),
                "no softphone error");
    }

    @Test
    void anAutoAcceptedCallIsAcceptedWhenItsMediaIsUp() throws Exception {
        fixture = new SoftphoneFixture(Sandbox.builder().autoAcceptDelay(Duration.ofSeconds(30)));
        fixture.signIn("ana");
        fixture.available();
        Contact contact = fixture.offer(() -> fixture.sandbox.control().placeCall(SoftphoneFixture.CALLER, null,
                "ana"));
        String id = contact.getContactId();
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
