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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.log.SynchronousLogListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;

import io.connectstreams.testing.Bundles;

/**
 * A real Equinox logger of this test bundle, with a name of its own, and what the Log Service recorded through it
 * (a synchronous listener: an entry is there as soon as the logging call returns). The logger records INFO and up.
 */
final class LogCapture implements SynchronousLogListener, AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Bundle BUNDLE = FrameworkUtil.getBundle(LogCapture.class);
    private static LoggerFactory loggerFactory;

    private final String loggerName;
    private final List<LogEntry> entries = new CopyOnWriteArrayList<>();
    private final Runnable restoreLevels;
    private final ServiceReference<LogReaderService> readerReference;
    private final LogReaderService reader;

    /**
     * @param loggerName a logger name unique to the test
     */
    LogCapture(String loggerName) {
        this.loggerName = loggerName;
        LoggerContext context = Bundles.service(LoggerAdmin.class, WAIT).getLoggerContext(BUNDLE.getSymbolicName());
        Map<String, LogLevel> previous = context.getLogLevels();
        context.setLogLevels(Map.of(loggerName, LogLevel.INFO));
        restoreLevels = () -> context.setLogLevels(previous);
        BundleContext bundleContext = BUNDLE.getBundleContext();
        // a service factory: the instance a tracker releases is shut down, so keep one until close()
        Bundles.service(LogReaderService.class, WAIT);
        readerReference = bundleContext.getServiceReference(LogReaderService.class);
        reader = bundleContext.getService(readerReference);
        reader.addLogListener(this);
    }

    /**
     * @return the logger whose entries this captures
     */
    Logger logger() {
        return loggerFactory().getLogger(BUNDLE, loggerName, Logger.class);
    }

    @Override
    public void logged(LogEntry entry) {
        if (entry.getBundle() == BUNDLE && loggerName.equals(entry.getLoggerName())) {
            entries.add(entry);
        }
    }

    /**
     * @param level a level
     * @return the formatted messages of that level, oldest first
     */
    List<String> messages(LogLevel level) {
        return entries.stream().filter(e -> e.getLogLevel() == level).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        reader.removeLogListener(this);
        BUNDLE.getBundleContext().ungetService(readerReference);
        restoreLevels.run();
    }

    /** Held for the life of the runtime: loggers of a released service-factory instance stop logging. */
    private static synchronized LoggerFactory loggerFactory() {
        if (loggerFactory == null) {
            Bundles.service(LoggerFactory.class, WAIT);
            // not BUNDLE's: this test fragment's host, the call log, is restarted by CallLogComponentTest
            BundleContext context = FrameworkUtil.getBundle(Bundles.class).getBundleContext();
            loggerFactory = context.getService(context.getServiceReference(LoggerFactory.class));
        }
        return loggerFactory;
    }
}
