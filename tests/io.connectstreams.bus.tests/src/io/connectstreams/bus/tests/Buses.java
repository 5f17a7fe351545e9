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
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.bus.internal.SynchronousEventBus;
import io.connectstreams.testing.Bundles;

/**
 * Buses for tests: plain ones logging through the real Log Service, and the DS service.
 */
final class Buses {

    /** The symbolic name of the bundle under test. */
    static final String BUNDLE = "io.connectstreams.bus";

    private static LoggerFactory loggerFactory;

    private Buses() {
    }

    /**
     * @return a new bus, tracing off, logging through a logger of this test bundle
     */
    static SynchronousEventBus plain() {
        Bundle bundle = FrameworkUtil.getBundle(Buses.class);
        return new SynchronousEventBus(loggerFactory().getLogger(bundle, "bus-under-test", Logger.class), false);
    }

    /**
     * @return this test bundle's LoggerFactory, held for the life of the test runtime: it is a service factory, and
     *         the loggers of an instance that was released stop logging
     */
    static synchronized LoggerFactory loggerFactory() {
        if (loggerFactory == null) {
            Bundles.service(LoggerFactory.class, Duration.ofSeconds(10));
            BundleContext context = FrameworkUtil.getBundle(Buses.class).getBundleContext();
            loggerFactory = context.getService(context.getServiceReference(LoggerFactory.class));
        }
        return loggerFactory;
    }

    /**
     * @return the bus registered by Declarative Services
     */
    static EventBus service() {
        return Bundles.service(EventBus.class, Duration.ofSeconds(10));
    }

    /**
     * @param prefix a thread name prefix
     * @return the names of the live threads starting with it
     */
    static Set<String> liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(prefix)).collect(Collectors.toSet());
    }
}
