/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.osgi.service.log.Logger;

/**
 * Where the call log lives and how much it keeps, from framework properties (system properties are framework
 * properties in Equinox).
 *
 * @param directory the directory of {@value CallLogFile#FILE_NAME}
 * @param maxAge finished entries that started longer ago are dropped
 * @param maxEntries at most this many entries are kept (the newest; ongoing ones always)
 * @param compactAfterLines the file is rewritten when at least this many of its lines are superseded (and they are
 *            at least half of it)
 */
public record CallLogSettings(Path directory, Duration maxAge, int maxEntries, int compactAfterLines) {

    /** Framework property: the directory of the log; default the bundle's data area ({@code calllog/}). */
    public static final String DIRECTORY_PROPERTY = "io.connectstreams.calllog.dir";

    /** Framework property: the retention age, ISO-8601 ({@code P90D}); default {@value #DEFAULT_MAX_AGE}. */
    public static final String MAX_AGE_PROPERTY = "io.connectstreams.calllog.maxAge";

    /** Framework property: the most entries kept; default {@value #DEFAULT_MAX_ENTRIES}. */
    public static final String MAX_ENTRIES_PROPERTY = "io.connectstreams.calllog.maxEntries";

    /** The default retention age. */
    public static final String DEFAULT_MAX_AGE = "P90D";

    /** The default most entries kept. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** The default compaction threshold: a busy day's worth of changes. */
    public static final int DEFAULT_COMPACT_AFTER_LINES = 1_000;

    /** Validates. */
    public CallLogSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge: must be positive, was " + maxAge);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries: must be at least 1, was " + maxEntries);
        }
        if (compactAfterLines < 1) {
            throw new IllegalArgumentException("compactAfterLines: must be at least 1, was " + compactAfterLines);
        }
    }

    /**
     * @param directory the directory
     * @return the defaults in that directory
     */
    public static CallLogSettings defaults(Path directory) {
        return new CallLogSettings(directory, Duration.parse(DEFAULT_MAX_AGE), DEFAULT_MAX_ENTRIES,
                DEFAULT_COMPACT_AFTER_LINES);
    }

    /**
     * Reads the framework properties; an unusable value is logged and replaced by the default.
     *
     * @param properties the framework properties ({@code BundleContext::getProperty})
     * @param dataArea the bundle's data directory for the log, {@code null} when the framework has no file system
     * @param logger receives the warnings
     * @return the settings
     * @throws IllegalStateException when there is neither a configured directory nor a data area
     */
    public static CallLogSettings fromProperties(UnaryOperator<String> properties, Path dataArea, Logger logger) {
        String configured = properties.apply(DIRECTORY_PROPERTY);
        Path directory;
        if (configured != null && !configured.isBlank()) {
            directory = Path.of(configured.trim());
        } else if (dataArea != null) {
            directory = dataArea;
        } else {
            throw new IllegalStateException("the framework has no data area: set " + DIRECTORY_PROPERTY);
        }
        Duration maxAge = Duration.parse(DEFAULT_MAX_AGE);
        String age = properties.apply(MAX_AGE_PROPERTY);
        if (age != null) {
            try {
                Duration parsed = Duration.parse(age.trim());
                if (parsed.isNegative() || parsed.isZero()) {
                    logger.warn("{}={} is not a positive duration; using {}", MAX_AGE_PROPERTY, age, DEFAULT_MAX_AGE);
                } else {
                    maxAge = parsed;
                }
            } catch (DateTimeParseException e) {
                logger.warn("{}={} is not an ISO-8601 duration such as P90D; using {}", MAX_AGE_PROPERTY, age,
                        DEFAULT_MAX_AGE);
            }
        }
        int maxEntries = DEFAULT_MAX_ENTRIES;
        String entries = properties.apply(MAX_ENTRIES_PROPERTY);
        if (entries != null) {
            try {
                int parsed = Integer.parseInt(entries.trim());
                if (parsed < 1) {
                    logger.warn("{}={} is not a positive number; using {}", MAX_ENTRIES_PROPERTY, entries,
                            DEFAULT_MAX_ENTRIES);
                } else {
                    maxEntries = parsed;
                }
            } catch (NumberFormatException e) {
                logger.warn("{}={} is not a number; using {}", MAX_ENTRIES_PROPERTY, entries, DEFAULT_MAX_ENTRIES);
            }
        }
        return new CallLogSettings(directory, maxAge, maxEntries, DEFAULT_COMPACT_AFTER_LINES);
    }
}
