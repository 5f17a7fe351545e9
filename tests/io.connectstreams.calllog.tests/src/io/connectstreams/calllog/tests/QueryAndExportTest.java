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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogLevel;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneStats;

/**
 * Queries (time range, text, outcomes, limit, newest first), the CSV export (RFC 4180), change listeners (isolated)
 * and queries while recording goes on.
 */
class QueryAndExportTest {

    @TempDir
    Path directory;

    @Test
    void queriesFilterByTimeTextAndOutcomeNewestFirstUpToTheLimit() {
        try (Recording log = new Recording(directory, "query")) {
            log.answeredCall("query-1", 0);
            missed(log, Call.inbound("query-2", log.t(100)).customer("Grace Hopper", "+14255550123").queue("Sales"));
            Call turing = Call.inbound("query-3", log.t(200)).customer("Alan Turing", "sip:+442071838750@example.com")
                    .queue("Support");
            log.play(201, turing);
            turing.connect(log.t(204));
            log.play(205, turing);
            turing.hangUp(log.t(230));
            log.play(231, turing);
            log.play(240);
            Call rejected = Call.inbound("query-4", log.t(300)).customer("Grace Hopper", "+14255550123");
            log.play(301, rejected);
            rejected.state(ContactStateType.REJECTED, log.t(303));
            log.play(304, rejected);
            log.play(310);
            log.answeredCall("query-5", 400);

            assertEquals(List.of("query-5", "query-4", "query-3", "query-2", "query-1"), ids(log, CallLogQuery.ALL));
            assertEquals(List.of("query-5", "query-4"), ids(log, new CallLogQuery(null, null, null, Set.of(), 2)));
            assertEquals(List.of("query-3", "query-2"),
                    ids(log, new CallLogQuery(log.t(100), log.t(300), null, Set.of(), 0)), "from inclusive, to not");
            assertEquals(List.of("query-4", "query-2"), ids(log, text("grace")), "names, any case");
            assertEquals(List.of("query-4", "query-2"), ids(log, text("0123")), "numbers");
            assertEquals(List.of("query-3"), ids(log, text("SUPPORT")), "queues");
            assertEquals("+442071838750", log.entry("query-3").number());
            assertEquals(List.of("query-4", "query-2"),
                    ids(log, new CallLogQuery(null, null, null, Set.of(CallOutcome.MISSED, CallOutcome.REJECTED), 0)));
            assertEquals(List.of("query-5"),
                    ids(log, new CallLogQuery(null, null, null, Set.of(CallOutcome.ANSWERED), 1)));
            assertTrue(log.store().find("query-unknown").isEmpty());
        }
    }

    @Test
    void theCsvExportFollowsRfc4180() throws IOException {
        try (Recording log = new Recording(directory, "csv")) {
            Call quoted = Call.inbound("csv-1", log.t(0)).customer("Doe, \"Jack\"", Call.CUSTOMER_URI)
                    .queue("Sales\nEast");
            log.play(1, quoted);
            quoted.connect(log.t(4).plusMillis(500));
            log.play(5, quoted);
            log.trigger(EventType.SOFTPHONE_STATS, new SoftphoneStats(quoted.id(), quoted.agentConnectionId(),
                    List.of(new RtpStreamStats(RtpStreamStats.AUDIO_INPUT, log.t(5), 1, 99, 1000, 40, -1, 12),
                            new RtpStreamStats(RtpStreamStats.AUDIO_OUTPUT, log.t(5), 0, 50, 800, 0, 80, 0))));
            quoted.hangUp(log.t(10));
            log.play(11, quoted);
            log.play(20);
            missed(log, Call.inbound("csv-2", log.t(100)).customer("=HYPERLINK(\"http://x\")", "+14255550100"));

            StringWriter csv = new StringWriter();
            log.store().exportCsv(CallLogQuery.ALL, csv);

            String header = "contact_id,direction,type,number,name,queue,start,answer,end,ring_s,talk_s,hold_s,"
                    + "hold_count,acw_s,outcome,mute_count,packet_loss_pct,jitter_ms,round_trip_ms,input_level,"
                    + "quality_samples,disposition,notes\r\n";
            String missedRow = "csv-2,INBOUND,voice,+14255550100,\"'=HYPERLINK(\"\"http://x\"\")\",BasicQueue,"
                    + log.t(100) + ",," + log.t(115) + ",15,0,0,0,0,MISSED,0,,,,,0,,\r\n";
            String quotedRow = "csv-1,INBOUND,voice,+14255550100,\"Doe, \"\"Jack\"\"\",\"Sales\nEast\"," + log.t(0)
                    + "," + log.t(4).plusMillis(500) + "," + log.t(10)
                    + ",4.5,5.5,0,0,10,ANSWERED,0,1,12,80,1000,1,,\r\n";
            assertEquals(header + missedRow + quotedRow, csv.toString());

            StringWriter answeredOnly = new StringWriter();
            log.store().exportCsv(new CallLogQuery(null, null, null, Set.of(CallOutcome.ANSWERED), 0), answeredOnly);
            assertEquals(header + quotedRow, answeredOnly.toString(), "the query selects the rows");
        }
    }

    @Test
    void aThrowingListenerBreaksNeitherTheOthersNorTheRecording() {
        try (Recording log = new Recording(directory, "listener")) {
            AtomicInteger thrown = new AtomicInteger();
            Subscription failing = log.store().onChange(entry -> {
                thrown.incrementAndGet();
                throw new IllegalStateException("a listener bug");
            });
            List<CallLogEntry> seen = new CopyOnWriteArrayList<>();
            Subscription working = log.store().onChange(seen::add);

            log.answeredCall("listener-1", 0);
            assertEquals(thrown.get(), seen.size(), "the second listener got every change the first one failed on");
            assertEquals(CallOutcome.ANSWERED, seen.get(seen.size() - 1).outcome());
            assertEquals(thrown.get(), log.log().messages(LogLevel.WARN).stream()
                    .filter(m -> m.startsWith("call-log listener")).count(), "each failure is logged");

            failing.close();
            working.unsubscribe();
            assertFalse(working.isActive());
            int before = seen.size();
            log.answeredCall("listener-2", 100);
            assertEquals(before, seen.size(), "an unsubscribed listener hears nothing");

            log.restart();
            assertEquals(CallOutcome.ANSWERED, log.entry("listener-1").outcome(), "the failing listener lost nothing");
            assertEquals(CallOutcome.ANSWERED, log.entry("listener-2").outcome());
        }
    }

    @Test
    void aListenerWaitingForAThreadThatRecordsDoesNotDeadlock() {
        try (Recording log = new Recording(directory, "waiting")) {
            Call call = Call.inbound("waiting-1", log.t(10));
            log.play(11, call);
            AtomicBoolean started = new AtomicBoolean();
            AtomicBoolean muterFinished = new AtomicBoolean();
            List<CallLogEntry> seen = new CopyOnWriteArrayList<>();
            log.store().onChange(entry -> {
                seen.add(entry);
                if (entry.answer() != null && !started.getAndSet(true)) {
                    // as a view would with Display.syncExec: wait for a thread that publishes an event the log records
                    Thread muter = new Thread(() -> log.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(true)),
                            "cs-calllog-test-muter");
                    muter.start();
                    try {
                        muter.join(Recording.WAIT.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    muterFinished.set(!muter.isAlive());
                }
            });
            call.connect(log.t(14));
            log.play(15, call);
            log.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(false));

            assertTrue(muterFinished.get(), "the muting thread was not blocked by the listener");
            assertEquals(1, log.entry(call.id()).muteCount());
            assertEquals(1, seen.get(seen.size() - 1).muteCount(), "its change was delivered after, in order");
            assertEquals(0, seen.get(seen.size() - 2).muteCount());
        }
    }

    @Test
    void queriesAndExportsRunWhileCallsAreRecorded() throws InterruptedException {
        try (Recording log = new Recording(directory, "concurrent")) {
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try {
                    while (!done.get()) {
                        List<CallLogEntry> entries = log.store().query(CallLogQuery.ALL);
                        for (int i = 1; i < entries.size(); i++) {
                            if (entries.get(i).start().isAfter(entries.get(i - 1).start())) {
                                throw new AssertionError("not newest first");
                            }
                        }
                        log.store().exportCsv(CallLogQuery.ALL, new StringWriter());
                        reads.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "cs-calllog-test-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                for (int i = 0; i < 40; i++) {
                    log.answeredCall("concurrent-" + i, i * 30L);
                }
            } finally {
                done.set(true);
                reader.join(TimeUnit.SECONDS.toMillis(10));
            }
            assertFalse(reader.isAlive(), "the reader stopped");
            assertNull(failure.get(), () -> "the reader failed: " + failure.get());
            assertTrue(reads.get() > 0);
            assertEquals(40, log.store().query(CallLogQuery.ALL).size());
        }
    }

    private static void missed(Recording log, Call call) {
        Instant offered = call.snapshot().state().timestamp();
        long second = offered.getEpochSecond() - log.t(0).getEpochSecond();
        log.play(second + 1, call);
        call.state(ContactStateType.MISSED, log.t(second + 15)).agent(ConnectionStateType.DISCONNECTED,
                log.t(second + 15));
        log.play(second + 16, call);
        log.play(second + 20);
    }

    private static CallLogQuery text(String text) {
        return new CallLogQuery(null, null, text, Set.of(), 0);
    }

    private static List<String> ids(Recording log, CallLogQuery query) {
        return log.store().query(query).stream().map(CallLogEntry::contactId).toList();
    }
}
