/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.tests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.equinox.log.SynchronousLogListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.Logger;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;

import io.connectstreams.testing.Bundles;

/**
 * Captures what the real OSGi Log Service records: a synchronous listener on the {@link LogReaderService}, so an
 * entry is in {@link #entries()} as soon as the logging call returns. Either for a logger of this test bundle made
 * for the test ({@link #testLogger}, with its level set through the {@link LoggerAdmin}) or for every entry of a
 * bundle ({@link #ofBundle}).
 */
final class LogCapture implements SynchronousLogListener, AutoCloseable {

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(10);
    private static final BundleContext CONTEXT = FrameworkUtil.getBundle(LogCapture.class).getBundleContext();

    private final List<LogEntry> entries = new CopyOnWriteArrayList<>();
    private final Predicate<LogEntry> filter;
    private final Bundle loggerBundle;
    private final String loggerName;
    private final Runnable restore;
    private final ServiceReference<LogReaderService> readerReference;
    private final LogReaderService reader;

    private LogCapture(Predicate<LogEntry> filter, Bundle loggerBundle, String loggerName, Runnable restore) {
        this.filter = filter;
        this.loggerBundle = loggerBundle;
        this.loggerName = loggerName;
        this.restore = restore;
        // a service factory: the instance a tracker releases is shut down, so keep one until close()
        Bundles.service(LogReaderService.class, SERVICE_TIMEOUT);
        this.readerReference = CONTEXT.getServiceReference(LogReaderService.class);
        this.reader = CONTEXT.getService(readerReference);
        reader.addLogListener(this);
    }

    /**
     * @param loggerName a logger name unique to the test
     * @param level the lowest level the logger records
     * @return a capture of that logger of this test bundle; {@link #logger()} makes it
     */
    static LogCapture testLogger(String loggerName, LogLevel level) {
        Bundle bundle = FrameworkUtil.getBundle(LogCapture.class);
        LoggerContext context = Bundles.service(LoggerAdmin.class, SERVICE_TIMEOUT)
                .getLoggerContext(bundle.getSymbolicName());
        Map<String, LogLevel> previous = context.getLogLevels();
        context.setLogLevels(Map.of(loggerName, level));
        return new LogCapture(e -> e.getBundle() == bundle && loggerName.equals(e.getLoggerName()), bundle,
                loggerName, () -> context.setLogLevels(previous));
    }

    /**
     * @param symbolicName a bundle
     * @return a capture of everything that bundle logs from now on
     */
    static LogCapture ofBundle(String symbolicName) {
        return new LogCapture(e -> e.getBundle() != null && symbolicName.equals(e.getBundle().getSymbolicName()),
                null, null, () -> {
                });
    }

    /**
     * @return the real Equinox logger whose entries this captures (only for {@link #testLogger})
     */
    Logger logger() {
        return Buses.loggerFactory().getLogger(loggerBundle, loggerName, Logger.class);
    }

    @Override
    public void logged(LogEntry entry) {
        if (filter.test(entry)) {
            entries.add(entry);
        }
    }

    /**
     * @return the captured entries, oldest first
     */
    List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * @param level a level
     * @return the captured entries of that level
     */
    List<LogEntry> entries(LogLevel level) {
        return entries.stream().filter(e -> e.getLogLevel() == level).toList();
    }

    @Override
    public void close() {
        reader.removeLogListener(this);
        CONTEXT.ungetService(readerReference);
        restore.run();
    }
}
