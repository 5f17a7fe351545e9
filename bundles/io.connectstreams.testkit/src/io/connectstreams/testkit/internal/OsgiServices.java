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

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi side of {@link StreamsLocator}: loaded only when the kit runs inside a framework, so that the class
 * path needs no OSGi classes.
 */
final class OsgiServices {

    private OsgiServices() {
    }

    /**
     * @return whether the kit was loaded by a bundle's class loader
     */
    static boolean inFramework() {
        Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
        return bundle != null && bundle.getBundleContext() != null;
    }

    /**
     * @param type a service interface
     * @param timeout how long to wait for its registration
     * @return the service
     * @throws AssertionError when none is registered in time
     */
    static <T> T await(Class<T> type, Duration timeout) {
        Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(timeout.toMillis());
            if (service == null) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for the "
                        + type.getName() + " service: is its bundle (io.connectstreams.worker) in the runtime, with"
                        + " Declarative Services (org.apache.felix.scr) started?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the " + type.getName() + " service", e);
        } finally {
            tracker.close();
        }
    }
}
