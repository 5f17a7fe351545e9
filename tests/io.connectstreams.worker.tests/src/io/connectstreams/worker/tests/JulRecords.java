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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The records {@code java.util.logging} gets for one logger (where {@code System.Logger} writes by default), from
 * the given level on, until closed; closing puts the logger's level back.
 */
final class JulRecords extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Level before;

    /**
     * @param name the logger's name
     * @param level the lowest level captured
     */
    JulRecords(String name, Level level) {
        logger = Logger.getLogger(name);
        before = logger.getLevel();
        logger.setLevel(level);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord logRecord) {
        records.add(logRecord);
    }

    /**
     * @return the records so far, oldest first
     */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * @return their messages, oldest first
     */
    List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(before);
    }
}
