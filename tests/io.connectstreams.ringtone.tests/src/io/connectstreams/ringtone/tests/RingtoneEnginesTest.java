/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.tests;

import static io.connectstreams.ringtone.tests.RecordedTelemetry.CALLBACK_CONNECTING;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.CONNECTING;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.START;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.STOP;
import static io.connectstreams.ringtone.tests.RecordedTelemetry.TASK_CONNECTING;
import static io.connectstreams.testing.AgentSnapshots.AVAILABLE;
import static io.connectstreams.testing.AgentSnapshots.BUSY;
import static io.connectstreams.testing.AgentSnapshots.agent;
import static io.connectstreams.testing.AgentSnapshots.contact;
import static io.connectstreams.testing.AgentSnapshots.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.config.RingtoneOptions;
import io.connectstreams.api.config.SoftphoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ringtone.internal.RingtoneSettings;
import io.connectstreams.ringtone.tests.RecordedTelemetry.Entry;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.SnapshotPlayer;
import io.connectstreams.testkit.BusRecorder;

/**
 * The three engines driven by the worker's real event derivation on the real bus: what starts them, every stop
 * cause, the telemetry and its order, one ringtone at a time, and the safety nets.
 */
class RingtoneEnginesTest {

    private final List<RingtoneRig> rigs = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    @BeforeAll
    static void onlyOurService() {
        RingtoneRig.disableComponent();
    }

    @AfterAll
    static void componentBack() {
        RingtoneRig.enableComponent();
    }

    @AfterEach
    void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        rigs.forEach(RingtoneRig::close);
    }

    @Test
    void voiceRingsFromConnectingUntilAccepted() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("voice");

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        Entry start = rig.telemetry.await(START, id);
        Entry connecting = rig.telemetry.await(CONNECTING, id);
        assertEquals(Optional.of(id), rig.ringtones.ringingContactId());
        assertEquals("voice", connecting.data().get("contactType"));
        assertEquals("VOICE", connecting.data().get("ringtoneKind"));
        assertEquals("BasicQueue", connecting.data().get("queueName"));
        assertEquals("arn:queue/basic", connecting.data().get("queueArn"));
        assertEquals(id + "-agent", connecting.data().get("connectionId"));
        assertEquals(rig.ringtones.ringerDevices().get(0).id(), start.data().get("deviceId"));
        assertEquals("built-in voice ringtone", start.data().get("ringtone"));

        rig.accept(id);
        Entry stop = rig.telemetry.await(STOP, id);
        assertEquals("accepted", stop.data().get("reason"));
        assertEquals(true, stop.data().get("played"));
        assertEquals("BasicQueue", stop.data().get("queueName"));
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
        rig.awaitSilence();
    }

    @Test
    void voiceStopsWhenConnected() {
        assertStopCause(ContactStateType.CONNECTED, "connected");
    }

    @Test
    void voiceStopsWhenTheCallEnds() {
        // connecting -> missed fires contact::ended before contact::missed (Streams' event graph)
        assertStopCause(ContactStateType.MISSED, "ended");
    }

    @Test
    void voiceStopsWhenAfterCallWorkBegins() {
        // connecting -> ended fires contact::acw then contact::ended
        assertStopCause(ContactStateType.ENDED, "ended");
    }

    @Test
    void voiceStopsOnARefreshThatNoLongerRings() {
        // paused has no transition event of its own: only contact::refresh shows it
        assertStopCause(ContactStateType.PAUSED, "refresh");
    }

    @Test
    void contactRemovedFromTheSnapshotStopsOnItsEndedThenDestroyedIsHarmless() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("removed");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        rig.player.play(agent(AVAILABLE));

        assertEquals("ended", rig.telemetry.await(STOP, id).data().get("reason"));
        List<String> events = contactEvents(rig.events, id);
        assertTrue(events.containsAll(List.of(ContactEvents.ENDED, ContactEvents.DESTROYED)), events::toString);
        syncWithEngine(rig);
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
    }

    @Test
    void destroyedStopsOnItsOwn() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("destroyed");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        // what the worker publishes when a contact leaves the snapshot, without the ended it sends first
        rig.trigger(ContactEvents.DESTROYED, id);

        assertEquals("destroyed", rig.telemetry.await(STOP, id).data().get("reason"));
    }

    @Test
    void contactVanishingWithoutAnyEventIsCaughtByTheAgentSnapshot() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("vanished");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        // a new session (re-login, worker restart): its first snapshot lacks the contact, and no contact event
        // about it is ever published
        try (SnapshotPlayer newSession = new SnapshotPlayer(rig.bus);
                BusRecorder events = new BusRecorder(rig.bus)) {
            newSession.play(agent(AVAILABLE));
            newSession.play(agent(AVAILABLE));

            Entry stop = rig.telemetry.await(STOP, id);
            assertEquals("contact_gone", stop.data().get("reason"));
            assertEquals(List.of(), contactEvents(events, id),
                    "the derivation published nothing about the vanished contact");
        }
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
        rig.awaitSilence();
    }

    @Test
    void queueCallbackRingsWhileIncomingAndStopsWhenPending() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("callback");

        rig.player.play(agent(AVAILABLE, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        Entry connecting = rig.telemetry.await(CALLBACK_CONNECTING, id);
        Entry start = rig.telemetry.await(START, id);
        assertEquals("queue_callback", connecting.data().get("contactType"));
        assertEquals("QUEUE_CALLBACK", start.data().get("ringtoneKind"));
        assertEquals("built-in queue callback ringtone", start.data().get("ringtone"));

        rig.player.play(agent(BUSY, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.PENDING)));

        assertEquals("pending", rig.telemetry.await(STOP, id).data().get("reason"));
        rig.telemetry.assertNames(id, CALLBACK_CONNECTING, START, STOP);
    }

    @Test
    void queueCallbackStopsWhenConnecting() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("callback-dial");
        rig.player.play(agent(AVAILABLE, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, id);

        rig.player.play(agent(BUSY, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.CONNECTING)));

        assertEquals("connecting", rig.telemetry.await(STOP, id).data().get("reason"));
        syncWithEngine(rig);
        rig.telemetry.assertNames(id, CALLBACK_CONNECTING, START, STOP);
    }

    @Test
    void queueCallbackStopsOnARefreshWhoseAgentConnectionIsConnected() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("callback-agent");
        rig.player.play(agent(AVAILABLE, contact(id, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, id);

        rig.player.play(agent(BUSY, withAgentConnected(contact(id, ContactType.QUEUE_CALLBACK,
                ContactStateType.INCOMING))));

        assertEquals("refresh", rig.telemetry.await(STOP, id).data().get("reason"));
    }

    @Test
    void additionalVoiceRingsWhileTheAgentIsOnAnotherCall() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String first = RingtoneRig.contactId("on-call");
        String second = RingtoneRig.contactId("additional");
        rig.player.play(agent(BUSY, voice(first, ContactStateType.CONNECTED)));

        rig.player.play(agent(BUSY, voice(first, ContactStateType.CONNECTED),
                voice(second, ContactStateType.CONNECTING)));

        Entry start = rig.telemetry.await(START, second);
        assertEquals("ADDITIONAL_VOICE", start.data().get("ringtoneKind"));
        assertEquals("built-in additional voice ringtone", start.data().get("ringtone"));
        rig.accept(second);
        assertEquals("accepted", rig.telemetry.await(STOP, second).data().get("reason"));
        rig.telemetry.assertNames(second, CONNECTING, START, STOP);
        rig.telemetry.assertNames(first);
    }

    @Test
    void aSecondRingingContactWaitsForTheFirstToStop() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String voiceId = RingtoneRig.contactId("first");
        String callbackId = RingtoneRig.contactId("waiting");
        rig.player.play(agent(AVAILABLE, voice(voiceId, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, voiceId);

        rig.player.play(agent(AVAILABLE, voice(voiceId, ContactStateType.CONNECTING),
                contact(callbackId, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(CALLBACK_CONNECTING, callbackId);
        assertEquals(Optional.of(voiceId), rig.ringtones.ringingContactId());

        rig.accept(voiceId);

        rig.telemetry.await(START, callbackId);
        List<String> order = rig.telemetry.all().stream()
                .filter(e -> e.contactId().equals(voiceId) || e.contactId().equals(callbackId))
                .map(e -> e.name() + " " + (e.contactId().equals(voiceId) ? "voice" : "callback")).toList();
        assertEquals(List.of(CONNECTING + " voice", START + " voice", CALLBACK_CONNECTING + " callback",
                STOP + " voice", START + " callback"), order);
        assertEquals(Optional.of(callbackId), rig.ringtones.ringingContactId());
    }

    @Test
    void aWaitingContactThatStopsNeverPlays() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String voiceId = RingtoneRig.contactId("playing");
        String callbackId = RingtoneRig.contactId("gives-up");
        rig.player.play(agent(AVAILABLE, voice(voiceId, ContactStateType.CONNECTING),
                contact(callbackId, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, voiceId);

        rig.player.play(agent(AVAILABLE, voice(voiceId, ContactStateType.CONNECTING)));

        Entry stop = rig.telemetry.await(STOP, callbackId);
        assertEquals("ended", stop.data().get("reason"));
        assertEquals(false, stop.data().get("played"));
        rig.telemetry.assertNames(callbackId, CALLBACK_CONNECTING, STOP);
        assertEquals(Optional.of(voiceId), rig.ringtones.ringingContactId());
    }

    @Test
    void aContactRingingBeforeTheServiceStartsRingsToo() {
        RingtoneRig rig = RingtoneRig.unstarted();
        rigs.add(rig);
        String id = RingtoneRig.contactId("early");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.startService();

        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));

        rig.telemetry.await(START, id);
        rig.player.play(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
        assertEquals("connected", rig.telemetry.await(STOP, id).data().get("reason"));
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
    }

    @Test
    void aThrowingOnAcceptedOrOnConnectedHandlerDoesNotKeepItRinging() {
        String id = RingtoneRig.contactId("throwing");
        var bus = RingtoneRig.bus();
        for (String event : List.of(ContactEvents.ACCEPTED, ContactEvents.CONNECTED)) {
            // subscribed before the ringtone service, global and scoped, as an application's onAccepted would be
            subscriptions.add(bus.subscribe(event, e -> {
                throw new IllegalStateException("application bug in " + e.name());
            }));
            subscriptions.add(bus.subscribe(ContactEvents.scoped(event, id), e -> {
                throw new IllegalStateException("application bug in " + e.name());
            }));
        }
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        rig.accept(id);

        assertEquals("accepted", rig.telemetry.await(STOP, id).data().get("reason"));
        rig.awaitSilence();
        List<HandlerFailure> failures = rig.handlerFailures();
        assertTrue(failures.size() >= 2, () -> "the throwing handlers ran: " + failures);
        rig.player.play(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
        syncWithEngine(rig);
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
    }

    @Test
    void aContactReRoutedToTheAgentRingsAgainOnItsNewAgentConnection() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("rerouted");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);
        rig.player.play(agent(BUSY, voice(id, ContactStateType.MISSED)));
        assertEquals("ended", rig.telemetry.await(STOP, id).data().get("reason"));

        // missed, back in the queue and offered again: the same contact with a new agent connection
        rig.player.play(agent(AVAILABLE, withAgentConnection(voice(id, ContactStateType.CONNECTING), id + "-agent-2",
                ConnectionStateType.CONNECTING)));
        List<String> again = List.of(CONNECTING, START, STOP, CONNECTING, START);
        Await.until(Duration.ofSeconds(5), () -> rig.telemetry.names(id).equals(again),
                () -> "ringing again; telemetry " + rig.telemetry.names(id));
        List<Object> connections = rig.telemetry.all().stream()
                .filter(e -> e.name().equals(CONNECTING) && id.equals(e.contactId()))
                .map(e -> e.data().get("connectionId")).toList();
        assertEquals(List.of(id + "-agent", id + "-agent-2"), connections);
    }

    @Test
    void startAndStopAreIdempotent() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("twice");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        rig.trigger(ContactEvents.CONNECTING, id);
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.accept(id);
        rig.accept(id);
        rig.player.play(agent(BUSY, voice(id, ContactStateType.CONNECTED)));
        rig.player.play(agent(AVAILABLE));
        syncWithEngine(rig);

        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
    }

    @Test
    void disabledRingtonesDoNotRingAndADisablingConfigurationStopsARinging() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String ringing = RingtoneRig.contactId("before-config");
        rig.player.play(agent(AVAILABLE, voice(ringing, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, ringing);

        // Streams' disableRingtone; queue callbacks explicitly keep ringing
        StreamsConfiguration noVoice = StreamsConfiguration.builder("http://127.0.0.1:8443/")
                .softphone(new SoftphoneOptions(true, true, null, true))
                .ringtone(ContactType.QUEUE_CALLBACK, RingtoneOptions.DEFAULT).build();
        rig.bus.trigger(EventType.CONFIGURE, noVoice);
        assertEquals("disabled", rig.telemetry.await(STOP, ringing).data().get("reason"));

        String silent = RingtoneRig.contactId("disabled");
        String callback = RingtoneRig.contactId("still-rings");
        rig.player.play(agent(AVAILABLE, voice(silent, ContactStateType.CONNECTING)));
        rig.player.play(agent(AVAILABLE, voice(silent, ContactStateType.CONNECTING),
                contact(callback, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, callback);

        rig.telemetry.assertNames(silent);
        rig.telemetry.assertNames(ringing, CONNECTING, START, STOP);
    }

    @Test
    void aTaskRingsOnlyWhenTheConfigurationTurnsItsRingtoneOn() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String unconfigured = RingtoneRig.contactId("task-off");
        String callback = RingtoneRig.contactId("callback-rings");
        rig.player.play(agent(AVAILABLE, contact(unconfigured, ContactType.TASK, ContactStateType.CONNECTING)));
        rig.player.play(agent(AVAILABLE, contact(unconfigured, ContactType.TASK, ContactStateType.CONNECTING),
                contact(callback, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(START, callback);
        rig.telemetry.assertNames(unconfigured); // Streams: task ringtones are off by default
        rig.player.play(agent(AVAILABLE));
        rig.telemetry.await(STOP, callback);

        // Streams' ringtone.task {disableRingtone: false}
        rig.bus.trigger(EventType.CONFIGURE, StreamsConfiguration.builder("http://127.0.0.1:8443/")
                .ringtone(ContactType.TASK, RingtoneOptions.DEFAULT).build());
        String task = RingtoneRig.contactId("task-on");
        rig.player.play(agent(AVAILABLE, contact(task, ContactType.TASK, ContactStateType.CONNECTING)));
        Entry connecting = rig.telemetry.await(TASK_CONNECTING, task);
        Entry start = rig.telemetry.await(START, task);
        assertEquals("task", connecting.data().get("contactType"));
        assertEquals("TASK", start.data().get("ringtoneKind"));
        assertEquals("built-in task ringtone", start.data().get("ringtone"));

        rig.player.play(agent(BUSY, contact(task, ContactType.TASK, ContactStateType.CONNECTED)));
        assertEquals("connected", rig.telemetry.await(STOP, task).data().get("reason"));
        rig.telemetry.assertNames(task, TASK_CONNECTING, START, STOP);
    }

    @Test
    void aServiceStartedDuringASessionAsksForItsConfiguration() {
        StreamsConfiguration noRingtones = StreamsConfiguration.builder("http://127.0.0.1:8443/")
                .softphone(new SoftphoneOptions(true, true, null, true)).build();
        var bus = RingtoneRig.bus();
        // the worker's session answers request_configure while it runs
        subscriptions.add(bus.respond(EventType.REQUEST_CONFIGURE, request -> noRingtones));
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String voiceId = RingtoneRig.contactId("asked-voice");
        String callbackId = RingtoneRig.contactId("asked-callback");

        rig.player.play(agent(AVAILABLE, voice(voiceId, ContactStateType.CONNECTING),
                contact(callbackId, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        String marker = RingtoneRig.contactId("marker");
        rig.bus.trigger(EventType.CONFIGURE, StreamsConfiguration.builder("http://127.0.0.1:8443/").build());
        rig.player.play(agent(AVAILABLE, voice(marker, ContactStateType.CONNECTING)));
        rig.telemetry.await(CONNECTING, marker);


        rig.telemetry.assertNames(voiceId);
        rig.telemetry.assertNames(callbackId);
    }

    @Test
    void noRingtoneOutlivesTheMaximumRingTime() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT.withMaxRingTime(Duration.ofMillis(500)));
        String id = RingtoneRig.contactId("forever");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));

        Entry stop = rig.telemetry.await(STOP, id);

        assertEquals("max_ring_time", stop.data().get("reason"));
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
        rig.awaitSilence();
    }

    @Test
    void closingStopsTheRingtoneAndEndsTheThread() {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId("closing");
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        rig.close();

        assertEquals("deactivated", rig.telemetry.await(STOP, id).data().get("reason"));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("cs-ringtone")), "no ringtone thread is left");
    }

    private void assertStopCause(ContactStateType next, String reason) {
        RingtoneRig rig = rig(RingtoneSettings.DEFAULT);
        String id = RingtoneRig.contactId(reason);
        rig.player.play(agent(AVAILABLE, voice(id, ContactStateType.CONNECTING)));
        rig.telemetry.await(START, id);

        rig.player.play(agent(BUSY, voice(id, next)));

        Entry stop = rig.telemetry.await(STOP, id);
        assertEquals(reason, stop.data().get("reason"));
        assertEquals(true, stop.data().get("played"));
        rig.awaitSilence();
        syncWithEngine(rig);
        rig.telemetry.assertNames(id, CONNECTING, START, STOP);
    }

    /**
     * Waits until the engine handled everything published so far: it handles events in order, so once a marker
     * contact offered now has been announced, every earlier event was handled. The marker's snapshot ends the
     * test's other contacts.
     */
    private static void syncWithEngine(RingtoneRig rig) {
        String marker = RingtoneRig.contactId("marker");
        rig.player.play(agent(AVAILABLE, contact(marker, ContactType.QUEUE_CALLBACK, ContactStateType.INCOMING)));
        rig.telemetry.await(CALLBACK_CONNECTING, marker);
    }

    /** The global {@code contact::} events recorded about the contact, in order. */
    private static List<String> contactEvents(BusRecorder events, String contactId) {
        return events.events().stream()
                .filter(e -> e.name().startsWith("contact::") && !e.name().endsWith("::" + contactId)
                        && e.data() instanceof Contact c && c.getContactId().equals(contactId))
                .map(BusEvent::name).toList();
    }

    private RingtoneRig rig(RingtoneSettings settings) {
        RingtoneRig rig = RingtoneRig.start(settings);
        rigs.add(rig);
        return rig;
    }

    private static ContactSnapshot withAgentConnected(ContactSnapshot contact) {
        return withAgentConnection(contact, null, ConnectionStateType.CONNECTED);
    }

    /** The contact with its agent connection renamed (when {@code connectionId} is given) and in that state. */
    private static ContactSnapshot withAgentConnection(ContactSnapshot contact, String connectionId,
            ConnectionStateType state) {
        List<ConnectionSnapshot> connections = contact.connections().stream().map(c -> c.isAgentConnection()
                ? new ConnectionSnapshot(c.contactId(), connectionId == null ? c.connectionId() : connectionId,
                        c.type(), c.initial(), new ConnectionState(state, AgentSnapshots.T0), c.endpoint(),
                        c.softphoneMediaInfo(), c.mute(), c.forcedMute(), c.quickConnectName(),
                        c.monitorCapabilities(), c.monitorStatus())
                : c).toList();
        return new ContactSnapshot(contact.contactId(), contact.initialContactId(), contact.relatedContactId(),
                contact.type(), contact.state(), contact.queue(), contact.queueTimestamp(), Map.copyOf(
                        contact.attributes()), contact.name(), contact.description(), contact.initiationMethod(),
                contact.customerEndpoint(), connections);
    }
}
