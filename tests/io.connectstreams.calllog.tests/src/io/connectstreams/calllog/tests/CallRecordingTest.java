/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.calllog.CallQualitySummary;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ContactAction;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.api.softphone.SoftphoneStats;

/**
 * Each kind of call, played as snapshots through the worker's real event derivation on the real bus (plus the
 * action, mute, statistics and softphone events their publishers would send), gives the entry the rules say.
 */
class CallRecordingTest {

    @TempDir
    Path directory;

    @Test
    void theHostsNameOfThePartyIsRecordedOnceItArrives() {
        try (Recording log = new Recording(directory, "named")) {
            AtomicBoolean answered = new AtomicBoolean();
            log.nameParties(contact -> answered.get() && contact.contactId().equals("named-1")
                    ? Optional.of("Ada Lovelace (Analytical Engines)") : Optional.empty());
            Call call = Call.inbound("named-1", log.t(10));
            log.play(11, call);
            assertEquals("Ada Lovelace", log.entry(call.id()).endpointName(), "the endpoint's name meanwhile");

            answered.set(true); // the host's lookup completed
            log.play(12, call);
            assertEquals("Ada Lovelace (Analytical Engines)", log.entry(call.id()).endpointName());
            log.play(30); // the contact is gone: the record is finished
            assertEquals(CallOutcome.MISSED, log.entry(call.id()).outcome());
            assertEquals("Ada Lovelace (Analytical Engines)", log.entry(call.id()).endpointName(), "kept");
        }
    }

    @Test
    void anAnsweredInboundCallWithHoldsAndMutes() {
        try (Recording log = new Recording(directory, "answered")) {
            List<CallLogEntry> changes = new CopyOnWriteArrayList<>();
            log.store().onChange(changes::add);
            log.play(0);
            mute(log, true); // no call connected: counts against nothing
            mute(log, false);

            Call call = Call.inbound("answered-1", log.t(10));
            log.play(11, call);
            CallLogEntry ringing = log.entry(call.id());
            assertEquals(CallOutcome.ONGOING, ringing.outcome());
            assertEquals(log.t(10), ringing.start(), "start: the offer");
            assertNull(ringing.answer());
            assertEquals(0, ringing.muteCount());

            call.connect(log.t(14));
            log.play(15, call);
            mute(log, true);
            mute(log, true); // no change: not a second mute
            mute(log, false);
            call.customer(ConnectionStateType.HOLD, log.t(20));
            log.play(21, call);
            call.customer(ConnectionStateType.CONNECTED, log.t(32));
            log.play(33, call);
            mute(log, true);
            call.customer(ConnectionStateType.HOLD, log.t(40));
            log.play(41, call);
            call.customer(ConnectionStateType.CONNECTED, log.t(43));
            log.play(44, call);
            call.hangUp(log.t(74));
            log.play(75, call);

            CallLogEntry inAfterCallWork = log.entry(call.id());
            assertEquals(CallOutcome.ONGOING, inAfterCallWork.outcome(), "ongoing until destroyed");
            assertEquals(log.t(74), inAfterCallWork.end());
            assertEquals(Duration.ofSeconds(60), inAfterCallWork.talkDuration());

            log.play(95); // after-call work cleared: the contact is destroyed
            CallLogEntry done = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, done.outcome());
            assertEquals(CallDirection.INBOUND, done.direction());
            assertEquals(ContactType.VOICE, done.contactType());
            assertEquals(Call.CUSTOMER_NUMBER, done.number(), "sip: and @host stripped");
            assertEquals("Ada Lovelace", done.endpointName());
            assertEquals("BasicQueue", done.queueName());
            assertEquals(log.t(10), done.start());
            assertEquals(log.t(14), done.answer());
            assertEquals(log.t(74), done.end());
            assertEquals(Duration.ofSeconds(4), done.ringDuration());
            assertEquals(Duration.ofSeconds(60), done.talkDuration());
            assertEquals(Duration.ofSeconds(15), done.holdDuration(), "12 s + 3 s on hold");
            assertEquals(2, done.holdCount());
            assertEquals(Duration.ofSeconds(21), done.afterCallWorkDuration(), "ended at 74 s, destroyed at 95 s");
            assertEquals(2, done.muteCount());
            assertEquals(CallQualitySummary.NONE, done.quality());
            assertEquals(done, changes.get(changes.size() - 1), "listeners saw the final entry");
            assertEquals(CallOutcome.ONGOING, changes.get(0).outcome());
        }
    }

    @Test
    void aMissedCall() {
        try (Recording log = new Recording(directory, "missed")) {
            Call call = Call.inbound("missed-1", log.t(10));
            log.play(11, call);
            call.state(ContactStateType.MISSED, log.t(25)).agent(ConnectionStateType.DISCONNECTED, log.t(25));
            log.play(26, call);
            log.play(40);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.MISSED, entry.outcome());
            assertNull(entry.answer());
            assertEquals(log.t(25), entry.end());
            assertEquals(Duration.ofSeconds(15), entry.ringDuration(), "offer to end");
            assertEquals(Duration.ZERO, entry.talkDuration());
            assertEquals(Duration.ZERO, entry.afterCallWorkDuration(), "a missed call has no after-call work");
        }
    }

    @Test
    void aRejectActionTellsARejectedCallFromAMissedOne() {
        try (Recording log = new Recording(directory, "rejected")) {
            Call rejected = Call.inbound("rejected-1", log.t(10));
            Call notRejected = Call.inbound("rejected-2", log.t(10));
            Call rejectedState = Call.inbound("rejected-3", log.t(10));
            log.play(11, rejected, notRejected, rejectedState);
            log.trigger(StreamsEvents.CONTACT_ACTION, new ContactAction(rejected.id(), null, "reject", true, null));
            log.trigger(StreamsEvents.CONTACT_ACTION,
                    new ContactAction(notRejected.id(), null, "reject", false, "InvalidStateException"));
            rejectedState.state(ContactStateType.REJECTED, log.t(13));
            log.play(14, rejectedState); // the other two leave the snapshot while still ringing
            log.play(20);

            CallLogEntry entry = log.entry(rejected.id());
            assertEquals(CallOutcome.REJECTED, entry.outcome());
            assertEquals(log.t(14), entry.end(), "gone while ringing: ended when the snapshot without it arrived");
            assertEquals(Duration.ofSeconds(4), entry.ringDuration());
            assertEquals(CallOutcome.MISSED, log.entry(notRejected.id()).outcome(), "a failed reject rejects nothing");
            assertEquals(CallOutcome.REJECTED, log.entry(rejectedState.id()).outcome());
            assertEquals(log.t(13), log.entry(rejectedState.id()).end());
        }
    }

    @Test
    void transfersAreToldFromHangUps() {
        try (Recording log = new Recording(directory, "transferred")) {
            Call blind = Call.inbound("transfer-blind", log.t(10));
            Call warm = Call.inbound("transfer-warm", log.t(10));
            Call hangUp = Call.inbound("transfer-none", log.t(10));
            log.play(11, blind, warm, hangUp);
            blind.connect(log.t(14));
            warm.connect(log.t(14));
            hangUp.connect(log.t(14));
            log.play(15, blind, warm, hangUp);

            // warm transfer: consult a third party with the customer on hold, join them, leave
            warm.thirdParty(ConnectionStateType.CONNECTING, log.t(20)).customer(ConnectionStateType.HOLD, log.t(20));
            log.play(21, blind, warm, hangUp);
            warm.thirdParty(ConnectionStateType.CONNECTED, log.t(25));
            log.play(26, blind, warm, hangUp);
            warm.customer(ConnectionStateType.CONNECTED, log.t(30));
            log.play(31, blind, warm, hangUp);
            log.trigger(StreamsEvents.CONTACT_ACTION,
                    new ContactAction(warm.id(), warm.agentConnectionId(), "destroy", true, null));
            // blind transfer: the worker reports a successful transfer, the agent's leg ends
            log.trigger(StreamsEvents.CONTACT_ACTION, new ContactAction(blind.id(), null, "transfer", true, null));
            blind.hangUp(log.t(35));
            warm.state(ContactStateType.ENDED, log.t(35)).agent(ConnectionStateType.DISCONNECTED, log.t(35));
            // a plain hang-up: the agent destroys its own leg with nobody else on
            log.trigger(StreamsEvents.CONTACT_ACTION,
                    new ContactAction(hangUp.id(), hangUp.agentConnectionId(), "destroy", true, null));
            hangUp.hangUp(log.t(35));
            log.play(36, blind, warm, hangUp);
            log.play(50);

            CallLogEntry blindEntry = log.entry(blind.id());
            assertEquals(CallOutcome.TRANSFERRED, blindEntry.outcome());
            assertEquals(Duration.ofSeconds(21), blindEntry.talkDuration());
            CallLogEntry warmEntry = log.entry(warm.id());
            assertEquals(CallOutcome.TRANSFERRED, warmEntry.outcome());
            assertEquals(Duration.ofSeconds(10), warmEntry.holdDuration(), "the customer waited during the consult");
            assertEquals(1, warmEntry.holdCount());
            assertEquals(CallOutcome.ANSWERED, log.entry(hangUp.id()).outcome());
        }
    }

    @Test
    void anOutboundCallIsAnsweredWhenTheCustomerPicksUp() {
        try (Recording log = new Recording(directory, "outbound")) {
            Call answered = Call.outbound("outbound-1", log.t(10)).customer("Grace Hopper", "+14255550123");
            Call unanswered = Call.outbound("outbound-2", log.t(10));
            log.play(11, answered, unanswered);
            answered.state(ContactStateType.CONNECTED, log.t(12));
            unanswered.state(ContactStateType.CONNECTED, log.t(12));
            log.play(13, answered, unanswered);
            assertNull(log.entry(answered.id()).answer(), "the customer's phone is still ringing");

            answered.customer(ConnectionStateType.CONNECTED, log.t(18));
            log.play(19, answered, unanswered);
            unanswered.hangUp(log.t(40));
            log.play(41, answered, unanswered);
            answered.hangUp(log.t(48));
            log.play(49, answered, unanswered);
            log.play(60);

            CallLogEntry entry = log.entry(answered.id());
            assertEquals(CallDirection.OUTBOUND, entry.direction());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals("+14255550123", entry.number());
            assertEquals("Grace Hopper", entry.endpointName());
            assertNull(entry.queueName());
            assertEquals(log.t(10), entry.start(), "start: the dial");
            assertEquals(log.t(18), entry.answer());
            assertEquals(Duration.ofSeconds(8), entry.ringDuration());
            assertEquals(Duration.ofSeconds(30), entry.talkDuration());
            assertEquals(Duration.ofSeconds(12), entry.afterCallWorkDuration());

            CallLogEntry noAnswer = log.entry(unanswered.id());
            assertEquals(CallDirection.OUTBOUND, noAnswer.direction());
            assertEquals(CallOutcome.MISSED, noAnswer.outcome(), "nobody picked up");
            assertEquals(Duration.ofSeconds(30), noAnswer.ringDuration());
        }
    }

    @Test
    void aQueueCallback() {
        try (Recording log = new Recording(directory, "callback")) {
            Call call = Call.callback("callback-1", log.t(10));
            log.play(11, call);
            assertEquals(CallDirection.CALLBACK, log.entry(call.id()).direction());
            call.state(ContactStateType.CONNECTING, log.t(15)).agent(ConnectionStateType.CONNECTED, log.t(15))
                    .customer(ConnectionStateType.CONNECTING, log.t(15));
            log.play(16, call);
            call.state(ContactStateType.CONNECTED, log.t(22)).customer(ConnectionStateType.CONNECTED, log.t(22));
            log.play(23, call);
            call.hangUp(log.t(82));
            log.play(83, call);
            log.play(90);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallDirection.CALLBACK, entry.direction());
            assertEquals(ContactType.QUEUE_CALLBACK, entry.contactType());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals(log.t(10), entry.start());
            assertEquals(log.t(22), entry.answer());
            assertEquals(Duration.ofSeconds(12), entry.ringDuration());
            assertEquals(Duration.ofSeconds(60), entry.talkDuration());
            assertEquals(Duration.ofSeconds(8), entry.afterCallWorkDuration());
        }
    }

    @Test
    void aFailedSoftphoneCallOrAnErrorStateBeforeAnsweringButNotACallTheServerHadEnded() {
        try (Recording log = new Recording(directory, "failed")) {
            Call failed = Call.inbound("failed-1", log.t(10));
            Call error = Call.inbound("failed-2", log.t(10));
            Call failedLater = Call.inbound("failed-3", log.t(10));
            log.play(11, failed, error, failedLater);
            log.trigger(StreamsEvents.SOFTPHONE_SESSION, new SoftphoneSessionInfo(failed.id(),
                    failed.agentConnectionId(), SoftphoneSessionState.FAILED,
                    SoftphoneFailureReason.ICE_COLLECTION_TIMEOUT, log.t(11)));
            failedLater.connect(log.t(12));
            log.play(13, failed, error, failedLater);
            log.trigger(StreamsEvents.SOFTPHONE_SESSION, new SoftphoneSessionInfo(failedLater.id(),
                    failedLater.agentConnectionId(), SoftphoneSessionState.FAILED,
                    SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE, log.t(13)));
            failed.state(ContactStateType.MISSED, log.t(30)).agent(ConnectionStateType.DISCONNECTED, log.t(30));
            error.state(ContactStateType.ERROR, log.t(20)).agent(ConnectionStateType.DISCONNECTED, log.t(20));
            failedLater.hangUp(log.t(30));
            log.play(31, failed, error, failedLater);
            log.play(40);
            Call abandoned = Call.inbound("failed-4", log.t(41));
            log.play(42, abandoned);
            // the caller gave up while the softphone connected it: the server no longer knew the call
            log.trigger(StreamsEvents.SOFTPHONE_SESSION, new SoftphoneSessionInfo(abandoned.id(),
                    abandoned.agentConnectionId(), SoftphoneSessionState.FAILED, SoftphoneFailureReason.CALL_NOT_FOUND,
                    log.t(42)));
            abandoned.state(ContactStateType.MISSED, log.t(43)).agent(ConnectionStateType.DISCONNECTED, log.t(43));
            log.play(44, abandoned);
            log.play(50);

            assertEquals(CallOutcome.FAILED, log.entry(failed.id()).outcome(), "the softphone never connected it");
            assertEquals(CallOutcome.FAILED, log.entry(error.id()).outcome(), "error state before anyone talked");
            assertEquals(CallOutcome.ANSWERED, log.entry(failedLater.id()).outcome(),
                    "a failure after the answer does not undo the talk");
            assertEquals(CallOutcome.MISSED, log.entry(abandoned.id()).outcome(),
                    "a call the server had already ended was missed, not failed");
        }
    }

    @Test
    void softphoneStatisticsSummarizeTheCallsQuality() {
        try (Recording log = new Recording(directory, "quality")) {
            Call call = Call.inbound("quality-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(12));
            log.play(13, call);
            log.trigger(EventType.SOFTPHONE_STATS, new SoftphoneStats(call.id(), call.agentConnectionId(), List.of(
                    input(log, 2, 48, 1000, 10), input(log, 0, 50, 3000, 30), output(log, 100), output(log, 140))));
            CallQualitySummary midCall = log.entry(call.id()).quality();
            assertEquals(2.0, midCall.packetLossPercent(), 1e-9);
            assertEquals(20.0, midCall.averageJitterMillis(), 1e-9);
            assertEquals(120.0, midCall.averageRoundTripMillis(), 1e-9);
            assertEquals(2000.0, midCall.averageInputLevel(), 1e-9);
            assertEquals(2, midCall.samples());

            call.hangUp(log.t(40));
            log.play(41, call);
            log.play(45);
            // the softphone's last batch, published when its session closed, may come after the contact is gone
            log.trigger(EventType.SOFTPHONE_STATS, new SoftphoneStats(call.id(), call.agentConnectionId(),
                    List.of(input(log, 0, 50, 2000, 20), output(log, 120))));
            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals(2 * 100.0 / 150, entry.quality().packetLossPercent(), 1e-9);
            assertEquals(20.0, entry.quality().averageJitterMillis(), 1e-9);
            assertEquals(120.0, entry.quality().averageRoundTripMillis(), 1e-9);
            assertEquals(2000.0, entry.quality().averageInputLevel(), 1e-9);
            assertEquals(3, entry.quality().samples());
        }
    }

    @Test
    void backEndTimesArePutOnTheLocalClock() {
        try (Recording log = new Recording(directory, "skew")) {
            Duration skew = Duration.ofSeconds(42);
            log.skew(skew);
            Call call = Call.inbound("skew-1", log.t(10).plus(skew));
            log.play(11, call);
            call.connect(log.t(14).plus(skew));
            log.play(15, call);
            call.hangUp(log.t(44).plus(skew));
            log.play(45, call);
            log.play(50);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(log.t(10), entry.start());
            assertEquals(log.t(14), entry.answer());
            assertEquals(log.t(44), entry.end());
            assertEquals(Duration.ofSeconds(6), entry.afterCallWorkDuration(), "ended 44 s, destroyed 50 s, local");
        }
    }

    @Test
    void aCallThatLeavesTheSnapshotConnectedEndsWhenItLeavesAndAHoldLastsToTheEnd() {
        try (Recording log = new Recording(directory, "vanished")) {
            Call gone = Call.inbound("vanished-1", log.t(10));
            Call heldToTheEnd = Call.inbound("vanished-2", log.t(10));
            log.play(11, gone, heldToTheEnd);
            gone.connect(log.t(14));
            heldToTheEnd.connect(log.t(14));
            log.play(15, gone, heldToTheEnd);
            heldToTheEnd.customer(ConnectionStateType.HOLD, log.t(20));
            log.play(21, gone, heldToTheEnd);
            heldToTheEnd.hangUp(log.t(30));
            log.play(31, heldToTheEnd);
            log.play(40);

            CallLogEntry entry = log.entry(gone.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals(log.t(31), entry.end(), "contact::ended came with the snapshot that no longer had it");
            assertEquals(Duration.ofSeconds(17), entry.talkDuration());
            assertEquals(Duration.ZERO, entry.afterCallWorkDuration());
            CallLogEntry held = log.entry(heldToTheEnd.id());
            assertEquals(Duration.ofSeconds(10), held.holdDuration(), "on hold from 20 s to the end at 30 s");
            assertEquals(1, held.holdCount());
            assertEquals(Duration.ofSeconds(10), held.afterCallWorkDuration());
        }
    }

    private static void mute(Recording log, boolean muted) {
        log.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(muted));
    }

    private static RtpStreamStats input(Recording log, long lost, long received, int level, long jitter) {
        return new RtpStreamStats(RtpStreamStats.AUDIO_INPUT, log.t(13), lost, received, level, 40, -1, jitter);
    }

    private static RtpStreamStats output(Recording log, long roundTrip) {
        return new RtpStreamStats(RtpStreamStats.AUDIO_OUTPUT, log.t(13), 0, 50, 500, 0, roundTrip, 0);
    }
}
