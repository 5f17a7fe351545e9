/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.worker.internal.SystemLogger;

/**
 * The class-path service's logger writes OSGi-format messages to {@code System.Logger} (here
 * {@code java.util.logging}): placeholders, escapes, a last {@link Throwable} as the record's exception, levels.
 */
class SystemLoggerTest {

    private static final String NAME = "io.connectstreams.worker.tests.system-logger";

    private final SystemLogger logger = new SystemLogger(NAME);
    private JulRecords records;

    @BeforeEach
    void capture() {
        records = new JulRecords(NAME, Level.INFO);
    }

    @AfterEach
    void release() {
        records.close();
    }

    @Test
    void placeholdersTakeTheArgumentsInOrderAndExtraPlaceholdersStay() {
        logger.info("{} -> {}: {}", "CONNECTED", "RECONNECTING", "a poll stalled");
        logger.info("one {} two {}", "a");
        logger.warn("no placeholder", "ignored");

        assertEquals(List.of("CONNECTED -> RECONNECTING: a poll stalled", "one a two {}", "no placeholder"),
                messages());
    }

    @Test
    void escapesGiveALiteralPlaceholderOrABackslash() {
        logger.info("literal \\{} and {}", "value");
        logger.info("path C:\\\\{}", "file.txt");

        assertEquals(List.of("literal {} and value", "path C:\\file.txt"), messages());
    }

    @Test
    void aLastThrowableIsTheRecordsExceptionNeverAnArgument() {
        IOException failure = new IOException("connection reset");
        logger.warn("{} failed: {}", "GetAgentSnapshot", failure);
        logger.error("failed", failure);

        assertEquals(List.of("GetAgentSnapshot failed: {}", "failed"), messages());
        assertSame(failure, records.records().get(0).getThrown());
        assertSame(failure, records.records().get(1).getThrown());
    }

    @Test
    void levelsMapAndDisabledLevelsWriteNothing() {
        logger.debug("not at INFO {}", "x");
        logger.trace(l -> l.info("never called"));
        logger.warn("a warning");
        logger.error("an error");
        logger.audit("an audit {}", "entry");

        assertEquals(List.of("a warning", "an error", "an audit entry"), messages());
        assertEquals(List.of(Level.WARNING, Level.SEVERE, Level.INFO),
                records.records().stream().map(LogRecord::getLevel).toList());
        assertTrue(!logger.isDebugEnabled() && logger.isInfoEnabled());
    }

    @Test
    void nullFormatAndArgumentsDoNotThrow() {
        logger.info(null, (Object[]) null);
        logger.info("{}", (Object) null);

        assertEquals(List.of("null", "null"), messages());
        assertNull(records.records().get(0).getThrown());
    }

    private List<String> messages() {
        return records.messages();
    }
}
