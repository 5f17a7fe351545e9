/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Prints warnings and errors of the OSGi Log Service to standard output, so a failing test's report shows what the
 * bundles under test complained about (Equinox keeps them in memory otherwise).
 */
public final class LogEcho {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private LogEcho() {
    }

    /** Starts echoing; calling it again does nothing. */
    public static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(LogEcho.class).getBundleContext();
        ServiceTracker<LogReaderService, LogReaderService> tracker = new ServiceTracker<>(context,
                LogReaderService.class, null);
        tracker.open();
        LogReaderService reader = tracker.getService();
        if (reader == null) {
            return;
        }
        reader.addLogListener(entry -> {
            if (entry.getLogLevel().ordinal() <= LogLevel.WARN.ordinal()) {
                System.out.println("[" + entry.getLogLevel() + "] " + entry.getLoggerName() + ": " + entry.getMessage()
                        + (entry.getException() == null ? "" : " (" + entry.getException() + ")"));
            }
        });
    }
}
