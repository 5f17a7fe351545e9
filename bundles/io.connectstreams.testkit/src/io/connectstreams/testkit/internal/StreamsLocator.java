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
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import io.connectstreams.api.Streams;

/**
 * Finds the real {@link Streams} service: in an OSGi framework from the service registry (the worker's DS
 * component), on a plain class path through {@link ServiceLoader} (the worker registers its class-path service
 * there). On the class path one instance serves every test of the JVM, as the one service does in a framework:
 * tests must not close it, and the kit's tests of one JVM run one after the other (one agent session at a time).
 */
public final class StreamsLocator {

    private static Streams classPathStreams;

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
        return onClassPath();
    }

    private static synchronized Streams onClassPath() {
        if (classPathStreams == null) {
            String hint = ": put the jars of io.connectstreams.worker and io.connectstreams.bus, Gson and the OSGi"
                    + " Logger interface (org.eclipse.osgi) on it, or pass one to ContactCenterExtension.Builder#streams";
            try {
                Iterator<Streams> found = ServiceLoader.load(Streams.class, StreamsLocator.class.getClassLoader())
                        .iterator();
                if (!found.hasNext()) {
                    throw new AssertionError("no " + Streams.class.getName() + " on the class path" + hint);
                }
                classPathStreams = found.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                // a jar the worker's service needs is missing: say which one rather than a bare NoClassDefFoundError
                throw new AssertionError("the class path's " + Streams.class.getName() + " cannot be made (" + e
                        + ")" + hint, e);
            }
        }
        return classPathStreams;
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
