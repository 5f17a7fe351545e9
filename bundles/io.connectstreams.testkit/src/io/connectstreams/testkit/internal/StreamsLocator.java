/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.internal;

import java.time.Duration;
import java.util.Iterator;
import java.util.ServiceLoader;

import io.connectstreams.api.Streams;

/**
 * Finds the real {@link Streams} service: in an OSGi framework from the service registry (the worker's DS
 * component), on a plain class path through {@link ServiceLoader}.
 */
public final class StreamsLocator {

    private StreamsLocator() {
    }

    /**
     * @param timeout how long to wait for the service in a framework
     * @return the Streams service
     * @throws AssertionError when there is none
     */
    public static Streams find(Duration timeout) {
        if (inFramework()) {
            return OsgiServices.await(Streams.class, timeout);
        }
        Iterator<Streams> found = ServiceLoader.load(Streams.class, StreamsLocator.class.getClassLoader()).iterator();
        if (!found.hasNext()) {
            throw new AssertionError("no " + Streams.class.getName() + " on the class path: outside OSGi, register"
                    + " one in META-INF/services or pass it to ContactCenterExtension.Builder#streams");
        }
        return found.next();
    }

    private static boolean inFramework() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, StreamsLocator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        return OsgiServices.inFramework();
    }
}
