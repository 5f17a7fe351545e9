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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.api.wrapup.WrapUp;

/**
 * The wrap-up (disposition and notes) kept with the entry, on the disk and in the CSV export; log files written
 * before wrap-ups existed read as before.
 */
class WrapUpTest {

    private static final String NOTES = "Refund issued, customer said \"thanks\"\r\nCall back Monday";

    @TempDir
    Path directory;

    @Test
    void aWrapUpSavedInAfterCallWorkIsKeptWhenTheContactIsClearedAndAfterARestart() {
        try (Recording log = new Recording(directory, "wrapup")) {
            Call call = Call.inbound("wrapup-1", log.t(0));
            log.play(1, call);
            call.connect(log.t(4));
            log.play(5, call);
            call.hangUp(log.t(10));
            log.play(11, call); // after-call work

            assertTrue(log.saveWrapUp(call.id(), new WrapUp("follow-up", "first draft")));
            assertTrue(log.saveWrapUp(call.id(), new WrapUp("resolved", NOTES)), "a later wrap-up replaces it");
            CallLogEntry inAcw = log.entry(call.id());
            assertEquals(CallOutcome.ONGOING, inAcw.outcome());
            assertEquals("resolved", inAcw.disposition());

            log.play(20); // cleared: destroyed
            CallLogEntry finished = log.entry(call.id());
            assertEquals(CallOutcome.ANSWERED, finished.outcome());
            assertEquals("resolved", finished.disposition());
            assertEquals(NOTES, finished.notes());

            log.restart();
            assertEquals("resolved", log.entry(call.id()).disposition());
            assertEquals(NOTES, log.entry(call.id()).notes(), "line breaks and quotes survive the file");
            assertFalse(log.saveWrapUp("wrapup-unknown", new WrapUp(null, "x")), "no entry, nothing kept");
        }
    }

    @Test
    void notesOnlyAndNoneAreKeptToo() {
        try (Recording log = new Recording(directory, "notes-only")) {
            log.answeredCall("notes-1", 0);
            assertTrue(log.saveWrapUp("notes-1", new WrapUp(" ", "only notes")), "a finished entry takes it too");
            assertNull(log.entry("notes-1").disposition());
            assertEquals("only notes", log.entry("notes-1").notes());
            assertTrue(log.saveWrapUp("notes-1", WrapUp.NONE));
            assertNull(log.entry("notes-1").notes());
        }
    }

    @Test
    void wrapUpsAreBounded() {
        assertEquals(4000, WrapUp.MAX_NOTES_LENGTH);
        new WrapUp("x".repeat(DispositionCode.MAX_CODE_LENGTH), "n".repeat(WrapUp.MAX_NOTES_LENGTH));
        assertThrows(IllegalArgumentException.class, () -> new WrapUp(null, "n".repeat(WrapUp.MAX_NOTES_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class,
                () -> new WrapUp("x".repeat(DispositionCode.MAX_CODE_LENGTH + 1), null));
        assertThrows(IllegalArgumentException.class, () -> new DispositionCode(" ", "Blank"));
        assertEquals("resolved", new DispositionCode("resolved", null).label(), "the label defaults to the code");
    }

    @Test
    void theLongestNotesInEveryCharacterFitOneLineOfTheFile() {
        try (Recording log = new Recording(directory, "longest")) {
            log.answeredCall("longest-1", 0);
            // control characters are written as six-byte escapes: the worst case for the line length
            String worst = "\u0001".repeat(WrapUp.MAX_NOTES_LENGTH);
            assertTrue(log.saveWrapUp("longest-1", new WrapUp("x".repeat(100), worst)));
            log.restart();
            assertEquals(worst, log.entry("longest-1").notes());
        }
    }

    @Test
    void aLogWrittenBeforeWrapUpsExistedReadsAsBefore() throws IOException {
        try (Recording log = new Recording(directory, "old-format")) {
            log.restart(() -> {
                String start = log.t(0).toString();
                String end = log.t(20).toString();
                // a line as the previous release wrote it: format 1, no disposition, no notes
                String old = "{\"v\":1,\"contactId\":\"old-1\",\"attempt\":0,\"direction\":\"INBOUND\","
                        + "\"contactType\":\"VOICE\",\"number\":\"+14255550100\",\"start\":\"" + start
                        + "\",\"end\":\"" + end + "\",\"finished\":\"" + end
                        + "\",\"holdMillis\":0,\"holdCount\":0,\"muteCount\":0,\"rejected\":false,"
                        + "\"transferred\":false,\"softphoneFailed\":false,\"unobserved\":false,"
                        + "\"outcome\":\"MISSED\"}\n";
                try {
                    Files.writeString(log.store().path(), old, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            CallLogEntry entry = log.entry("old-1");
            assertEquals(CallOutcome.MISSED, entry.outcome());
            assertEquals("+14255550100", entry.number());
            assertNull(entry.disposition());
            assertNull(entry.notes());
            assertTrue(log.saveWrapUp("old-1", new WrapUp("wrong-number", null)));
            log.restart();
            assertEquals("wrong-number", log.entry("old-1").disposition());
            assertTrue(log.lines().get(log.lines().size() - 1).startsWith("{\"v\":1,"),
                    "the same format: an older release still reads the line (Gson skips what it does not know)");
        }
    }

    @Test
    void theCsvExportQuotesNotesWithCommasQuotesAndLineBreaks() throws IOException {
        try (Recording log = new Recording(directory, "csv-wrapup")) {
            log.answeredCall("csv-w1", 0);
            log.answeredCall("csv-w2", 100);
            log.answeredCall("csv-w3", 200);
            log.saveWrapUp("csv-w1", new WrapUp("resolved", NOTES));
            log.saveWrapUp("csv-w2", new WrapUp(null, "=1+2, said the caller"));
            log.saveWrapUp("csv-w3", new WrapUp("follow-up", "plain"));

            StringWriter csv = new StringWriter();
            log.store().exportCsv(new CallLogQuery(null, null, null, Set.of(), 0), csv);
            List<String> rows = List.of(csv.toString().split("\r\n(?=csv-|$)"));
            assertTrue(rows.get(0).endsWith(",quality_samples,disposition,notes"), rows.get(0));
            assertTrue(rows.get(1).startsWith("csv-w3,") && rows.get(1).endsWith(",follow-up,plain"), rows.get(1));
            assertTrue(rows.get(2).startsWith("csv-w2,") && rows.get(2).endsWith(",,\"'=1+2, said the caller\""),
                    "a formula is neutralized, the comma quoted: " + rows.get(2));
            assertTrue(rows.get(3).startsWith("csv-w1,") && rows.get(3).endsWith(
                    ",resolved,\"Refund issued, customer said \"\"thanks\"\"\r\nCall back Monday\""),
                    "quotes doubled, the line break kept inside the quotes: " + rows.get(3));
            assertTrue(csv.toString().endsWith("\r\n"));
        }
    }
}
