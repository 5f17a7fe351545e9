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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogLevel;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactType;

/**
 * The log's line format across releases: a task's name and a monitored call survive a restart; lines written before
 * those existed still read; an unmonitored line stays in format 1 so older releases read it, and every line of a
 * monitored call is in format 2, which a release reading only format 1 skips instead of misreading (its outcome
 * {@code MONITORED} is unknown there, so it would keep the call's earlier ongoing line).
 */
class LineFormatTest {

    private static final String TASK = "Call Mrs Lee back about her claim";

    @TempDir
    Path directory;

    @Test
    void aMonitoredCallSurvivesARestartOngoingAndFinished() {
        try (Recording log = new Recording(directory, "monitored-restart")) {
            Call call = Call.monitored("monitored-1", log.t(5), log.t(30));
            log.play(31, call);

            log.crash();
            assertEquals(CallOutcome.ONGOING, log.entry(call.id()).outcome());
            assertEquals(log.t(30), log.entry(call.id()).start(), "from the supervisor's joining");
            log.newSession(); // the supervisor still monitors the call
            log.play(41, call);
            log.play(61); // the call ended

            assertEquals(CallOutcome.MONITORED, log.entry(call.id()).outcome(), "monitored across the crash");
            log.restart();
            CallLogEntry entry = log.entry(call.id());
            assertEquals(CallOutcome.MONITORED, entry.outcome(), "read back finished");
            assertEquals(log.t(30), entry.answer());
        }
    }

    @Test
    void aTasksNameSurvivesARestart() {
        try (Recording log = new Recording(directory, "task-restart")) {
            Call task = log.workedTask("task-1", TASK, 10);

            log.restart();
            CallLogEntry entry = log.entry(task.id());
            assertEquals(ContactType.TASK, entry.contactType());
            assertEquals(TASK, entry.endpointName());
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
        }
    }

    @Test
    void aLineWrittenBeforeTasksAndMonitoringStillReads() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        String old = "{\"v\":1,\"contactId\":\"old-1\",\"attempt\":0,\"direction\":\"INBOUND\",\"contactType\":\"VOICE\","
                + "\"number\":\"+14255550100\",\"endpointName\":\"Mrs Lee\",\"queueName\":\"BasicQueue\",\"start\":\""
                + start + "\",\"answer\":\"" + start.plusSeconds(4) + "\",\"end\":\"" + start.plusSeconds(10)
                + "\",\"acwStart\":\"" + start.plusSeconds(10) + "\",\"finished\":\"" + start.plusSeconds(20)
                + "\",\"holdMillis\":0,\"holdCount\":0,\"muteCount\":0,\"lastState\":\"ENDED\",\"rejected\":false,"
                + "\"transferred\":false,\"softphoneFailed\":false,\"unobserved\":false,\"outcome\":\"ANSWERED\"}";
        try (Recording log = new Recording(directory, "old-line")) {
            log.restart(() -> append(log, old));
            CallLogEntry entry = log.entry("old-1");
            assertEquals(CallOutcome.ANSWERED, entry.outcome());
            assertEquals("Mrs Lee", entry.endpointName());
            assertEquals(start.plusSeconds(4), entry.answer());
            assertTrue(log.log().messages(LogLevel.WARN).isEmpty(), () -> "nothing skipped: " + log.log().messages(
                    LogLevel.WARN));
        }
    }

    @Test
    void anUnmonitoredLineKeepsFormatOneWithoutAMonitoredMember() {
        try (Recording log = new Recording(directory, "unmonitored-line")) {
            log.answeredCall("plain-1", 0);
            List<String> lines = log.lines();
            assertFalse(lines.isEmpty());
            assertTrue(lines.stream().allMatch(line -> line.startsWith("{\"v\":1,")), lines::toString);
            assertTrue(lines.stream().noneMatch(line -> line.contains("\"monitored\"")), lines::toString);
        }
    }

    @Test
    void everyLineOfAMonitoredCallIsFormatTwo() {
        try (Recording log = new Recording(directory, "monitored-line")) {
            Call call = Call.monitored("monitored-2", log.t(5), log.t(30));
            log.play(31, call);
            log.play(61);
            List<String> lines = log.lines();
            assertTrue(lines.size() >= 2, () -> "the ongoing and the finished line: " + lines);
            assertTrue(lines.stream().allMatch(line -> line.startsWith("{\"v\":2,")
                    && line.contains("\"monitored\":true")), lines::toString);
        }
    }

    @Test
    void aLineOfALaterFormatIsSkippedAndTheOthersKept() {
        try (Recording log = new Recording(directory, "later-format")) {
            log.answeredCall("kept-1", 0);
            String later = log.lines().get(0).replace("{\"v\":1,", "{\"v\":3,").replace("kept-1", "later-1");
            log.restart(() -> append(log, later));
            assertEquals(CallOutcome.ANSWERED, log.entry("kept-1").outcome());
            assertTrue(log.store().find("later-1").isEmpty(), "a release reads only the formats it knows");
            assertEquals(1, log.log().messages(LogLevel.WARN).stream()
                    .filter(m -> m.contains("is not a call-log entry and was skipped")).count());
        }
    }

    @Test
    void theCsvExportSaysMonitored() throws IOException {
        try (Recording log = new Recording(directory, "monitored-csv")) {
            Call call = Call.monitored("monitored-3", log.t(5), log.t(30));
            log.play(31, call);
            log.play(61);
            StringWriter csv = new StringWriter();
            log.store().exportCsv(CallLogQuery.ALL, csv);
            List<String> rows = csv.toString().lines().toList();
            List<String> header = List.of(rows.get(0).split(","));
            String[] row = rows.get(1).split(",", -1);
            assertEquals("monitored-3", row[header.indexOf("contact_id")]);
            assertEquals("MONITORED", row[header.indexOf("outcome")]);
        }
    }

    private static void append(Recording log, String line) {
        try {
            Files.writeString(log.store().path(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
