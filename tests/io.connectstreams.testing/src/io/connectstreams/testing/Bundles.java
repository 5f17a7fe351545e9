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

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Assertions about the bundles of the running test runtime.
 */
public final class Bundles {

    private Bundles() {
    }

    /**
     * @param symbolicName a bundle's symbolic name
     * @return the resolved bundle of that name
     */
    public static Bundle resolved(String symbolicName) {
        BundleContext context = FrameworkUtil.getBundle(Bundles.class).getBundleContext();
        Bundle bundle = Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
        assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                () -> symbolicName + " is not resolved (state " + bundle.getState() + ")");
        return bundle;
    }

    /**
     * @param bundle a resolved bundle
     * @param packageName a package it imports
     * @return the bundle the import is wired to
     */
    public static Bundle packageProvider(Bundle bundle, String packageName) {
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            if (packageName.equals(wire.getCapability().getAttributes().get("osgi.wiring.package"))) {
                return wire.getProvider().getBundle();
            }
        }
        return fail(bundle.getSymbolicName() + " has no wire for package " + packageName);
    }

    /**
     * @param type a service interface
     * @param timeout how long to wait for it
     * @return the service, once registered
     */
    public static <T> T service(Class<T> type, Duration timeout) {
        BundleContext context = FrameworkUtil.getBundle(Bundles.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(timeout.toMillis());
            assertNotNull(service, () -> type.getName() + " is not registered within " + timeout.toMillis() + " ms");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            tracker.close();
        }
    }
}
