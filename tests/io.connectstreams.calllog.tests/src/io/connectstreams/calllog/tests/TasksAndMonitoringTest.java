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

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactType;

/**
 * Contacts that are not calls the agent took: a task is recorded by its name and without a number; the call a
 * supervisor monitored is recorded as monitored, from the moment the supervisor joined, never as an inbound call the
 * supervisor answered.
 */
class TasksAndMonitoringTest {

    private static final String TASK = "Call Mrs Lee back about her claim";

    @TempDir
    Path directory;

    @Test
    void aTaskIsRecordedByItsNameWithoutANumber() throws IOException {
        try (Recording log = new Recording(directory, "task")) {
            Call task = log.workedTask("task-1", TASK, 10);

            CallLogEntry entry = log.entry(task.id());
            assertEquals(ContactType.TASK, entry.contactType());
            assertEquals(TASK, entry.endpointName(), "the task's name where a call has the party's");
            assertNull(entry.number(), "a task has no number");
            assertEquals(CallDirection.INBOUND, entry.direction(), "routed to the agent (Streams' isInbound)");
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals(Duration.ofSeconds(26), entry.talkDuration());

            assertEquals(List.of(task.id()), log.store().query(new CallLogQuery(null, null, "mrs lee", Set.of(), 0))
                    .stream().map(CallLogEntry::contactId).toList(), "the filter finds a task by its name");
            StringWriter csv = new StringWriter();
            log.store().exportCsv(CallLogQuery.ALL, csv);
            String row = csv.toString().lines().skip(1).findFirst().orElseThrow();
            assertEquals("task-1,INBOUND,task,,Call Mrs Lee back about her claim,BasicQueue",
                    row.substring(0, row.indexOf(",", row.indexOf("BasicQueue"))), "type task, no number, the name");
        }
    }

    @Test
    void theCallASupervisorMonitoredIsMonitoredFromJoining() {
        try (Recording log = new Recording(directory, "monitored")) {
            // Jane answered at 5; Sam joins at 30, listens, barges in at 40; the call ends at 60
            Call call = Call.monitored("monitored-1", log.t(5), log.t(30));
            log.play(31, call);
            call.barge(log.t(40));
            log.play(41, call);
            log.play(61); // the call ended: it leaves the supervisor's snapshot

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.MONITORED, entry.outcome(), "Sam monitored it; he did not answer it");
            assertEquals(log.t(30), entry.start(), "from Sam's joining, not from Jane's answer");
            assertEquals(log.t(30), entry.answer());
            assertEquals(Duration.ZERO, entry.ringDuration(), "nothing rang for Sam");
            assertEquals(Duration.ofSeconds(31), entry.talkDuration(), "30 s to the snapshot without the call");
            assertEquals(Call.CUSTOMER_NUMBER, entry.number(), "the monitored call's customer");
            assertEquals(CallDirection.INBOUND, entry.direction(), "the monitored call's direction");
            assertEquals(List.of(call.id()), log.store()
                    .query(new CallLogQuery(null, null, null, Set.of(CallOutcome.MONITORED), 0)).stream()
                    .map(CallLogEntry::contactId).toList(), "a query selects the monitored calls");
        }
    }

    @Test
    void aSupervisorBargingInLeavesTheAgentsCallAnswered() {
        try (Recording log = new Recording(directory, "barged")) {
            Call call = Call.inbound("barged-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(14));
            log.play(15, call);
            call.barge(log.t(20)); // Sam's monitoring leg, after Jane's own
            log.play(21, call);
            call.hangUp(log.t(30));
            log.play(31, call);
            log.play(40);

            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, entry.outcome(), "Jane's call, barged in on, is still hers");
            assertEquals(log.t(10), entry.start());
        }
    }
}
