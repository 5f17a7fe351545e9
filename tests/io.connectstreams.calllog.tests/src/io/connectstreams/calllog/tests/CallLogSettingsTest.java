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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

import io.connectstreams.calllog.internal.CallLogSettings;

/**
 * The framework properties: the directory, the retention, and defaults (with a warning) for unusable values.
 */
class CallLogSettingsTest {

    private static final Path DATA_AREA = Path.of("data", "calllog");

    @Test
    void withoutPropertiesTheDataAreaAndTheDefaultsAreUsed() {
        try (LogCapture log = new LogCapture("settings-defaults")) {
            CallLogSettings settings = CallLogSettings.fromProperties(name -> null, DATA_AREA, log.logger());
            assertEquals(DATA_AREA, settings.directory());
            assertEquals(Duration.ofDays(90), settings.maxAge());
            assertEquals(10_000, settings.maxEntries());
            assertTrue(log.messages(LogLevel.WARN).isEmpty());
        }
    }

    @Test
    void propertiesSetTheDirectoryAndTheRetention() {
        Map<String, String> properties = Map.of(CallLogSettings.DIRECTORY_PROPERTY, " /var/lib/crm/calls ",
                CallLogSettings.MAX_AGE_PROPERTY, "P30D", CallLogSettings.MAX_ENTRIES_PROPERTY, "500");
        try (LogCapture log = new LogCapture("settings-set")) {
            CallLogSettings settings = CallLogSettings.fromProperties(properties::get, null, log.logger());
            assertEquals(Path.of("/var/lib/crm/calls"), settings.directory());
            assertEquals(Duration.ofDays(30), settings.maxAge());
            assertEquals(500, settings.maxEntries());
        }
    }

    @Test
    void unusableValuesAreReplacedByTheDefaultsWithAWarning() {
        Map<String, String> properties = Map.of(CallLogSettings.MAX_AGE_PROPERTY, "90 days",
                CallLogSettings.MAX_ENTRIES_PROPERTY, "-3");
        try (LogCapture log = new LogCapture("settings-bad")) {
            CallLogSettings settings = CallLogSettings.fromProperties(properties::get, DATA_AREA, log.logger());
            assertEquals(Duration.ofDays(90), settings.maxAge());
            assertEquals(10_000, settings.maxEntries());
            assertEquals(2, log.messages(LogLevel.WARN).size(), log.messages(LogLevel.WARN)::toString);
        }
    }

    @Test
    void withoutADataAreaTheDirectoryMustBeConfigured() {
        try (LogCapture log = new LogCapture("settings-none")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CallLogSettings.fromProperties(name -> null, null, log.logger()));
            assertTrue(e.getMessage().contains(CallLogSettings.DIRECTORY_PROPERTY));
        }
    }
}
