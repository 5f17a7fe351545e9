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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactStateType;

/**
 * The cases the call log once got wrong (issue 12): a call whose session ended during its after-call work, and a
 * contact missed and then offered again with the same id.
 */
class CallLogCornerCasesTest {

    @TempDir
    Path directory;

    @Test
    void aCallIsNotLeftOngoingWhenTheSessionEndsDuringItsAfterCallWork() {
        try (Recording log = new Recording(directory, "signout")) {
            Call call = Call.inbound("signout-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(14));
            log.play(15, call);
            call.hangUp(log.t(20));
            log.play(21, call);
            assertEquals(CallOutcome.ONGOING, log.entry(call.id()).outcome(), "in after-call work");

            log.trigger(EventType.TERMINATED, null); // the agent signs out

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome(), "finished when the session ended");
            assertEquals(log.t(20), entry.end());
            assertEquals(List.of(entry), all(log), "one entry");
        }
    }

    @Test
    void aLateSnapshotOfTheEndedSessionDoesNotReopenTheEntry() {
        try (Recording log = new Recording(directory, "late")) {
            Call call = Call.inbound("late-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(14));
            log.play(15, call);
            call.hangUp(log.t(20));
            log.play(21, call);
            log.trigger(EventType.TERMINATED, null); // the agent signs out ...

            // ... while the ended session's event thread still delivers the snapshot it was deriving
            log.play(22, call);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome(), "still finished: " + entry);
            assertEquals(List.of(entry), all(log), "one entry");
        }
    }

    @Test
    void aCallStillInAfterCallWorkWhenTheAgentSignsInAgainGoesOnInItsEntry() {
        try (Recording log = new Recording(directory, "signin")) {
            Call call = Call.inbound("signin-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(14));
            log.play(15, call);
            call.hangUp(log.t(20));
            log.play(21, call);
            log.trigger(EventType.TERMINATED, null);

            log.newSession();
            log.play(30, call); // the back end kept the contact in after-call work
            assertEquals(CallOutcome.ONGOING, log.entry(call.id()).outcome(), "the same call goes on");
            log.play(40);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals(log.t(14), entry.answer());
            assertEquals(List.of(entry), all(log), "still one entry");
        }
    }

    @Test
    void aCallMissedThenAnsweredWhenOfferedAgainShowsBothEntries() {
        try (Recording log = new Recording(directory, "reoffered")) {
            Call missed = Call.inbound("reoffered-1", log.t(10));
            log.play(11, missed);
            missed.state(ContactStateType.MISSED, log.t(25)).agent(ConnectionStateType.DISCONNECTED, log.t(25));
            log.play(26, missed);
            log.play(30); // the agent clears the missed contact; it goes back to its queue

            Call offeredAgain = Call.inbound("reoffered-1", log.t(40));
            log.play(41, offeredAgain);
            offeredAgain.connect(log.t(43));
            log.play(44, offeredAgain);
            offeredAgain.hangUp(log.t(50));
            log.play(51, offeredAgain);
            log.play(60);

            List<CallLogEntry> entries = all(log);
            assertEquals(2, entries.size(), () -> "both offers: " + entries);
            assertEquals(CallOutcome.ANSWERED, entries.get(0).outcome(), "the newest first");
            assertEquals(log.t(40), entries.get(0).start());
            assertEquals(log.t(43), entries.get(0).answer());
            assertEquals(CallOutcome.MISSED, entries.get(1).outcome());
            assertEquals(log.t(10), entries.get(1).start());
            assertEquals(log.t(25), entries.get(1).end());
            assertEquals(entries.get(0), log.entry("reoffered-1"), "find gives the latest offer");

            log.restart();
            assertEquals(entries, all(log), "both read back");
        }
    }

    @Test
    void aContactOfferedAgainWhileItsMissedViewIsShownStartsASecondEntry() {
        try (Recording log = new Recording(directory, "inplace")) {
            Call call = Call.inbound("inplace-1", log.t(10));
            log.play(11, call);
            call.state(ContactStateType.MISSED, log.t(25)).agent(ConnectionStateType.DISCONNECTED, log.t(25));
            log.play(26, call);
            call.state(ContactStateType.CONNECTING, log.t(40)).agent(ConnectionStateType.CONNECTING, log.t(40));
            log.play(41, call);
            call.connect(log.t(43));
            log.play(44, call);
            call.hangUp(log.t(50));
            log.play(51, call);
            log.play(60);

            List<CallLogEntry> entries = all(log);
            assertEquals(2, entries.size(), () -> "both offers: " + entries);
            assertEquals(CallOutcome.ANSWERED, entries.get(0).outcome());
            assertEquals(log.t(40), entries.get(0).start());
            assertEquals(CallOutcome.MISSED, entries.get(1).outcome());
            assertTrue(entries.get(1).end().equals(log.t(25)), () -> "missed at 25 s: " + entries.get(1));
        }
    }

    private static List<CallLogEntry> all(Recording log) {
        return log.store().query(CallLogQuery.ALL);
    }
}
