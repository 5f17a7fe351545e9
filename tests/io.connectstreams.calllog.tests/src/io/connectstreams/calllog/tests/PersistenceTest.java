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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogLevel;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.calllog.internal.CallLogFile;
import io.connectstreams.calllog.internal.CallLogSettings;

/**
 * The log file: read back after a restart, an entry under way at a crash comes back ongoing and is completed,
 * corrupt lines are skipped without losing the others, compaction is atomic and loses nothing, retention keeps
 * what it should.
 */
class PersistenceTest {

    @TempDir
    Path directory;

    @Test
    void entriesSurviveARestart() {
        try (Recording log = new Recording(directory, "restart")) {
            log.answeredCall("restart-1", 0);
            log.answeredCall("restart-2", 100);
            Call missed = Call.inbound("restart-3", log.t(200));
            log.play(201, missed);
            log.play(230);
            List<CallLogEntry> before = log.store().query(CallLogQuery.ALL);
            assertEquals(3, before.size());

            log.restart();
            assertEquals(before, log.store().query(CallLogQuery.ALL), "a new store on the directory reads all back");
            assertEquals(CallOutcome.MISSED, log.entry(missed.id()).outcome());
        }
    }

    @Test
    void anEntryUnderWayAtACrashComesBackOngoingAndIsCompletedInTheNextSession() {
        try (Recording log = new Recording(directory, "crash")) {
            Call call = Call.inbound("crash-1", log.t(10));
            log.play(11, call);
            call.connect(log.t(14));
            log.play(15, call);
            call.customer(ConnectionStateType.HOLD, log.t(20));
            log.play(21, call);

            log.crash();
            CallLogEntry recovered = log.entry(call.id());
            assertEquals(CallOutcome.ONGOING, recovered.outcome());
            assertEquals(log.t(10), recovered.start());
            assertEquals(log.t(14), recovered.answer());
            assertEquals(1, recovered.holdCount());
            assertNull(recovered.end());

            log.newSession(); // the application is back: its first snapshot still has the call, on hold
            call.customer(ConnectionStateType.CONNECTED, log.t(40));
            log.play(41, call);
            call.hangUp(log.t(60));
            log.play(61, call);
            log.play(70);

            CallLogEntry done = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, done.outcome());
            assertEquals(log.t(10), done.start(), "the start from before the crash is kept");
            assertEquals(log.t(14), done.answer());
            assertEquals(Duration.ofSeconds(20), done.holdDuration(), "the hold begun before the crash counts");
            assertEquals(1, done.holdCount());
            assertEquals(Duration.ofSeconds(46), done.talkDuration());
            assertEquals(Duration.ofSeconds(10), done.afterCallWorkDuration());
        }
    }

    @Test
    void entriesWhoseContactsWentAwayDuringACrashAreFinishedByTheFirstSnapshot() {
        try (Recording log = new Recording(directory, "orphans")) {
            Call talking = Call.inbound("orphan-1", log.t(10));
            Call inAfterCallWork = Call.inbound("orphan-2", log.t(10));
            log.play(11, talking, inAfterCallWork);
            talking.connect(log.t(14));
            inAfterCallWork.connect(log.t(14));
            log.play(15, talking, inAfterCallWork);
            inAfterCallWork.hangUp(log.t(30));
            log.play(31, talking, inAfterCallWork);

            log.crash();
            log.newSession();
            log.play(500); // both contacts are gone by now
            CallLogEntry talked = log.entry(talking.id());
            assertEquals(CallOutcome.ANSWERED, talked.outcome());
            assertEquals(log.t(14), talked.end(), "the last time the log knew of");
            CallLogEntry worked = log.entry(inAfterCallWork.id());
            assertEquals(CallOutcome.ANSWERED, worked.outcome());
            assertEquals(log.t(30), worked.end());
            assertEquals(Duration.ofSeconds(16), worked.talkDuration());
            assertEquals(2, log.log().messages(LogLevel.INFO).stream()
                    .filter(m -> m.contains("ended while the call log did not see it")).count());
        }
    }

    @Test
    void corruptLinesAreSkippedWithAWarningAndTheOthersKept() {
        try (Recording log = new Recording(directory, "corrupt")) {
            log.answeredCall("corrupt-1", 0);
            log.answeredCall("corrupt-2", 100);
            log.answeredCall("corrupt-3", 200);
            List<CallLogEntry> before = log.store().query(CallLogQuery.ALL);
            int lines = log.lines().size();

            log.restart(() -> edit(log.store().path(), all -> all.addAll(lines / 2, List.of(
                    "{\"v\":1,\"contactId\":\"corrupt-9\"}", // JSON, but no entry
                    "garbage with a SECRET-VALUE inside",
                    "{\"v\":1,\"contactId\":\"corrupt-2\",\"direction\":\"INB", // a torn write
                    "SECRET".repeat(20_000))))); // no line break for 120 kB: read with bounded memory

            assertEquals(before, log.store().query(CallLogQuery.ALL), "every entry is still there");
            List<String> warnings = log.log().messages(LogLevel.WARN);
            assertEquals(4, warnings.size(), warnings::toString);
            for (int i = 0; i < 4; i++) {
                String warning = warnings.get(i);
                assertTrue(warning.contains("line " + (lines / 2 + 1 + i) + " "), warning);
                assertFalse(warning.contains("SECRET") || warning.contains("INB") || warning.contains("corrupt-9"),
                        () -> "a warning must not quote the line: " + warning);
            }
            assertTrue(warnings.get(3).contains("longer than " + CallLogFile.MAX_LINE_BYTES + " bytes"),
                    warnings::toString);
        }
    }

    @Test
    void aLineTornByACrashIsEndedSoTheNextEntryIsIntact() {
        try (Recording log = new Recording(directory, "torn")) {
            log.answeredCall("torn-1", 0);
            String torn = "{\"v\":1,\"contactId\":\"torn-2\",\"dir";
            int intact = log.lines().size();
            log.restart(() -> {
                try {
                    Files.writeString(log.store().path(), torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(1, log.log().messages(LogLevel.WARN).size(), "the torn line is skipped");
            log.answeredCall("torn-3", 100);
            List<String> lines = log.lines();
            assertEquals(torn, lines.get(intact), "the torn line stays a line of its own");
            assertTrue(lines.get(intact + 1).startsWith("{\"v\":1,\"contactId\":\"torn-3\""), lines.get(intact + 1));
            log.restart();

            assertEquals(List.of("torn-3", "torn-1"),
                    log.store().query(CallLogQuery.ALL).stream().map(CallLogEntry::contactId).toList());
            assertEquals(CallOutcome.ANSWERED, log.entry("torn-3").outcome());
            assertEquals(2, log.log().messages(LogLevel.WARN).size(), "only the torn line, again; nothing else");
        }
    }

    @Test
    void compactionRewritesTheFileAtomicallyWithoutLosingAnything() {
        CallLogSettings settings = new CallLogSettings(directory, Duration.ofDays(90), 10_000, 20);
        try (Recording log = new Recording(settings, "compaction")) {
            List<CallLogEntry> changes = new CopyOnWriteArrayList<>();
            log.store().onChange(changes::add);
            Call longCall = Call.inbound("compaction-long", log.t(0));
            log.play(1, longCall);
            longCall.connect(log.t(2));
            log.play(3, longCall);

            List<Long> sizes = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                log.answeredCall("compaction-" + i, 10 + i * 30L, longCall);
                sizes.add(size(log.store().path()));
            }
            longCall.hangUp(log.t(500));
            log.play(501, longCall);
            log.play(510);

            assertTrue(hasShrunk(sizes), () -> "the file never shrank: " + sizes);
            int appended = changes.size();
            List<String> lines = log.lines();
            assertTrue(lines.size() < appended, lines.size() + " lines left of " + appended + " written");
            assertFalse(Files.exists(directory.resolve(CallLogFile.FILE_NAME + ".tmp")), "no temporary file left");
            List<CallLogEntry> before = log.store().query(CallLogQuery.ALL);
            assertEquals(15, before.size());

            log.restart();
            assertEquals(before, log.store().query(CallLogQuery.ALL), "nothing lost, the long call included");
            assertEquals(Duration.ofSeconds(498), log.entry(longCall.id()).talkDuration());
        }
    }

    @Test
    void aRewriteInterruptedByACrashLeavesTheOldFile() {
        try (Recording log = new Recording(directory, "interrupted")) {
            log.answeredCall("interrupted-1", 0);
            List<CallLogEntry> before = log.store().query(CallLogQuery.ALL);
            Path temporary = directory.resolve(CallLogFile.FILE_NAME + ".tmp");
            log.restart(() -> {
                try {
                    Files.writeString(temporary, "{\"v\":1,\"contactId\":\"half-writ");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(before, log.store().query(CallLogQuery.ALL));
            assertFalse(Files.exists(temporary), "the unfinished temporary file is discarded");
        }
    }

    @Test
    void retentionDropsOldEntriesThenTheOldestBeyondTheMostEntriesButNeverOngoingOnes() {
        CallLogSettings settings = new CallLogSettings(directory, Duration.ofDays(90), 3, 1_000);
        try (Recording log = new Recording(settings, "retention")) {
            log.answeredCall("retention-0", 0);
            Call ongoing = Call.inbound("retention-ongoing", log.t(50));
            log.play(51, ongoing);
            log.answeredCall("retention-100", 100, ongoing);
            log.answeredCall("retention-200", 200, ongoing);
            log.answeredCall("retention-300", 300, ongoing);
            log.answeredCall("retention-400", 400, ongoing);

            // 90 days after 150 s: the calls at 0 and 100 s are too old; of the rest, 3 are kept, the ongoing one too
            log.clock(Clock.fixed(log.t(150).plus(Duration.ofDays(90)), ZoneOffset.UTC));
            log.restart();
            assertEquals(List.of("retention-400", "retention-300", "retention-ongoing"),
                    log.store().query(CallLogQuery.ALL).stream().map(CallLogEntry::contactId).toList());
            assertEquals(3, log.lines().size(), "the file is rewritten without them");
            assertTrue(log.log().messages(LogLevel.INFO).stream().anyMatch(m -> m.contains("3 entries past retention")),
                    () -> log.log().messages(LogLevel.INFO).toString());
        }
    }

    private static boolean hasShrunk(List<Long> sizes) {
        for (int i = 1; i < sizes.size(); i++) {
            if (sizes.get(i) < sizes.get(i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path file, Consumer<List<String>> change) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            change.accept(lines);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
